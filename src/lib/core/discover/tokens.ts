/**
 * Shared token helpers: Latin words re-joined over tagger tokens, CJK tests, the class of a Latin word.
 * Pure.
 */
import { isNumeric, latinKey, latinSpans } from './latin';
import type { TermToken, TokenClass } from './types';

const HAN = /\p{Script=Han}/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]+$/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Class of a stretch that is neither a word nor whitespace. */
export function separatorClass(text: string): TokenClass {
  return /^\s+$/u.test(text) ? 'space' : 'break';
}

/**
 * Replaces the tagger tokens that lie inside one Latin word by one token for the whole word (ARC / - / AGI ->
 * ARC-AGI). `classify` gives the class of the joined word from the classes of its parts. Tokens must be in order
 * and cover the text; a Latin word whose edges do not fall on token edges is left as the tagger split it.
 */
export function joinLatinWords(text: string, tokens: TermToken[], classify: (word: string, parts: TermToken[]) => TokenClass): TermToken[] {
  const spans = latinSpans(text);
  if (spans.length === 0) return tokens;
  const out: TermToken[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; ) {
    while (s < spans.length && spans[s].end <= tokens[i].start) s++;
    const span = spans[s];
    if (span && span.start === tokens[i].start) {
      let j = i;
      while (j < tokens.length && tokens[j].end < span.end) j++;
      if (j < tokens.length && tokens[j].end === span.end) {
        const parts = tokens.slice(i, j + 1);
        const word = text.slice(span.start, span.end);
        out.push(parts.length === 1 ? { ...parts[0], cls: classify(word, parts), key: parts[0].key } : { text: word, start: span.start, end: span.end, cls: classify(word, parts), key: latinKey(word) });
        i = j + 1;
        continue;
      }
    }
    out.push(tokens[i]);
    i++;
  }
  return out;
}

/** Class of a Latin word seen inside Chinese text: numbers are `num`, punctuation `break`, else `latin`. */
export function latinClass(word: string): TokenClass {
  if (isNumeric(word)) return 'num';
  if (PUNCT_OR_SYMBOL.test(word)) return 'break';
  return 'latin';
}
