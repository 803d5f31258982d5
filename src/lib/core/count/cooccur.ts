/**
 * Co-mention counting: which concepts are mentioned together in the same unit (passage or sentence), with
 * per-concept counts and edge strengths (weight, Jaccard, NPMI).
 *
 * Only `input.passages` are in scope: mentions in any other passage are ignored, so the page can recompute
 * everything for a filtered subset (a section, a speaker). N (unitCount) is the number of units in scope:
 * passages, or the sentences of those passages (see ./units.ts). A mention belongs to the sentence containing its
 * start (the last sentence starting at or before it).
 *
 *   weight   w      = units mentioning both a and b
 *   jaccard         = w / (ua + ub - w)
 *   npmi            = ln(p(ab) / (p(a) p(b))) / -ln p(ab),  p(x) = ux / N;  npmi = 1 when p(ab) = 1
 * Both ratios are rounded to 6 decimals so the output is byte-stable. Concepts are sorted by id and edges by
 * `edgeKey` (plain code-unit order), so Map iteration order is deterministic.
 *
 * Pure: no fs, no DOM. Cost: one pass over the mentions plus, per unit, pairs of its distinct concepts.
 */
import type { CooccurrenceUnit, EdgeAttributes, Mention, Passage } from '../contract/types';
import { NONE_KEY, edgeKey } from '../contract/types';
import { splitSentences } from './units';

export interface CooccurInput {
  passages: Passage[];
  mentions: Map<string, Mention[]>;
  unit: CooccurrenceUnit;
}

export interface ConceptCounts {
  /** Passages in scope that mention the concept. */
  passageCount: number;
  /** Units in scope that mention it (== passageCount for the passage unit). */
  unitCount: number;
  /** Mentions in scope. */
  mentionCount: number;
  /** Section id (or NONE_KEY) -> passages mentioning it. */
  bySection: Record<string, number>;
  /** Speaker id (or NONE_KEY) -> passages mentioning it. */
  bySpeaker: Record<string, number>;
}

export interface CooccurEdge extends EdgeAttributes {
  /** The smaller id (code-unit order). */
  source: string;
  target: string;
}

