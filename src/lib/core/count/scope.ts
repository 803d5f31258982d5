/**
 * What a filter keeps in scope, without recounting anything: the Filter type, the passages in scope (by section,
 * speaker and a range of the document), the section checkboxes and the interview's sections. Cheap and dependency-free, so the page ships it; the recount of the
 * filtered graph (./filter.ts, cooccur + centralities) is loaded only when a filter is first used.
 * Pure; never mutates its inputs.
 */
import type { Passage, Section } from '../contract/types';
import { NONE_KEY } from '../contract/types';

export interface Filter {
  /** Section ids in scope (NONE_KEY for passages before the first heading); null = all. */
  sections: ReadonlySet<string> | null;
  /** Speaker ids in scope (NONE_KEY for passages without speaker); null = all. */
  speakers: ReadonlySet<string> | null;
  /** Concept kinds shown; null = all. */
  kinds: ReadonlySet<string> | null;
  /** Minimum co-mention count of an edge (1 = all edges). */
  minWeight: number;
  /** A stretch of the document (the timeline's brush): ids of its first and last passage; null or absent = all. */
  range?: PassageRange | null;
}

/** Passages `from` .. `to` (ids, inclusive, in document order). */
export interface PassageRange {
  from: string;
  to: string;
}

export const EMPTY_FILTER: Filter = { sections: null, speakers: null, kinds: null, minWeight: 1, range: null };

export function isIdentityFilter(f: Filter): boolean {
  return f.sections === null && f.speakers === null && f.kinds === null && f.minWeight <= 1 && !f.range;
}

/** Whether the filter keeps every passage (only kinds or the minimum weight differ). */
export function keepsEveryPassage(f: Filter): boolean {
  return f.sections === null && f.speakers === null && !f.range;
}

/** Indices [lo, hi] of a range's passages in `passages` (ends in either order); null when an id is unknown. */
export function rangeIndices(passages: readonly Passage[], range: PassageRange): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < passages.length && (a < 0 || b < 0); i++) {
    if (passages[i].id === range.from) a = i;
    if (passages[i].id === range.to) b = i;
  }
  return a < 0 || b < 0 ? null : [Math.min(a, b), Math.max(a, b)];
}

export function passagesInScope(passages: readonly Passage[], f: Filter): Passage[] {
  const span = f.range ? rangeIndices(passages, f.range) : null;
  return passages.filter(
    (p, i) =>
      (f.sections === null || f.sections.has(p.section ?? NONE_KEY)) &&
      (f.speakers === null || f.speakers.has(p.speaker ?? NONE_KEY)) &&
      (span === null || (i >= span[0] && i <= span[1]))
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
