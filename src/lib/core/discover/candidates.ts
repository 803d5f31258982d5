/**
 * Candidate terms: every run of 1-4 tokens inside a clause that could name a concept, counted over the
 * document, with what C-value needs (how often each candidate sits inside longer candidates).
 *
 * A run is a candidate when: it starts and ends with a content token (never a function word, number, joiner or
 * separator) and ends with a noun-like one (noun, name, Latin word, new word; in Chinese also a two-character
 * verb after other words: 推理+扩展); it has no punctuation inside, and a space only between Latin words; English
 * runs have no verbs; a single token is noun-like and, when Chinese, at least two characters.
 * Pure.
 */
import type { Passage } from '../contract/types';
import type { DiscoveryLanguage, TermToken, TokenClass } from './types';

export const MAX_TERM_TOKENS = 4;

const NOUN_LIKE = new Set<TokenClass>(['noun', 'person', 'place', 'org', 'latin', 'unknown']);
const CONTENT = new Set<TokenClass>(['noun', 'person', 'place', 'org', 'latin', 'unknown', 'modifier', 'verb']);

export interface TermStats {
  key: string;
  /** Token keys and the separators between them (`' '` or `''`), to find nested candidates. */
  parts: string[];
  seps: string[];
  /** Classes of the tokens (first occurrence). */
  classes: TokenClass[];
  count: number;
  /** Surface form as written -> occurrences. */
  surfaces: Map<string, number>;
  /** Passage indexes in document order, no repeats. */
  passages: number[];
  sections: Set<string>;
  speakers: Set<string>;
  /** Occurrences of the longer candidates that contain this one, and how many distinct ones. */
  nestedSum: number;
  nestedTypes: number;
}

export function joinKey(parts: readonly string[], seps: readonly string[]): string {
  let key = parts[0];
  for (let i = 1; i < parts.length; i++) key += seps[i - 1] + parts[i];
  return key;
}

function isLatinish(t: TermToken): boolean {
  return /[A-Za-z0-9]/.test(t.text) && !/\p{Script=Han}/u.test(t.text);
}

/** ln(1/p) below which a Chinese verb is an everyday verb (表示, 使用, 进行): it starts no term. */
export const COMMON_VERB_IC = 6.5;

/** General-language information content of a word, when known (see ./frequency.ts). */
export type WordIc = (word: string) => number | undefined;

function isCommonVerb(t: TermToken, ic: WordIc | undefined): boolean {
  if (t.cls !== 'verb' || [...t.text].length < 2) return false;
  const v = ic?.(t.key);
  return v !== undefined && v < COMMON_VERB_IC;
}

/**
 * Whether the tokens `words` (content tokens, separators already checked) make a candidate term. Chinese
 * multi-word terms never hold an everyday verb (表示怀疑, 耗资相当于蒙大拿州), and end with a verb only after
 * another verb or verbal noun (推理+扩展, 训练+扩展) or as the second of two words (经济+增长; not 超人速度+思考).
 */
export function isTermShape(words: readonly TermToken[], language: DiscoveryLanguage, ic?: WordIc): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!CONTENT.has(first.cls)) return false;
  if (words.length === 1) {
    if (!NOUN_LIKE.has(first.cls)) return false;
    return isLatinish(first) ? first.text.length >= 2 || /\d/.test(first.text) : [...first.text].length >= 2;
  }
  if (language === 'en') return NOUN_LIKE.has(last.cls) && !words.some((w) => w.cls === 'verb');
  if (words.some((w) => isCommonVerb(w, ic))) return false;
  if (NOUN_LIKE.has(last.cls)) return true;
  const before = words[words.length - 2];
  if (last.cls !== 'verb' || [...last.text].length < 2) return false;
  // After a verb or verbal noun (推理+扩展, 训练+扩展), or as the second of two words (经济+增长, 深度+学习).
  return before.pos === 'v' || before.pos === 'vn' || words.length === 2;
}

export interface CandidateCounts {
  terms: Map<string, TermStats>;
}

/**
 * Counts candidate runs in every passage. `tokens[i]` are the tokens of `passages[i]`. Runs are counted where
 * they occur; a run inside a longer run is counted too (C-value discounts it later).
 */
export function countCandidates(passages: readonly Passage[], tokens: readonly TermToken[][], language: DiscoveryLanguage, ic?: WordIc): CandidateCounts {
  const terms = new Map<string, TermStats>();
  passages.forEach((passage, pi) => {
    const toks = tokens[pi];
    const text = passage.text;
    for (let i = 0; i < toks.length; i++) {
      if (!CONTENT.has(toks[i].cls)) continue;
      const words: TermToken[] = [toks[i]];
      const seps: string[] = [];
      let j = i;
      while (true) {
        if (isTermShape(words, language, ic)) record(terms, words, seps, text, passage, pi);
        if (words.length >= MAX_TERM_TOKENS) break;
        // Next content token: directly adjacent, or after one space between two Latin words; joiners inside.
        let k = j + 1;
        let sep = '';
        if (k < toks.length && toks[k].cls === 'space') {
          if (!(isLatinish(toks[j]) && k + 1 < toks.length && isLatinish(toks[k + 1]))) break;
          sep = ' ';
          k++;
        }
        if (k >= toks.length) break;
        const next = toks[k];
        if (!CONTENT.has(next.cls) && next.cls !== 'joiner') break;
        words.push(next);
        seps.push(sep);
        j = k;
        if (next.cls === 'joiner') {
          // A joiner must be followed by content: take it together with the next word.
          continue;
        }
      }
    }
  });
  markNesting(terms);
  return { terms };
}

function record(terms: Map<string, TermStats>, words: TermToken[], seps: string[], text: string, passage: Passage, pi: number): void {
  const parts = words.map((w) => w.key);
  // A joiner's key needs no separator before "'s" ("Moravec's"); keys keep the separators as written.
  const key = joinKey(parts, seps);
  let t = terms.get(key);
  if (!t) {
    t = { key, parts, seps: [...seps], classes: words.map((w) => w.cls), count: 0, surfaces: new Map(), passages: [], sections: new Set(), speakers: new Set(), nestedSum: 0, nestedTypes: 0 };
    terms.set(key, t);
  }
  t.count++;
  const surface = text.slice(words[0].start, words[words.length - 1].end);
  t.surfaces.set(surface, (t.surfaces.get(surface) ?? 0) + 1);
  if (t.passages[t.passages.length - 1] !== pi) t.passages.push(pi);
  if (passage.section) t.sections.add(passage.section);
  if (passage.speaker) t.speakers.add(passage.speaker);
}

/** For each candidate, the occurrences of the longer candidates (seen twice or more) that contain it. */
function markNesting(terms: Map<string, TermStats>): void {
  for (const outer of terms.values()) {
    if (outer.parts.length < 2 || outer.count < 2) continue;
    const seen = new Set<string>();
    for (let a = 0; a < outer.parts.length; a++) {
      for (let b = a + 1; b <= outer.parts.length; b++) {
        if (b - a === outer.parts.length) continue;
        const key = joinKey(outer.parts.slice(a, b), outer.seps.slice(a, b - 1));
        if (seen.has(key)) continue;
        seen.add(key);
        const inner = terms.get(key);
        if (!inner) continue;
        inner.nestedSum += outer.count;
        inner.nestedTypes++;
      }
    }
  }
}
