/**
 * Variant merging: candidate terms that name one concept become one group with several aliases.
 * - case and plural: keys are case-folded and lemmatised already; a Latin key ending in "s" joins its singular
 *   when both occur (transformers / transformer);
 * - glosses the text gives (./glosses.ts): `算力（compute）` joins 算力 and compute, `LLM` joins large language
 *   model; for each bracketed form only its most frequent partner;
 * - full and short forms of person names: `Dwarkesh Patel` takes `Dwarkesh` and `Patel` when no other name of
 *   the transcript uses that word (not `Grid Talk` -> `Grid`: `isPersonName` decides, see ./kinds.ts);
 * - speakers: a speaker's name joins the candidate that spells it.
 * Pure.
 */
import type { Speaker } from '../contract/types';
import type { TermStats } from './candidates';
import { acronymOf, glossLatinKey, type Gloss } from './glosses';
import { latinKey } from './latin';
import type { RankedTerm } from './rank';
import { ROLE_NAMES } from './stopwords';
import { hasHan } from './tokens';

export interface TermGroup {
  /** Members, best score first. */
  members: RankedTerm[];
  /** Forms to add as aliases that are not surfaces of a member (a gloss seen once, a speaker's name). */
  extraAliases: string[];
  /** English form a gloss gave (for the label). */
  glossEn?: string;
  speaker?: Speaker;
  /** A work's title, from book-title marks (《...》); the alias keeps the marks. */
  title?: string;
  score: number;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const TITLE_WORD = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;

/** A Latin name of two or three Title-case words (Dwarkesh Patel, Hans Moravec). */
export function isFullName(stats: TermStats, surface: string): boolean {
  const words = surface.split(' ');
  return words.length >= 2 && words.length <= 3 && stats.classes.every((c) => c === 'latin' || c === 'person') && words.every((w) => TITLE_WORD.test(w));
}

export function topSurface(stats: TermStats): string {
  let best = '';
  let n = -1;
  for (const [s, c] of stats.surfaces) if (c > n || (c === n && s < best)) [best, n] = [s, c];
  return best;
}

/**
 * Groups the pool's terms. `all` (every ranked term) is where a gloss's partners are looked up: a gloss may name
 * a term too rare for the pool (大型语言模型（LLM）seen once), which then joins the pool.
 */
export function groupTerms(
  pool: readonly RankedTerm[],
  glosses: readonly Gloss[],
  speakers: readonly Speaker[],
  all?: ReadonlyMap<string, RankedTerm>,
  isPersonName: (surface: string) => boolean = () => true
): TermGroup[] {
  const ranked = [...pool];
  const byKey = new Map(ranked.map((r) => [r.stats.key, r]));
  const lookup = all ?? byKey;
  const speakerWords = new Set(speakers.flatMap((s) => s.name.split(/\s+/).map(latinKey)));
  const uf = new UnionFind();
  const extra = new Map<string, string[]>();
  const glossEn = new Map<string, string>();
  const addExtra = (key: string, alias: string) => {
    if (!extra.has(key)) extra.set(key, []);
    extra.get(key)!.push(alias);
  };

  // Plurals of Latin keys; not a surname (Roberts is not the plural of Robert).
  const nameWords = new Set(ranked.filter((r) => isFullName(r.stats, topSurface(r.stats)) && isPersonName(topSurface(r.stats))).flatMap((r) => r.stats.parts));
  for (const key of byKey.keys()) {
    if (!hasHan(key) && key.length > 3 && key.endsWith('s') && byKey.has(key.slice(0, -1)) && !nameWords.has(key)) uf.union(key.slice(0, -1), key);
  }

  // Glosses: the candidate that ends the text before the bracket, paired with the bracketed form.
  const best = new Map<string, { partner: string; count: number; inside: string; latinIsKey: boolean }>();
  for (const g of glosses) {
    const insideHan = hasHan(g.inside);
    const before = g.before.replace(/[\s"'“”‘’「」『』《》*_]+$/u, '');
    let outer: string | undefined;
    let inner: string;
    if (!insideHan && hasHan(before.slice(-1))) {
      outer = longestSuffixKey(before, lookup, true);
      inner = glossLatinKey(g.inside);
      // A name in brackets after a phrase says who, not what the phrase is called: 深度研究 (Dwarkesh).
      if (inner.split(' ').some((w) => speakerWords.has(w))) continue;
    } else if (insideHan) {
      outer = longestSuffixKey(before, lookup, false);
      inner = g.inside;
    } else {
      const phrase = acronymOf(g.inside, before);
      if (!phrase) continue;
      const k = glossLatinKey(phrase);
      outer = lookup.has(k) ? k : lookup.has(k.replace(/s$/, '')) ? k.replace(/s$/, '') : undefined;
      inner = latinKey(g.inside.replace(/s$/, ''));
    }
    if (!outer || outer === inner) continue;
    // A generic word before a bracketed phrase of several words is not its translation (“计算机使用”能力（Computer Use）).
    if (!insideHan && inner.includes(' ') && lookup.get(outer)!.specificity < 0.5) continue;
    const prev = best.get(inner);
    if (!prev || g.count > prev.count) best.set(inner, { partner: outer, count: g.count, inside: g.inside, latinIsKey: lookup.has(inner) });
  }
  // Partners from outside the pool join it.
  for (const [inner, { partner, latinIsKey }] of best) {
    for (const key of latinIsKey ? [partner, inner] : [partner]) {
      if (!byKey.has(key) && lookup.has(key)) {
        const r = lookup.get(key)!;
        byKey.set(key, r);
        ranked.push(r);
      }
    }
  }
  for (const [inner, { partner, inside, latinIsKey }] of best) {
    if (latinIsKey) uf.union(partner, inner);
    else addExtra(partner, inside);
    if (!hasHan(inside)) glossEn.set(uf.find(partner), inside);
    else if (latinIsKey) glossEn.set(uf.find(partner), topSurface(byKey.get(partner)!.stats));
  }

  // Short forms of full names.
  const fullNames = ranked.filter((r) => isFullName(r.stats, topSurface(r.stats)) && isPersonName(topSurface(r.stats)));
  const wordUse = new Map<string, number>();
  for (const r of fullNames) for (const w of new Set(r.stats.parts)) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
  for (const r of fullNames) {
    const parts = r.stats.parts;
    // A short form must also stand alone (seen more often than the full name it is part of).
    for (const w of [parts[0], parts[parts.length - 1]]) if (wordUse.get(w) === 1 && (byKey.get(w)?.stats.count ?? 0) > r.stats.count) uf.union(r.stats.key, w);
  }

  // Speakers.
  const speakerOf = new Map<string, Speaker>();
  for (const sp of speakers) {
    const name = sp.name.trim();
    if (!name || ROLE_NAMES.has(name.toLowerCase())) continue;
    const key = hasHan(name) ? name : name.split(/\s+/).map(latinKey).join(' ');
    if (byKey.has(key)) speakerOf.set(uf.find(key), sp);
    else speakerOf.set(`\u0000speaker:${sp.id}`, sp);
  }

  const groups = new Map<string, TermGroup>();
  for (const r of ranked) {
    const root = uf.find(r.stats.key);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { members: [], extraAliases: [], score: 0 }));
    g.members.push(r);
    g.score += r.score;
    for (const a of extra.get(r.stats.key) ?? []) g.extraAliases.push(a);
  }
  for (const [root, g] of groups) {
    const en = glossEn.get(root) ?? g.members.map((m) => glossEn.get(m.stats.key)).find(Boolean);
    if (en) g.glossEn = en;
    const sp = speakerOf.get(root);
    if (sp) g.speaker = sp;
  }
  for (const [root, sp] of speakerOf) {
    if (root.startsWith('\u0000speaker:')) groups.set(root, { members: [], extraAliases: [sp.name], speaker: sp, score: 0 });
  }
  return [...groups.values()].sort((a, b) => b.score - a.score);
}

/** The longest candidate key that ends `text` (Han candidates only, or any). */
function longestSuffixKey(text: string, byKey: ReadonlyMap<string, RankedTerm>, han: boolean): string | undefined {
  const folded = text.toLowerCase();
  for (let len = Math.min(16, folded.length); len >= 1; len--) {
    const tail = folded.slice(-len).trim();
    if (byKey.has(tail) && (!han || hasHan(tail))) return tail;
  }
  return undefined;
}
