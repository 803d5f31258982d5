/**
 * Filters of the explorer and the filtered graph they produce.
 *
 * A filter keeps passages (by section and speaker) and concepts (by kind); the counts and edge weights of the
 * view are then recomputed with the pipeline's `cooccur` over the passages in scope — filtering is a recount,
 * not hiding. Concepts with no mention in scope leave the graph; edges below the minimum co-mention count are
 * dropped; degree, weighted degree and betweenness are recomputed on what is left; communities keep their
 * build-time ids so colours stay stable. The result is a valid SerializedConceptGraph (the data exports use it).
 * Pure: the `cooccur` function is passed in; never mutates the input graph.
 */
import type {
  CooccurrenceUnit,
  EdgeAttributes,
  Mention,
  Passage,
  Section,
  SerializedConceptGraph,
  SerializedEdge,
  SerializedNode
} from '$lib/contract/types';
import { NONE_KEY } from '$lib/contract/types';
import { centralities } from './betweenness';

import type { CooccurInput, CooccurResult } from '$lib/pipeline/cooccur';
export type { ConceptCounts, CooccurEdge, CooccurInput, CooccurResult } from '$lib/pipeline/cooccur';

export type CooccurFn = (input: CooccurInput) => CooccurResult;

export interface Filter {
  /** Section ids in scope (NONE_KEY for passages before the first heading); null = all. */
  sections: ReadonlySet<string> | null;
  /** Speaker ids in scope (NONE_KEY for passages without speaker); null = all. */
  speakers: ReadonlySet<string> | null;
  /** Concept kinds shown; null = all. */
  kinds: ReadonlySet<string> | null;
  /** Minimum co-mention count of an edge (1 = all edges). */
  minWeight: number;
}

export const EMPTY_FILTER: Filter = { sections: null, speakers: null, kinds: null, minWeight: 1 };

export function isIdentityFilter(f: Filter): boolean {
  return f.sections === null && f.speakers === null && f.kinds === null && f.minWeight <= 1;
}

export function passagesInScope(passages: readonly Passage[], f: Filter): Passage[] {
  return passages.filter(
    (p) => (f.sections === null || f.sections.has(p.section ?? NONE_KEY)) && (f.speakers === null || f.speakers.has(p.speaker ?? NONE_KEY))
  );
}

export interface SectionOption {
  id: string;
  title: string;
  /** Indentation level: number of ancestors. */
  level: number;
  /** Title of the enclosing section (tells repeated titles apart), or null. */
  parentTitle: string | null;
  passageCount: number;
}

/** Section checkboxes in document order, with nesting level; adds "(before the first heading)" when needed. */
export function sectionOptions(sections: readonly Section[], passages: readonly Passage[]): SectionOption[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const p of passages) counts.set(p.section ?? NONE_KEY, (counts.get(p.section ?? NONE_KEY) ?? 0) + 1);
  const level = (s: Section) => {
    let l = 0;
    let cur = s.parent ? byId.get(s.parent) : undefined;
    while (cur && l < 20) {
      l++;
      cur = cur.parent ? byId.get(cur.parent) : undefined;
    }
    return l;
  };
  const out: SectionOption[] = [];
  if (counts.has(NONE_KEY)) out.push({ id: NONE_KEY, title: '(before the first heading)', level: 0, parentTitle: null, passageCount: counts.get(NONE_KEY)! });
  for (const s of [...sections].sort((a, b) => a.order - b.order)) out.push({ id: s.id, title: s.title, level: level(s), parentTitle: s.parent ? (byId.get(s.parent)?.title ?? null) : null, passageCount: counts.get(s.id) ?? 0 });
  return out;
}

/**
 * The sections of the interview proper: every top-level part whose subtree holds a speaker turn, with its whole
 * subtree (so briefings, outlines and key-point summaries without turns are left out).
 */
export function interviewSections(sections: readonly Section[], passages: readonly Passage[]): Set<string> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const root = (id: string): string => {
    let s = byId.get(id);
    let guard = 0;
    while (s && s.parent && byId.has(s.parent) && guard++ < 50) s = byId.get(s.parent);
    return s ? s.id : id;
  };
  const roots = new Set<string>();
  for (const p of passages) if (p.section && p.kind === 'turn') roots.add(root(p.section));
  return new Set(sections.filter((s) => roots.has(root(s.id))).map((s) => s.id));
}

export interface DeriveOptions {
  /** Current positions of the view (graph units), used for x / y of the result. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/** The filtered graph with recomputed attributes. Identity filter: the original nodes and edges (positions updated). */
export function deriveFilteredGraph(graph: SerializedConceptGraph, f: Filter, cooccur: CooccurFn, opts: DeriveOptions = {}): SerializedConceptGraph {
  const pos = opts.positions;
  const place = (n: SerializedNode): SerializedNode => {
    const p = pos?.get(n.key);
    return p ? { key: n.key, attributes: { ...n.attributes, x: p.x, y: p.y } } : n;
  };
  if (isIdentityFilter(f)) return { ...graph, nodes: graph.nodes.map(place), edges: graph.edges };

  const scope = passagesInScope(graph.attributes.passages, f);
  const inScope = new Set(scope.map((p) => p.id));
  const mentions = new Map<string, Mention[]>();
  for (const n of graph.nodes) {
    if (f.kinds !== null && !f.kinds.has(n.attributes.kind)) continue;
    const ms = n.attributes.mentions.filter((m) => inScope.has(m.passage));
    if (ms.length) mentions.set(n.key, ms);
  }
  const unchangedScope = f.sections === null && f.speakers === null && f.kinds === null;
  let nodes: SerializedNode[];
  let edges: SerializedEdge[];
  let unitCount = graph.attributes.unitCount;
  if (unchangedScope) {
    nodes = graph.nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes } }));
    edges = graph.edges.map((e) => ({ ...e, attributes: { ...e.attributes } }));
  } else {
    const res = cooccur({ passages: scope, mentions, unit: graph.attributes.parameters.unit });
    unitCount = res.unitCount;
    nodes = [];
    for (const n of graph.nodes) {
      const ms = mentions.get(n.key);
      const c = res.concepts.get(n.key);
      if (!ms || !c || c.passageCount === 0) continue;
      nodes.push({ key: n.key, attributes: { ...n.attributes, mentions: ms, ...c } });
    }
    const keep = new Set(nodes.map((n) => n.key));
    edges = [];
    for (const [key, e] of res.edges) {
      if (!keep.has(e.source) || !keep.has(e.target)) continue;
      const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
      edges.push({
        key,
        source: a,
        target: b,
        undirected: true,
        attributes: { weight: e.weight, jaccard: e.jaccard, npmi: e.npmi, passages: [...e.passages] }
      });
    }
    edges.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  }
  edges = edges.filter((e) => e.attributes.weight >= f.minWeight);
  const c = centralities(
    nodes.map((n) => n.key),
    edges.map((e) => ({ source: e.source, target: e.target, weight: e.attributes.weight }))
  );
  nodes = nodes.map((n) => {
    const placed = place(n);
    return {
      key: n.key,
      attributes: {
        ...placed.attributes,
        degree: c.degree.get(n.key) ?? 0,
        weightedDegree: c.weightedDegree.get(n.key) ?? 0,
        betweenness: c.betweenness.get(n.key) ?? 0
      }
    };
  });
  const communities = new Set(nodes.map((n) => n.attributes.community));
  return {
    attributes: {
      ...graph.attributes,
      passages: unchangedScope ? graph.attributes.passages : scope,
      unitCount,
      communityCount: communities.size
    },
    options: graph.options,
    nodes,
    edges
  };
}
