/**
 * The naive baseline the matcher is compared against: one RegExp per alias, each run over every passage, then
 * the same leftmost-longest choice of non-overlapping matches as src/lib/core/match (sort by start, longer
 * first, then catalog order; take greedily). Same output shape (MatchResult) so the bench can check that both
 * find the same mentions.
 *
 * Literal aliases become escaped literals: with Latin letters or digits, flags `giu` and boundary lookarounds
 * on the edges that are Latin/digit; CJK-only aliases plain `g`. The boundary class is
 * [\p{Script=Latin}\p{N}], the matcher's own definition of a word character (src/lib/core/match/fold.ts),
 * not [\p{L}\p{N}]: with \p{L} a Latin alias glued to Chinese text ("如ChatGPT的", common in the bundled
 * transcript) would not match, and the baseline would do different work. Regex aliases keep their own flags + g.
 *
 * Bench-only code, deliberately simple: it is the yardstick, not a candidate.
 */
import { inflects, literalText } from '../src/lib/core/catalog/aliases';
import type { Catalog, MatchResult, Mention, Passage, RegexAlias } from '../src/lib/core/contract/types';
import { englishPlurals } from '../src/lib/core/match/inflect';

const WORD = String.raw`[\p{Script=Latin}\p{N}]`;
const WORD_CHAR = /^[\p{Script=Latin}\p{N}]$/u;
const CASED = /[\p{Lu}\p{Ll}\p{Lt}\p{N}]/u;

/** Escapes regex syntax characters (only those: in `u` mode escaping anything else is a syntax error). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface NaivePattern {
  regex: RegExp;
  concept: number;
  /** Catalog order of the alias (tie-break, as in the real matcher). */
  rank: number;
}

export interface NaiveMatcher {
  conceptIds: string[];
  patterns: NaivePattern[];
}

/**
 * One RegExp per alias (duplicate spellings of one concept included: that is the naive part). A Latin literal
 * that inflects also matches its English plurals (the matcher's own forms, src/lib/core/match/inflect.ts) as
 * longer alternatives of the same RegExp, except a form that is an explicit alias of the catalog or a plural
 * already taken by an earlier alias, as in the matcher.
 */
export function compileNaive(catalog: Catalog): NaiveMatcher {
  const patterns: NaivePattern[] = [];
  const taken = new Set(catalog.concepts.flatMap((c) => c.aliases.map((a) => literalText(a)?.toLowerCase()).filter((a) => a !== undefined)));
  catalog.concepts.forEach((concept, ci) => {
    for (const alias of concept.aliases) {
      const text = literalText(alias);
      let regex: RegExp;
      if (text !== null) {
        const plurals = inflects(alias, catalog) ? englishPlurals(text).filter((f) => !taken.has(f.toLowerCase())) : [];
        for (const f of plurals) taken.add(f.toLowerCase());
        const forms = [...plurals, text]; // plurals are longer: tried first
        const chars = Array.from(text);
        const left = WORD_CHAR.test(chars[0]) ? `(?<!${WORD})` : '';
        const right = WORD_CHAR.test(chars[chars.length - 1]) ? `(?!${WORD})` : '';
        const needsUnicode = left !== '' || right !== '' || CASED.test(text);
        const body = forms.length > 1 ? `(?:${forms.map(escape).join('|')})` : escape(text);
        regex = new RegExp(left + body + right, needsUnicode ? 'giu' : 'g');
      } else {
        const r = alias as RegexAlias;
        const flags = (r.flags ?? 'iu').includes('i') ? 'giu' : 'gu';
        regex = new RegExp(r.regex, flags);
      }
      patterns.push({ regex, concept: ci, rank: patterns.length });
    }
  });
  return { conceptIds: catalog.concepts.map((c) => c.id), patterns };
}

/** Mentions of every concept in every passage, found the naive way (see header). */
export function naiveMatchPassages(naive: NaiveMatcher, passages: readonly Passage[]): MatchResult {
  const perConcept: Mention[][] = naive.conceptIds.map(() => []);
  const found: { start: number; end: number; concept: number; rank: number }[] = [];
  for (const passage of passages) {
    const text = passage.text;
    found.length = 0;
    for (const p of naive.patterns) {
      const re = p.regex;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length, concept: p.concept, rank: p.rank });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    let lastEnd = 0;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      perConcept[f.concept].push({ passage: passage.id, start: f.start, end: f.end });
    }
  }
  const mentions = new Map<string, Mention[]>();
  const unmatched: string[] = [];
  naive.conceptIds.forEach((id, i) => {
    if (perConcept[i].length > 0) mentions.set(id, perConcept[i]);
    else unmatched.push(id);
  });
  return { mentions, unmatched };
}
