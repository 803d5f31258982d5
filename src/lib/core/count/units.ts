/**
 * Sentence splitting inside one passage text, for the "sentence" co-occurrence unit. Chinese and English.
 *
 * Rules:
 * - A sentence ends after 。！？!?；(full-width semicolon) — together with any run of further terminators
 *   (`?!`, `！？`, `……`, `...`) and closing quotes / brackets that follow immediately (”’」』）)]}》〉"').
 * - A run made only of '.' / '．' / '…' ends a sentence only when whitespace or the end of the text follows
 *   (after the closers): "3.5", "GPT-4.5", "a.b.c" and "e.g.this" are not split; "end. Next" and
 *   "U.S. economy" are, except after a short list of common abbreviations (e.g., i.e., Mr., Mrs., Ms., Dr.,
 *   Prof., vs., cf.) which never end a sentence.
 * - Every line break ends a sentence.
 * - Ranges are trimmed of whitespace; empty ones are dropped. Together they cover every non-whitespace
 *   character of the text exactly once, in order.
 *
 * Offsets are UTF-16 units inside the given text, end exclusive. Pure: no fs, no DOM.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

/** Terminators that always end a sentence. */
const STRONG = new Set(['。', '！', '？', '!', '?', '；', '｡']);
/** Terminators that end a sentence only before whitespace / end of text, unless they follow a strong one. */
const WEAK = new Set(['.', '．', '…']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', ']', '}', '》', '〉', '】', '"', "'", '］', '｝', '»', '›']);
/** Lower-cased abbreviations (without the final '.') after which '.' never ends a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'cf']);

const isSpace = (ch: string) => /\s/.test(ch);
const isLineBreak = (ch: string) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Splits `text` into trimmed sentence ranges (see header for the rules). */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const n = text.length;

  const emit = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) out.push({ start: from, end: to });
  };

  let segStart = 0;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (isLineBreak(ch)) {
      emit(segStart, i);
      i++;
      segStart = i;
      continue;
    }
    if (!STRONG.has(ch) && !WEAK.has(ch)) {
      i++;
      continue;
    }
    // A run of terminators, then closers.
    let j = i;
    let strong = false;
    while (j < n && (STRONG.has(text[j]) || WEAK.has(text[j]))) {
      if (STRONG.has(text[j])) strong = true;
      j++;
    }
    const single = j - i === 1;
    while (j < n && CLOSERS.has(text[j])) j++;
    const ends = strong || ((j === n || isSpace(text[j])) && !isAbbreviation(text, i, single));
    if (ends) {
      emit(segStart, j);
      segStart = j;
    }
    i = j;
  }
  emit(segStart, n);
  return out;
}

/** True when the single '.' at `dot` ends a known abbreviation such as "e.g." or "Dr.". */
function isAbbreviation(text: string, dot: number, single: boolean): boolean {
  if (!single || text[dot] !== '.') return false;
  let k = dot;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1])) k--;
  return ABBREVIATIONS.has(text.slice(k, dot).toLowerCase());
}