export interface CooccurResult {
  /** N: units (passages or sentences) in scope. */
  unitCount: number;
  /** Concept id -> counts; only concepts mentioned in scope; iteration sorted by id. */
  concepts: Map<string, ConceptCounts>;
  /** edgeKey(a, b) -> edge; iteration sorted by key. */
  edges: Map<string, CooccurEdge>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rounds to 6 decimals; never returns -0. */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

/** NPMI of a pair seen together in `w` of `n` units, alone in `ua` and `ub` units (w >= 1), rounded. */
export function npmi(w: number, ua: number, ub: number, n: number): number {
  if (w >= n) return 1; // p(ab) = 1
  const pab = w / n;
  const pmi = Math.log((w * n) / (ua * ub));
  const v = pmi / -Math.log(pab);
  return round6(Math.max(-1, Math.min(1, v)));
}

/** Jaccard index w / (ua + ub - w), rounded. */
export function jaccard(w: number, ua: number, ub: number): number {
  return round6(w / (ua + ub - w));
}

export function cooccur(input: CooccurInput): CooccurResult {
  const { passages, unit } = input;

  // Concepts as indexes in id order, so sorted index lists are sorted id lists.
  const ids = [...input.mentions.keys()].sort(byCodeUnit);
  const K = ids.length;

  // Passages in scope, by id -> position.
  const position = new Map<string, number>();
  passages.forEach((p, i) => position.set(p.id, i));

  // Mentions indexed by passage once: per passage, flat [concept, start, concept, start, ...].
  const perPassage: (number[] | undefined)[] = new Array(passages.length);
  ids.forEach((id, c) => {
    for (const m of input.mentions.get(id) as Mention[]) {
      const pi = position.get(m.passage);
      if (pi === undefined) continue; // out of scope
      (perPassage[pi] ??= []).push(c, m.start);
    }
  });

  const mentionCount = new Int32Array(K);
  const passageCount = new Int32Array(K);
  const unitCount = new Int32Array(K);
  // keyed by section / speaker ids, which come from user text ("constructor", "__proto__"): Maps, never objects
  const bySection: (Map<string, number> | undefined)[] = new Array(K);
  const bySpeaker: (Map<string, number> | undefined)[] = new Array(K);
  /** pair key (a * K + b, a < b) -> weight and passage positions (ascending, unique). */
  const pairs = new Map<number, { weight: number; passages: number[] }>();

  let N = 0;
  const seen = new Int32Array(K).fill(-1); // last unit stamp in which a concept was seen
  let stamp = 0;

  /** Counts one unit whose distinct concepts are `set` (unsorted, unique). */
  const countUnit = (set: number[], pi: number) => {
    set.sort((a, b) => a - b);
    for (let x = 0; x < set.length; x++) {
      const a = set[x];
      unitCount[a]++;
      for (let y = x + 1; y < set.length; y++) {
        const key = a * K + set[y];
        let pair = pairs.get(key);
        if (!pair) {
          pair = { weight: 0, passages: [] };
          pairs.set(key, pair);
        }
        pair.weight++;
        if (pair.passages[pair.passages.length - 1] !== pi) pair.passages.push(pi);
      }
    }
  };

  passages.forEach((passage, pi) => {
    const flat = perPassage[pi];
    let sentences: { start: number; end: number }[] | null = null;
    if (unit === 'sentence') {
      sentences = splitSentences(passage.text);
      N += sentences.length;
    } else {
      N += 1;
    }
    if (!flat) return;

    // Passage-level counts.
    const passageStamp = stamp++;
    const inPassage: number[] = [];
    for (let k = 0; k < flat.length; k += 2) {
      const c = flat[k];
      mentionCount[c]++;
      if (seen[c] !== passageStamp) {
        seen[c] = passageStamp;
        inPassage.push(c);
      }
    }
    const section = passage.section ?? NONE_KEY;
    const speaker = passage.speaker ?? NONE_KEY;
    for (const c of inPassage) {
      passageCount[c]++;
      const sec = (bySection[c] ??= new Map());
      sec.set(section, (sec.get(section) ?? 0) + 1);
      const spk = (bySpeaker[c] ??= new Map());
      spk.set(speaker, (spk.get(speaker) ?? 0) + 1);
    }

    if (!sentences) {
      countUnit(inPassage, pi);
      return;
    }
    if (sentences.length === 0) return; // whitespace-only text: no unit can hold a mention
    // Sentence unit: bucket mentions by the sentence containing their start.
    const buckets: number[][] = [];
    for (let k = 0; k < flat.length; k += 2) {
      const s = sentenceOf(sentences, flat[k + 1]);
      (buckets[s] ??= []).push(flat[k]);
    }
    for (const bucket of buckets) {
      if (!bucket) continue;
      const unitStamp = stamp++;
      const set: number[] = [];
      for (const c of bucket) {
        if (seen[c] !== unitStamp) {
          seen[c] = unitStamp;
          set.push(c);
        }
      }
      countUnit(set, pi);
    }
  });

  const concepts = new Map<string, ConceptCounts>();
  for (let c = 0; c < K; c++) {
    if (passageCount[c] === 0) continue;
    concepts.set(ids[c], {
      passageCount: passageCount[c],
      unitCount: unitCount[c],
      mentionCount: mentionCount[c],
      bySection: sortedRecord(bySection[c] as Map<string, number>),
      bySpeaker: sortedRecord(bySpeaker[c] as Map<string, number>)
    });
  }

  const edgeList: CooccurEdge[] = [];
  for (const [key, pair] of pairs) {
    const a = Math.floor(key / K);
    const b = key - a * K;
    const ua = unitCount[a];
    const ub = unitCount[b];
    const w = pair.weight;
    edgeList.push({
      source: ids[a],
      target: ids[b],
      weight: w,
      jaccard: jaccard(w, ua, ub),
      npmi: npmi(w, ua, ub, N),
      passages: pair.passages.map((pi) => passages[pi].id)
    });
  }
  const keyed = edgeList.map((e) => [edgeKey(e.source, e.target), e] as const).sort((x, y) => byCodeUnit(x[0], y[0]));
  return { unitCount: N, concepts, edges: new Map(keyed) };
}

/** Index of the last sentence starting at or before `offset` (0 when the offset precedes every sentence). */
function sentenceOf(sentences: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The counts as a plain JSON object with keys in code-unit order (deterministic JSON). Built with
 * Object.fromEntries, which defines own properties: a key such as "__proto__" or "constructor" is data, never
 * the prototype or an inherited member.
 */
export function sortedRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => byCodeUnit(a[0], b[0])));
}
