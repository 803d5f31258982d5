/**
 * Rows and sorting of the table twin of the graph (src/lib/ui/DataTables.svelte): one row per concept in view
 * (label, kind, passages, degree, the node-size measure) and one per link (its two concepts, count, Jaccard,
 * NPMI). Pure: no DOM, never changes the graph it reads. Sorting is stable and total (ties by label, then id).
 */
import type { SerializedEdge, SerializedNode } from '$lib/core/contract/types';
import { accessibleLabel } from '$lib/viz/labels';
import { nodeValue, type LabelLanguage, type NodeSize } from '$lib/viz/measures';

export type SortDir = 'asc' | 'desc';
export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

export type ConceptSortKey = 'label' | 'kind' | 'passages' | 'degree' | 'measure';
export type EdgeSortKey = 'label' | 'weight' | 'jaccard' | 'npmi';

export interface ConceptRow {
  id: string;
  label: string;
  kind: string;
  passages: number;
  degree: number;
  /** Value of the node-size measure (passages, degree, weighted degree or betweenness). */
  measure: number;
  community: number;
}

export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  /** Labels of the two ends, in key order. */
  a: string;
  b: string;
  label: string;
  weight: number;
  jaccard: number;
  npmi: number;
}

const collator = new Intl.Collator(['zh', 'en'], { numeric: true, sensitivity: 'base' });

/** Text columns start ascending (A..Z), number columns descending (largest first). */
export const DEFAULT_DIR: Record<ConceptSortKey | EdgeSortKey, SortDir> = {
  label: 'asc',
  kind: 'asc',
  passages: 'desc',
  degree: 'desc',
  measure: 'desc',
  weight: 'desc',
  jaccard: 'desc',
  npmi: 'desc'
};

/** The sort after activating a column's header: the same column flips, another column starts in its default order. */
export function nextSort<K extends ConceptSortKey | EdgeSortKey>(cur: Sort<K>, key: K): Sort<K> {
  if (cur.key === key) return { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: DEFAULT_DIR[key] };
}

/** The value of aria-sort for a column header. */
export function ariaSort(cur: Sort<string>, key: string): 'ascending' | 'descending' | 'none' {
  return cur.key === key ? (cur.dir === 'asc' ? 'ascending' : 'descending') : 'none';
}

export function conceptRows(nodes: readonly SerializedNode[], lang: LabelLanguage, size: NodeSize): ConceptRow[] {
  return nodes.map((n) => ({
    id: n.key,
    label: accessibleLabel(n.attributes.label, lang),
    kind: n.attributes.kind,
    passages: n.attributes.passageCount,
    degree: n.attributes.degree,
    measure: nodeValue(n.attributes, size),
    community: n.attributes.community
  }));
}

export function edgeRows(edges: readonly SerializedEdge[], nodeById: ReadonlyMap<string, SerializedNode>, lang: LabelLanguage): EdgeRow[] {
  const out: EdgeRow[] = [];
  for (const e of edges) {
    const s = nodeById.get(e.source);
    const t = nodeById.get(e.target);
    if (!s || !t) continue;
    const a = accessibleLabel(s.attributes.label, lang);
    const b = accessibleLabel(t.attributes.label, lang);
    out.push({ key: e.key, source: e.source, target: e.target, a, b, label: `${a} + ${b}`, weight: e.attributes.weight, jaccard: e.attributes.jaccard, npmi: e.attributes.npmi });
  }
  return out;
}

function compareBy<R extends { label: string }>(value: (r: R) => string | number, dir: SortDir, id: (r: R) => string) {
  const sign = dir === 'asc' ? 1 : -1;
  return (x: R, y: R): number => {
    const a = value(x);
    const b = value(y);
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    if (c !== 0) return sign * c;
    return collator.compare(x.label, y.label) || (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0);
  };
}

export function sortConceptRows(rows: readonly ConceptRow[], sort: Sort<ConceptSortKey>): ConceptRow[] {
  return [...rows].sort(compareBy<ConceptRow>((r) => r[sort.key], sort.dir, (r) => r.id));
}

export function sortEdgeRows(rows: readonly EdgeRow[], sort: Sort<EdgeSortKey>): EdgeRow[] {
  return [...rows].sort(compareBy<EdgeRow>((r) => r[sort.key], sort.dir, (r) => r.key));
}
