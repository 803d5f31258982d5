/**
 * English text -> tokens with coarse classes, from wink-nlp's Universal POS tags and lemmas (injected as an
 * EnglishTagger, so this module stays pure). Nouns are keyed by their lemma (models -> model), proper nouns by
 * their folded form (acronym plurals singular: GPUs -> gpu), hyphenated and alphanumeric words kept whole
 * (next-token, GPT-4). Whitespace between tokens becomes `space` tokens, line breaks `break`.
 */
import { isAlphanumericName, latinKey } from './latin';
import { EN_STOP } from './stopwords';
import { joinLatinWords, separatorClass } from './tokens';
import type { EnglishTagger, TermToken, TokenClass } from './types';

/** Universal POS tag -> class. */
export function enPosClass(pos: string, key: string): TokenClass {
  if (pos === 'PUNCT' || pos === 'SYM') return 'break';
  if (key === "'s" || key === 'of') return 'joiner';
  if (EN_STOP.has(key)) return 'stop';
  switch (pos) {
    case 'NOUN':
      return 'noun';
    case 'PROPN':
      return 'latin';
    case 'ADJ':
      return 'modifier';
    case 'VERB':
      return 'verb';
    case 'NUM':
      return 'num';
    default:
      return 'stop';
  }
}

function joinedClass(word: string, parts: TermToken[]): TokenClass {
  if (isAlphanumericName(word)) return 'latin';
  if (parts.length === 1) return parts[0].cls;
  if (parts.every((p) => p.cls === 'stop' || p.cls === 'joiner' || p.cls === 'break')) return 'stop';
  const last = parts[parts.length - 1].cls;
  if (last === 'noun' || last === 'latin') return parts.some((p) => p.cls === 'latin') ? 'latin' : 'noun';
  if (parts.every((p) => p.cls === 'num' || p.cls === 'break')) return 'num';
  return 'modifier';
}

/** Tokens of one passage text; offsets are those of `text`. */
export function tokenizeEnglish(text: string, tagger: EnglishTagger): TermToken[] {
  const tokens: TermToken[] = [];
  let at = 0;
  for (const { word, pos, lemma } of tagger(text)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue; // the tagger normalised this token; skipping it only loses a candidate
    if (start > at) tokens.push({ text: text.slice(at, start), start: at, end: start, cls: /\n/.test(text.slice(at, start)) ? 'break' : separatorClass(text.slice(at, start)), key: ' ' });
    const end = start + word.length;
    const key = pos === 'NOUN' ? lemma.toLowerCase() : pos === 'PROPN' ? latinKey(word) : word.toLowerCase().replace(/’/g, "'");
    let cls = enPosClass(pos, key);
    // A capitalised word right after a proper noun continues the name (Inflation Reduction Act, Form Energy).
    const prev = tokens[tokens.length - 1]?.cls === 'space' ? tokens[tokens.length - 2] : tokens[tokens.length - 1];
    if ((cls === 'verb' || cls === 'noun' || cls === 'modifier') && /^[A-Z][a-z]/.test(word) && prev?.cls === 'latin') cls = 'latin';
    tokens.push({ text: word, start, end, cls, key: cls === 'latin' && pos !== 'PROPN' ? word.toLowerCase() : key });
    at = end;
  }
  return joinLatinWords(text, tokens, joinedClass);
}
