/**
 * Finds concept mentions in text with a compiled `Matcher` (see ./compile.ts).
 *
 * Per text: one Aho-Corasick pass for all literal aliases over the case-folded text (folding is per code unit,
 * so offsets are those of the original text), word-boundary checks at the edges of Latin/digit aliases, then the
 * regex aliases, then a leftmost-longest choice of non-overlapping matches:
 *   candidates sorted by start ascending, length descending (ties: literal before regex, then catalog order);
 *   taken greedily when they don't overlap an already taken one.
 * The literal candidates come out of the automaton already in that order: for each start offset only the longest
 * valid candidate can ever be taken, and all candidates starting at s are known once the scan is
 * `maxAliasLength` units past s, so a small ring buffer replaces a sort.
 *
 * Boundaries: when a literal alias starts with a Latin letter or a digit (\p{N}), the code point before the match
 * must not be one (start of text is fine); same at the end. An edge that is CJK, punctuation, a symbol, an emoji
 * etc. gets no check on that side ("Transformer架构" -> Transformer; "推理扩展" -> substring match). A literal
 * match never starts or ends inside a surrogate pair. Regex matches get no boundary check: the pattern decides.
 *
 * Regex aliases run on the linear-time engine of ./regex-vm.ts, on the text they are given (`matchPassages` gives
 * them one passage at a time, never the whole file), within a work budget per text (`regexStepBudget`): a
 * pattern that spends it stops the match with a RegexBudgetError naming the alias and the passage. Zero-length
 * regex matches (which compile-time vetting already excludes) are skipped.
 *
 * Pure: no fs, no DOM; runs in Node, the browser and Web Workers.
 */
import type { Mention, MatchResult, Passage } from '../contract/types';
import { CHECK_END_PAIR, CHECK_LEFT, CHECK_RIGHT, CHECK_START_PAIR, type Matcher } from './compile';
import { RegexBudgetError } from './errors';
import { isWordAt, isWordBefore, splitsSurrogatePair } from './fold';
import { RegexBudgetExceeded } from './regex-vm';

/** The passage a text came from, for error messages. */
type PassageRef = { id: string; lineStart: number };

/** One mention found in a text: concept id and offsets (UTF-16 units, end exclusive) inside that text. */
export interface TextMention {
  concept: string;
  start: number;
  end: number;
}

/** Candidates as parallel arrays (start, end, concept index), sorted by start. */
interface Candidates {
  start: number[];
  end: number[];
  concept: number[];
}

/** Longest valid literal candidate for every start offset, in start order. */
function literalCandidates(matcher: Matcher, text: string, out: Candidates): Candidates {
  out.start.length = 0;
  out.end.length = 0;
  out.concept.length = 0;
  const automaton = matcher.automaton;
  if (!automaton || text.length === 0) return out;
  const { patternLength, patternFlags, patternConcept } = matcher;
  const maxLen = automaton.maxPatternLength;
  // Ring of the still-open start offsets [end - maxLen, end): slot = start & mask. Allocated once per matcher;
  // every slot is back to 0 when a scan ends (all pending slots are flushed).
  const { bestLen, bestPattern } = matcher.ring;
  const mask = bestLen.length - 1;
  let pending = 0; // non-empty slots
  let frontier = 0; // every start below this has been emitted

  /** Emits (in start order) the open slots whose start is below `limit`; no later candidate can start there. */
  const flush = (limit: number) => {
    while (pending > 0 && frontier < limit) {
      const k = frontier & mask;
      const len = bestLen[k];
      if (len !== 0) {
        const p = bestPattern[k];
        out.start.push(frontier);
        out.end.push(frontier + len);
        out.concept.push(patternConcept[p]);
        bestLen[k] = 0;
        pending--;
      }
      frontier++;
    }
    if (frontier < limit) frontier = limit;
  };

  try {
    automaton.scan(text, (end, p) => {
      const len = patternLength[p];
      const start = end - len;
      const flags = patternFlags[p];
      if (flags !== 0) {
        if (flags & CHECK_LEFT && isWordBefore(text, start)) return;
        if (flags & CHECK_RIGHT && isWordAt(text, end)) return;
        if (flags & CHECK_START_PAIR && splitsSurrogatePair(text, start)) return;
        if (flags & CHECK_END_PAIR && splitsSurrogatePair(text, end)) return;
      }
      if (frontier < end - maxLen) flush(end - maxLen);
      const k = start & mask;
      if (len > bestLen[k]) {
        if (bestLen[k] === 0) pending++;
        bestLen[k] = len;
        bestPattern[k] = p;
      }
    });
    flush(text.length + 1);
  } finally {
    if (pending !== 0) bestLen.fill(0); // only after an exception: leave the shared ring clean
  }
  return out;
}

