/**
 * The structural gaps of the filtered view ($lib/core/analysis/gaps.ts) as the Gaps panel shows them: each side
 * named by its best-known concepts, the bridging concepts with their labels, and the evidence passages with the
 * mentions of side A marked in tone a and those of side B in tone b (where the two sides meet in one passage, and
 * neighbouring passages where one side is followed by the other). Pure: no DOM, never changes the graph.
 */
import type { Passage, SerializedConceptGraph } from '$lib/core/contract/types';
import { structuralGaps, type StructuralGap } from '$lib/core/analysis/gaps';
import { accessibleLabel, labelText } from '$lib/viz/labels';
import type { LabelLanguage } from '$lib/viz/measures';
import type { MarkSpan } from './segments';

export interface GapSide {
  community: number;
  size: number;
  /** Its most mentioned concepts, e.g. "规模化 · 算力 · 数据". */
  name: string;
}

export interface GapPassage {
  passage: Passage;
  marks: MarkSpan[];
}

export interface GapView {
  /** "a|b", the two community ids. */
  id: string;
  gap: StructuralGap;
  a: GapSide;
  b: GapSide;
  bridges: Array<{ id: string; label: string; community: number; toA: number; toB: number }>;
  meeting: GapPassage[];
  near: Array<[GapPassage, GapPassage]>;
}

export function gapViews(graph: SerializedConceptGraph, lang: LabelLanguage, top = 3): GapView[] {
  const gaps = structuralGaps(graph);
  if (!gaps.length) return [];
  const members = new Map<number, SerializedConceptGraph['nodes']>();
  for (const n of graph.nodes) {
    const list = members.get(n.attributes.community);
    if (list) list.push(n);
    else members.set(n.attributes.community, [n]);
  }
  const node = new Map(graph.nodes.map((n) => [n.key, n]));
  const passage = new Map(graph.attributes.passages.map((p) => [p.id, p]));
  const short = lang === 'en' ? 'en' : 'zh';
  const side = (c: number): GapSide => {
    const list = [...(members.get(c) ?? [])].sort((x, y) => y.attributes.passageCount - x.attributes.passageCount || (x.key < y.key ? -1 : 1));
    return { community: c, size: list.length, name: list.slice(0, top).map((n) => labelText(n.attributes.label, short)).join(' · ') + (list.length > top ? ' …' : '') };
  };
  const evidence = (id: string, a: number, b: number): GapPassage | null => {
    const p = passage.get(id);
    if (!p) return null;
    const marks: MarkSpan[] = [];
    for (const c of [a, b]) {
      for (const n of members.get(c) ?? []) {
        for (const m of n.attributes.mentions) if (m.passage === id) marks.push({ start: m.start, end: m.end, tone: c === a ? 'a' : 'b' });
      }
    }
    return { passage: p, marks };
  };
  return gaps.map((g) => ({
    id: `${g.a}|${g.b}`,
    gap: g,
    a: side(g.a),
    b: side(g.b),
    bridges: g.bridges.map((x) => ({ ...x, label: accessibleLabel(node.get(x.id)!.attributes.label, lang) })),
    meeting: g.meeting.map((id) => evidence(id, g.a, g.b)).filter((x): x is GapPassage => x !== null),
    near: g.near
      .map(([p, q]): [GapPassage | null, GapPassage | null] => [evidence(p, g.a, g.b), evidence(q, g.a, g.b)])
      .filter((x): x is [GapPassage, GapPassage] => x[0] !== null && x[1] !== null)
  }));
}
