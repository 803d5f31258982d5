/**
 * Rows and sorting of the Speakers table (src/lib/ui/SpeakersTable.svelte): one row per concept in view, one
 * column per speaker who mentions anything in it (then "no speaker" for narration and notes), each cell the
 * passages of that speaker that mention the concept; and who brought the concept up first. Built from
 * $lib/core/analysis/speakers.ts over the filtered view. Pure: no DOM, never changes what it reads; sorting is
 * stable and total (ties by label, then id).
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { speakerTable } from '$lib/core/analysis/speakers';
import { accessibleLabel } from '$lib/viz/labels';
import type { LabelLanguage } from '$lib/viz/measures';
import type { Sort, SortDir } from './tables';

/** 'label', 'total', 'first', or `s:<speaker id>` (that speaker's passages). */
export type SpeakerSortKey = string;

export interface SpeakerCol {
  id: string;
  name: string;
}

export interface SpeakerConceptRow {
  id: string;
  label: string;
  community: number;
  /** Speaker id -> passages of that speaker mentioning the concept (absent: none). */
  counts: Record<string, number>;
  total: number;
  /** Who mentioned it first (speaker id or NONE_KEY), their name, and that passage. */
  first: string;
  firstName: string;
  firstPassage: string;
}

export interface SpeakerRows {
  cols: SpeakerCol[];
  rows: SpeakerConceptRow[];
}

export function speakerRows(graph: SerializedConceptGraph, lang: LabelLanguage, noSpeaker = 'No speaker'): SpeakerRows {
  const t = speakerTable(graph, noSpeaker);
  const used = new Set<string>();
  for (const r of t.rows) for (const id of r.cells.keys()) used.add(id);
  const cols = t.columns.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, name: c.name }));
  const name = new Map(t.columns.map((c) => [c.id, c.name]));
  const node = new Map(graph.nodes.map((n) => [n.key, n]));
  const rows = t.rows.map((r) => {
    const n = node.get(r.concept)!;
    const counts: Record<string, number> = {};
    for (const [id, cell] of r.cells) counts[id] = cell.passages.length;
    return {
      id: r.concept,
      label: accessibleLabel(n.attributes.label, lang),
      community: n.attributes.community,
      counts,
      total: r.total,
      first: r.first,
      firstName: name.get(r.first) ?? r.first,
      firstPassage: r.firstPassage
    };
  });
  return { cols, rows };
}

/** Text columns (concept, who first) start ascending, counts descending. */
export function nextSpeakerSort(cur: Sort<SpeakerSortKey>, key: SpeakerSortKey): Sort<SpeakerSortKey> {
  if (cur.key === key) return { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  const dir: SortDir = key === 'label' || key === 'first' ? 'asc' : 'desc';
  return { key, dir };
}

const collator = new Intl.Collator(['zh', 'en'], { numeric: true, sensitivity: 'base' });

export function sortSpeakerRows(rows: readonly SpeakerConceptRow[], sort: Sort<SpeakerSortKey>): SpeakerConceptRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const value = (r: SpeakerConceptRow): string | number =>
    sort.key === 'label' ? r.label : sort.key === 'first' ? r.firstName : sort.key === 'total' ? r.total : (r.counts[sort.key.slice(2)] ?? 0);
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return sign * c || collator.compare(x.label, y.label) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  });
}
