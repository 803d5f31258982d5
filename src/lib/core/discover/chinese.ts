/**
 * Chinese (and mixed) text -> tokens with coarse classes, from jieba's part-of-speech tags (injected as a
 * ChineseTagger, so this module stays pure and runs wherever the tagger was loaded). Latin words are kept whole
 * (GPT-4, ARC-AGI, Transformer) and classed `latin`; words jieba finds with its HMM (tag `x`, e.g. 算力) are
 * `unknown`, noun-like: new words are often exactly the terms a transcript is about.
 */
import { latinKey } from './latin';
import { EN_STOP, ZH_FUNCTION_CHARS, ZH_STOP } from './stopwords';
import { joinLatinWords, latinClass, separatorClass, hasHan } from './tokens';
import type { ChineseTagger, TermToken, TokenClass } from './types';

/** A Latin word inside Chinese text: English function words (The, vs, of) are `stop`. */
function zhLatinClass(word: string): TokenClass {
  const cls = latinClass(word);
  return cls === 'latin' && EN_STOP.has(word.toLowerCase()) ? 'stop' : cls;
}

/** jieba tag -> class. Tags: ICTCLAS set as used by jieba (n nr ns nt nz vn v a b m q r p c u d ...). */
export function zhTagClass(word: string, tag: string): TokenClass {
  if (tag === 'eng') return zhLatinClass(word);
  if (tag === 'x') return hasHan(word) ? (word.length >= 2 && !ZH_FUNCTION_CHARS.test(word) ? 'unknown' : 'stop') : separatorClass(word) === 'space' ? 'space' : zhLatinClass(word);
  if (ZH_STOP.has(word)) return 'stop';
  switch (tag) {
    case 'nr':
    case 'nrfg':
    case 'nrt':
      return word.length >= 2 ? 'person' : 'noun';
    case 'ns':
      return word.length >= 2 ? 'place' : 'noun';
    case 'nt':
      return 'org';
    case 'n':
    case 'nz':
    case 'ng':
    case 'vn':
    case 'an':
    case 'j':
      return 'noun';
    case 'l':
      // Fixed expressions: some are nouns (好奇心, 自动化), others phrases with function characters (与此同时).
      return ZH_FUNCTION_CHARS.test(word) ? 'stop' : 'noun';
    case 'v':
    case 'vg':
      return 'verb';
    case 'a':
    case 'b':
      return 'modifier';
    case 'm':
    case 'mq':
    case 'q':
      return 'num';
    default:
      return 'stop';
  }
}

/** Separator between texts tagged in one call: jieba never joins a word across a line break. */
const SEPARATOR = '\n';

/**
 * Tokens of many texts (passages), offsets inside each text. The texts are tagged in one call per batch of
 * about `batchChars` characters: jieba-wasm's cost per call dominates on short passages (248 calls: 3.1 s cold,
 * one call: 0.2 s).
 */
export function tokenizeChineseTexts(texts: readonly string[], tagger: ChineseTagger, batchChars = 200_000, onBatch?: (done: number) => void): TermToken[][] {
  const out: TermToken[][] = [];
  for (let first = 0; first < texts.length; ) {
    let last = first;
    let size = texts[first].length;
    while (last + 1 < texts.length && size + texts[last + 1].length + 1 <= batchChars) size += texts[++last].length + 1;
    const joined = texts.slice(first, last + 1).join(SEPARATOR);
    const tags = tagger(joined);
    let t = 0;
    let at = 0;
    for (let i = first; i <= last; i++) {
      const text = texts[i];
      const base = at;
      const end = base + text.length;
      const tokens: TermToken[] = [];
      while (t < tags.length && at < end) {
        const { word, tag } = tags[t];
        // A word running over the separator (never seen) is cut at the passage end.
        const w = at + word.length > end ? word.slice(0, end - at) : word;
        tokens.push({ text: w, start: at - base, end: at - base + w.length, cls: zhTagClass(w, tag), key: latinKey(w), pos: tag });
        at += w.length;
        if (w.length === word.length) t++;
        else tags[t] = { word: word.slice(w.length), tag };
      }
      // Skip the separator.
      while (t < tags.length && at < end + SEPARATOR.length && i < last) {
        const { word, tag } = tags[t];
        const take = Math.min(word.length, end + SEPARATOR.length - at);
        at += take;
        if (take === word.length) t++;
        else tags[t] = { word: word.slice(take), tag };
      }
      out.push(joinLatinWords(text, tokens, (word) => zhLatinClass(word)));
    }
    onBatch?.(last + 1);
    first = last + 1;
  }
  return out;
}

/** Tokens of one text; offsets are those of `text`. */
export function tokenizeChinese(text: string, tagger: ChineseTagger): TermToken[] {
  return tokenizeChineseTexts([text], tagger)[0];
}
