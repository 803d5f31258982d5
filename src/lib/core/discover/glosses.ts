/**
 * Glosses the text itself gives: a term followed by its translation or short form in parentheses, in either
 * script and either bracket (`算力（compute）`, `蜂巢思维（Hive Mind）`, `Transhumanism（跨人类主义）`,
 * `large language models (LLMs)`). Returns the pairs with how often each was seen; ./merge.ts decides which
 * candidates they join. Pure.
 */
import { isAcronym, latinKey } from './latin';

export interface Gloss {
  /** The text before the bracket (up to 16 characters; the candidate that ends it is found later). */
  before: string;
  /** The bracketed text. */
  inside: string;
  count: number;
}

const BRACKETED = /[（(]\s*([^（）()\n]{1,48}?)\s*[)）]/gu;
const HAN = /\p{Script=Han}/u;
const LATIN_PHRASE = /^[A-Za-z][A-Za-z0-9 .'’&+-]*$/;

/** All `X（Y）` pairs where one side is Han and the other a Latin phrase, or Y is an acronym of X's last words. */
export function findGlosses(texts: readonly string[]): Gloss[] {
  const seen = new Map<string, Gloss>();
  for (const text of texts) {
    BRACKETED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BRACKETED.exec(text)) !== null) {
      const inside = m[1].trim();
      const before = text.slice(Math.max(0, m.index - 48), m.index).replace(/\s+$/u, '');
      if (!before) continue;
      const last = before.replace(/[\s"'“”‘’「」『』《》*_]+$/u, '').slice(-1);
      const beforeHan = HAN.test(last);
      const beforeLatin = /[A-Za-z0-9]/.test(last);
      const insideHan = HAN.test(inside);
      const ok =
        (beforeHan && !insideHan && LATIN_PHRASE.test(inside)) ||
        (beforeLatin && insideHan && /^\p{Script=Han}{2,8}$/u.test(inside)) ||
        (beforeLatin && !insideHan && isAcronym(inside.replace(/s$/, '')));
      if (!ok) continue;
      const key = `${before.slice(-16)}\u0000${inside}`;
      const g = seen.get(key);
      if (g) g.count++;
      else seen.set(key, { before: before.slice(-16), inside, count: 1 });
    }
  }
  return [...seen.values()];
}

/** Key of a bracketed Latin phrase, as candidate keys are built (lower case, single spaces, articles trimmed). */
export function glossLatinKey(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map(latinKey)
    .join(' ')
    .replace(/^(?:the|a|an) /, '');
}

/** True when `acronym` spells the initials of the last words of `phrase` (large language models -> LLM). */
export function acronymOf(acronym: string, phrase: string): string | null {
  const letters = acronym.replace(/s$/, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = phrase.split(/[\s-]+/).filter(Boolean);
  if (letters.length < 2 || words.length < letters.length) return null;
  const tail = words.slice(-letters.length);
  return tail.every((w, i) => w[0]?.toLowerCase() === letters[i]) ? tail.join(' ') : null;
}
