/**
 * Common-word lists (generated into ./data by scripts/make-common-words.ts) parsed into a lookup. A word absent
 * from a list is not common: discovery treats it as rare. Pure; the lists are plain strings in TS modules so
 * Node, vitest and bundlers load them the same way (see ./resources.ts, which imports them lazily).
 */
import type { CommonWords } from './types';

/** Parses `value<TAB>word word ...` lines. */
export function parseCommonWords(data: string, names = ''): CommonWords {
  const map = new Map<string, number>();
  for (const line of data.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const value = Number(line.slice(0, tab));
    for (const word of line.slice(tab + 1).split(' ')) if (word) map.set(word, value);
  }
  const nameSet = new Set(names.split(' ').filter(Boolean));
  return { ic: (word) => map.get(word), isName: (word) => nameSet.has(word) };
}
