/**
 * Concept search for the combobox: matches Chinese and English labels, aliases and ids, case- and
 * width-insensitively, and ranks exact > prefix > substring, then by passages. Regex aliases are not searched.
 * Pure; builds a small index once per graph.
 */
import type { SerializedNode } from '$lib/core/contract/types';

export interface SearchEntry {
  id: string;
  zh: string;
  en: string;
  passageCount: number;
  /** Normalised searchable strings. */
  keys: string[];
  /** The original strings, parallel to keys (to show which alias matched). */
  raw: string[];
}

export interface SearchHit {
  id: string;
  zh: string;
  en: string;
  /** The alias that matched when it is not one of the labels. */
  via: string | null;
  score: number;
}

/** Lower case, full-width ASCII to half-width, collapsed spaces. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildSearchIndex(nodes: readonly SerializedNode[]): SearchEntry[] {
  return nodes.map((n) => {
    const a = n.attributes;
    const raw = [a.label.zh, a.label.en, ...a.aliases.filter((s) => !/^\/.*\/[a-z]*$/.test(s)), n.key].filter((s): s is string => !!s);
    const uniq = [...new Set(raw)];
    return { id: n.key, zh: a.label.zh ?? '', en: a.label.en ?? '', passageCount: a.passageCount, keys: uniq.map(normalise), raw: uniq };
  });
}

export function searchConcepts(index: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const e of index) {
    let best = 0;
    let via: string | null = null;
    e.keys.forEach((k, i) => {
      const s = k === q ? 3 : k.startsWith(q) ? 2 : k.includes(q) ? 1 : 0;
      if (s > best) {
        best = s;
        const r = e.raw[i];
        via = r === e.zh || r === e.en ? null : r;
      }
    });
    if (best) hits.push({ id: e.id, zh: e.zh, en: e.en, via, score: best * 1e6 + e.passageCount });
  }
  return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
}