/**
 * Work allowed to one regex alias on one text: 64 linear scans of it. A single scan costs at most
 * (length + 1) x program size steps, so only patterns that rescan (many matches, each followed by a long greedy
 * look-ahead) can spend it.
 */
export function regexStepBudget(length: number, programSize: number): number {
  return 64 * (length + 1) * programSize + 100_000;
}

/** Every regex match, sorted by start asc, length desc, then regex order (catalog order). */
function regexCandidates(matcher: Matcher, text: string, passage: PassageRef | null): Candidates {
  const found: { start: number; end: number; concept: number; rank: number }[] = [];
  matcher.regexes.forEach((r, rank) => {
    try {
      r.vm.eachMatch(text, (start, end) => {
        if (end > start) found.push({ start, end, concept: r.conceptIndex, rank });
      }, regexStepBudget(text.length, r.vm.size));
    } catch (err) {
      if (!(err instanceof RegexBudgetExceeded)) throw err;
      const path = `$.concepts[${r.conceptIndex}].aliases[${r.aliasIndex}]`;
      throw new RegexBudgetError(r.source, matcher.conceptIds[r.conceptIndex], r.aliasIndex, path, passage, err.steps);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  return { start: found.map((f) => f.start), end: found.map((f) => f.end), concept: found.map((f) => f.concept) };
}

/** Leftmost-longest greedy selection over two start-sorted candidate lists; calls `take` for each kept one. */
function select(a: Candidates, b: Candidates, take: (start: number, end: number, concept: number) => void): void {
  let i = 0;
  let j = 0;
  let lastEnd = 0;
  const na = a.start.length;
  const nb = b.start.length;
  while (i < na || j < nb) {
    // Next candidate: smaller start, then longer, then list a (literals) first.
    let useA: boolean;
    if (i >= na) useA = false;
    else if (j >= nb) useA = true;
    else {
      const sa = a.start[i];
      const sb = b.start[j];
      useA = sa < sb || (sa === sb && a.end[i] >= b.end[j]);
    }
    const list = useA ? a : b;
    const k = useA ? i++ : j++;
    const s = list.start[k];
    if (s >= lastEnd) {
      lastEnd = list.end[k];
      take(s, lastEnd, list.concept[k]);
    }
  }
}

const NO_CANDIDATES: Candidates = { start: [], end: [], concept: [] };

/** Calls `take(start, end, conceptIndex)` for each chosen mention in `text`, in text order. */
function eachMention(
  matcher: Matcher,
  text: string,
  take: (start: number, end: number, concept: number) => void,
  buffer: Candidates = { start: [], end: [], concept: [] },
  passage: PassageRef | null = null
): void {
  const literal = literalCandidates(matcher, text, buffer);
  const regex = matcher.regexes.length > 0 ? regexCandidates(matcher, text, passage) : NO_CANDIDATES;
  select(literal, regex, take);
}

/**
 * Mentions of the matcher's concepts in `text`: non-overlapping, sorted by start, offsets in `text`.
 * Regex aliases run over the whole `text`, so give it passage-sized texts when the catalog has regexes.
 */
export function findMentions(matcher: Matcher, text: string): TextMention[] {
  const result: TextMention[] = [];
  const ids = matcher.conceptIds;
  eachMention(matcher, text, (start, end, concept) => result.push({ concept: ids[concept], start, end }));
  return result;
}

/**
 * Mentions of every concept in every passage. `mentions` has one entry per matched concept, keys in catalog
 * order, values in document order (passage order, then offset); offsets are inside `passage.text`.
 * `unmatched` lists the catalog ids never matched, in catalog order.
 */
export function matchPassages(matcher: Matcher, passages: readonly Passage[]): MatchResult {
  const perConcept: Mention[][] = matcher.conceptIds.map(() => []);
  const buffer: Candidates = { start: [], end: [], concept: [] }; // reused across passages
  for (const passage of passages) {
    const id = passage.id;
    eachMention(matcher, passage.text, (start, end, concept) => perConcept[concept].push({ passage: id, start, end }), buffer, passage);
  }
  const mentions = new Map<string, Mention[]>();
  const unmatched: string[] = [];
  matcher.conceptIds.forEach((id, i) => {
    if (perConcept[i].length > 0) mentions.set(id, perConcept[i]);
    else unmatched.push(id);
  });
  return { mentions, unmatched };
}
