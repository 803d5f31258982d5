/**
 * Who brings up what: a speaker x concept table from the mentions of a (possibly filtered) graph. Per concept and
 * speaker, the passages that mention it and the first of them; per concept, who mentioned it first in document
 * order. Passages without a speaker (narration, notes, outlines) count under NONE_KEY. Pure: no DOM, returns data.
 */
import type { SerializedConceptGraph } from '../contract/types';
import { NONE_KEY } from '../contract/types';

export interface SpeakerColumn {
  /** Speaker id, or NONE_KEY for passages without a speaker. */
  id: string;
  name: string;
  role: string | null;
  /** Passages of this speaker in the graph. */
  passages: number;
}

export interface SpeakerCell {
  /** Passages of this speaker that mention the concept, in document order. */
  passages: string[];
  /** Mentions in those passages. */
  mentions: number;
}

export interface SpeakerRow {
  concept: string;
  /** Speaker id -> cell; speakers who never mention the concept are absent. */
  cells: Map<string, SpeakerCell>;
  /** Speaker (or NONE_KEY) of the first passage mentioning the concept. */
  first: string;
  firstPassage: string;
  /** Passages mentioning the concept, all speakers. */
  total: number;
}

export interface SpeakerTable {
  columns: SpeakerColumn[];
  rows: SpeakerRow[];
}

/** Columns in the graph's speaker order (then "no speaker" when it occurs); rows by total, then concept id. */
export function speakerTable(graph: SerializedConceptGraph, noSpeakerName = 'No speaker'): SpeakerTable {
  const a = graph.attributes;
  const order = new Map(a.passages.map((p, i) => [p.id, i]));
  const speakerOf = new Map(a.passages.map((p) => [p.id, p.speaker ?? NONE_KEY]));
  const perSpeaker = new Map<string, number>();
  for (const p of a.passages) perSpeaker.set(p.speaker ?? NONE_KEY, (perSpeaker.get(p.speaker ?? NONE_KEY) ?? 0) + 1);
  const columns: SpeakerColumn[] = a.speakers.map((s) => ({ id: s.id, name: s.name, role: s.role, passages: perSpeaker.get(s.id) ?? 0 }));
  if (perSpeaker.has(NONE_KEY)) columns.push({ id: NONE_KEY, name: noSpeakerName, role: null, passages: perSpeaker.get(NONE_KEY)! });

  const rows: SpeakerRow[] = [];
  for (const n of graph.nodes) {
    const cells = new Map<string, SpeakerCell>();
    let firstPassage: string | null = null;
    for (const m of n.attributes.mentions) {
      const at = order.get(m.passage);
      if (at === undefined) continue; // out of scope
      const who = speakerOf.get(m.passage)!;
      let cell = cells.get(who);
      if (!cell) cells.set(who, (cell = { passages: [], mentions: 0 }));
      cell.mentions++;
      if (cell.passages[cell.passages.length - 1] !== m.passage) cell.passages.push(m.passage);
      if (firstPassage === null || at < order.get(firstPassage)!) firstPassage = m.passage;
    }
    if (firstPassage === null) continue;
    let total = 0;
    for (const c of cells.values()) total += c.passages.length;
    rows.push({ concept: n.key, cells, first: speakerOf.get(firstPassage)!, firstPassage, total });
  }
  rows.sort((x, y) => y.total - x.total || (x.concept < y.concept ? -1 : x.concept > y.concept ? 1 : 0));
  return { columns, rows };
}
