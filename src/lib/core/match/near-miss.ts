/**
 * Near misses for `topicgraph validate`: forms in the text that are close to a Latin literal alias but were not
 * matched, so a catalog author sees what the aliases miss ("robotics" near "robot", "test time compute" near
 * "test-time compute", "Transfomer" near "Transformer"). Only words outside every mention count.
 *
 * Close means, comparing case-folded words of Latin letters and digits:
 *   - the same words with other separators: "test time compute", "test-time-compute", "Open AI" for "OpenAI";
 *   - a longer word starting with the alias word (up to 4 more letters, the alias word 4+ letters long, a final
 *     e or y dropped: "robotics", "scaled" for "scale"), or the singular of an alias ending in s ("robot" for
 *     "robots", 4+ letters);
 *   - one edit away (a letter added, dropped, changed or two swapped) for words of 5+ letters: "Transfomer".
 * Looked up in indexes of the text's distinct words and short word runs, so the cost is linear in the text plus
 * the aliases. Pure: no fs, no DOM.
 */
import type { Catalog, Mention, Passage } from '../contract/types';
import { inflects, literalText } from '../catalog/aliases';
import { foldCase } from './fold';
import { englishPlurals } from './inflect';

export interface NearMiss {
  /** The form as first seen in the text. */
  form: string;
  /** Occurrences outside any mention. */
  count: number;
}

const WORD = /[\p{Script=Latin}\p{N}]+/gu;
const LATIN_WORDS = /^[\p{Script=Latin}\p{N}]+(?:[\s\-‐‑–_./]+[\p{Script=Latin}\p{N}]+)*$/u;
const MAX_RUN = 4;

interface Seen {
  form: string;
  count: number;
}

/** Words of `s` (case-folded). */
const wordsOf = (s: string) => [...foldCase(s).matchAll(WORD)].map((m) => m[0]);

/** Single deletions of `w` (the "symmetric delete" index for edit distance 1). */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/**
 * Near misses per concept id (concepts with none are left out), most frequent first, at most `limit` each.
 * `mentions` are the matches of the same catalog in the same passages.
 */
export function findNearMisses(catalog: Catalog, passages: readonly Passage[], mentions: ReadonlyMap<string, Mention[]>, limit = 5): Map<string, NearMiss[]> {
  // mention ranges per passage, to leave matched text out
  const covered = new Map<string, [number, number][]>();
  for (const list of mentions.values()) for (const m of list) (covered.get(m.passage) ?? covered.set(m.passage, []).get(m.passage)!).push([m.start, m.end]);

  const words = new Map<string, Seen>(); // folded word -> first form, count
  const runs = new Map<string, Seen>(); // 2..MAX_RUN words joined without separators -> first form, count
  const note = (index: Map<string, Seen>, key: string, form: string) => {
    const seen = index.get(key);
    if (seen) seen.count++;
    else index.set(key, { form, count: 1 });
  };
  for (const p of passages) {
    const ranges = covered.get(p.id) ?? [];
    const inMention = (s: number, e: number) => ranges.some(([a, b]) => s < b && e > a);
    const tokens = [...p.text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldCase(m[0]) }));
    tokens.forEach((t, i) => {
      if (inMention(t.start, t.end)) return;
      note(words, t.folded, p.text.slice(t.start, t.end));
      let key = t.folded;
      for (let k = i + 1; k < tokens.length && k < i + MAX_RUN; k++) {
        const gap = p.text.slice(tokens[k - 1].end, tokens[k].start);
        if (!/^[ \-‐‑–_]{1,2}$/.test(gap) || inMention(tokens[k].start, tokens[k].end)) break;
        key += tokens[k].folded;
        note(runs, key, p.text.slice(t.start, tokens[k].end));
      }
    });
  }
  const byDeletion = new Map<string, string[]>();
  for (const w of words.keys()) if (w.length >= 4) for (const d of [w, ...deletions(w)]) (byDeletion.get(d) ?? byDeletion.set(d, []).get(d)!).push(w);
  const sortedWords = [...words.keys()].sort();

  const out = new Map<string, NearMiss[]>();
  for (const concept of catalog.concepts) {
    const found = new Map<string, NearMiss>();
    const own = new Set<string>();
    const add = (seen: Seen | undefined) => {
      if (seen && !own.has(foldCase(seen.form)) && !found.has(seen.form)) found.set(seen.form, { form: seen.form, count: seen.count });
    };
    const literals: string[] = [];
    for (const alias of concept.aliases) {
      const text = literalText(alias);
      if (text === null || !LATIN_WORDS.test(text.trim())) continue;
      literals.push(text);
      // what the matcher already matches is no near miss (the plurals only when the alias inflects)
      for (const form of [text, ...(inflects(alias, catalog) ? englishPlurals(text) : [])]) own.add(foldCase(form));
    }
    for (const text of literals) {
      const aliasWords = wordsOf(text);
      const joined = aliasWords.join('');
      // other separators (or none) between the same words
      if (aliasWords.length > 1) add(words.get(joined));
      for (const form of [joined, ...englishPlurals(text).map((f) => wordsOf(f).join(''))]) add(runs.get(form));
      if (aliasWords.length !== 1) continue;
      const w = aliasWords[0];
      if (!/\p{Script=Latin}/u.test(w)) continue;
      // longer words starting with the alias word (its stem), shorter words the alias word starts with
      if (w.length >= 4) {
        const stem = w.length > 4 && /[ey]$/.test(w) ? w.slice(0, -1) : w;
        let lo = 0;
        let hi = sortedWords.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sortedWords[mid] < stem) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < sortedWords.length && sortedWords[k].startsWith(stem); k++)
          if (sortedWords[k].length <= w.length + 4 && sortedWords[k] !== w) add(words.get(sortedWords[k]));
        if (/s$/.test(w)) for (const len of [w.length - 1, w.length - 2]) if (len >= 4) add(words.get(w.slice(0, len)));
      }
      // one edit away
      if (w.length >= 5) for (const d of [w, ...deletions(w)]) for (const cand of byDeletion.get(d) ?? []) if (withinOneEdit(w, cand)) add(words.get(cand));
    }
    const list = [...found.values()].sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1)).slice(0, limit);
    if (list.length) out.set(concept.id, list);
  }
  return out;
}
