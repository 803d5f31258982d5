/**
 * Property tests for the matcher: on arbitrary Unicode texts and random small catalogs, findMentions never
 * throws, returns sorted, non-overlapping, in-bounds mentions, and equals a brute-force reference matcher
 * (indexOf for every alias, boundary checks, leftmost-longest greedy selection) written independently below.
 * Seeded and sized by the shared configuration (tests/support/fc.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalAliasProblem } from '../catalog/aliases';
import type { Alias, Catalog, RegexAlias } from '../contract/types';
import { compileMatcher, findMentions, type TextMention } from './index';

// ---------------------------------------------------------------------------------------------------------------
// Reference matcher (deliberately naive)
// ---------------------------------------------------------------------------------------------------------------

/** Lower-cases unit by unit where that keeps the length; surrogate halves untouched. */
function refFold(s: string): string {
  let out = '';
  for (const unit of s.split('')) {
    const code = unit.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) out += unit;
    else {
      const lower = unit.toLowerCase();
      out += lower.length === 1 ? lower : unit;
    }
  }
  return out;
}

const WORD = /^[\p{Script=Latin}\p{N}]$/u;
const isHi = (s: string, i: number) => i >= 0 && i < s.length && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff;
const isLo = (s: string, i: number) => i >= 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;
/** Code point (as a string) ending at i (exclusive). */
const cpBefore = (s: string, i: number) => (i <= 0 ? '' : isLo(s, i - 1) && isHi(s, i - 2) ? s.slice(i - 2, i) : s[i - 1]);
/** Code point (as a string) starting at i. */
const cpAt = (s: string, i: number) => (i >= s.length ? '' : isHi(s, i) && isLo(s, i + 1) ? s.slice(i, i + 2) : s[i]);
const splitsPair = (s: string, i: number) => isHi(s, i - 1) && isLo(s, i);

interface RefCandidate {
  start: number;
  end: number;
  concept: string;
  /** 0 for literals, 1 + regex number for regexes (ties: literal first, then catalog order). */
  rank: number;
}

function referenceMatch(catalog: Catalog, text: string): TextMention[] {
  const folded = refFold(text);
  const candidates: RefCandidate[] = [];
  let regexNo = 0;
  for (const concept of catalog.concepts) {
    for (const alias of concept.aliases) {
      if (typeof alias === 'string') {
        const fa = refFold(alias);
        const checkLeft = WORD.test(cpAt(alias, 0));
        const checkRight = WORD.test(cpBefore(alias, alias.length));
        for (let i = folded.indexOf(fa); i !== -1; i = folded.indexOf(fa, i + 1)) {
          const end = i + fa.length;
          if (checkLeft && WORD.test(cpBefore(text, i))) continue;
          if (checkRight && WORD.test(cpAt(text, end))) continue;
          if (splitsPair(text, i) || splitsPair(text, end)) continue;
          candidates.push({ start: i, end, concept: concept.id, rank: 0 });
        }
      } else {
        regexNo++;
        const r = alias as RegexAlias;
        const flags = ((r.flags ?? 'iu').includes('i') ? 'i' : '') + 'gu';
        for (const m of text.matchAll(new RegExp(r.regex, flags))) {
          if (m[0].length > 0) candidates.push({ start: m.index, end: m.index + m[0].length, concept: concept.id, rank: regexNo });
        }
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const taken: TextMention[] = [];
  for (const c of candidates) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push({ concept: c.concept, start: c.start, end: c.end });
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------------------

/** Units chosen to collide a lot: Latin in both cases, digits, punctuation, CJK, an emoji and its halves. */
const PIECES = ['a', 'b', 'A', 'B', 'ab', '1', '-', '.', ' ', '中', '文', '中文', 'é', 'É', 'İ', 'i', 'Σ', 'σ', 'ß', '😀', '\uD83D', '\uDE00', '𝟏', '架'];

// aliases a catalog may hold (not empty, not punctuation only, no invisible characters: see catalog/aliases.ts)
const aliasArb = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''))
  .filter((a) => literalAliasProblem(a) === null);

const unicodeAliasArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }).filter((a) => literalAliasProblem(a) === null);

/**
 * A catalog from random alias lists: aliases already claimed (case-folded) by an earlier concept are dropped.
 * Plurals are off (`inflect: false`): the reference matches the aliases as written; ./inflect.test.ts covers them.
 */
function catalogArb(alias: fc.Arbitrary<string>, maxConcepts = 6): fc.Arbitrary<Catalog> {
  return fc.array(fc.array(alias, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: maxConcepts }).map((lists) => {
    const owner = new Map<string, number>();
    const concepts = lists
      .map((aliases, ci) => ({
        id: `c${ci}`,
        label: { en: `c${ci}` },
        aliases: aliases.filter((a) => {
          const f = refFold(a);
          const o = owner.get(f);
          if (o === undefined) owner.set(f, ci);
          return o === undefined || o === ci;
        }) as Alias[]
      }))
      .filter((c) => c.aliases.length > 0);
    return { inflect: false, concepts };
  });
}

/** Text made of alias copies (in random case), pieces and arbitrary Unicode. */
function textArb(catalog: Catalog): fc.Arbitrary<string> {
  const literals = catalog.concepts.flatMap((c) => c.aliases.filter((a): a is string => typeof a === 'string'));
  const chunk = fc.oneof(
    { weight: 3, arbitrary: literals.length ? fc.constantFrom(...literals).chain((a) => fc.constantFrom(a, a.toUpperCase(), a.toLowerCase())) : fc.constant('x') },
    { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }) }
  );
  return fc.array(chunk, { maxLength: 25 }).map((parts) => parts.join(''));
}

/** Safe regexes (they pass the guard) that overlap with the literal pieces. */
const REGEX_POOL: Alias[] = [{ regex: 'a+b' }, { regex: '中文?' }, { regex: '\\d+', flags: 'u' }, { regex: 'É.' }, { regex: '(?:ab|文)+' }, { regex: 'σ[a-z]?' }];

function checkInvariants(text: string, mentions: TextMention[]) {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1].end);
  }
}

describe('findMentions properties', () => {
  it('never throws on arbitrary Unicode text; sorted, non-overlapping, in bounds; equals the reference', () => {
    fc.assert(
      fc.property(catalogArb(aliasArb), fc.string({ unit: 'binary', maxLength: 60 }), (catalog, text) => {
        const mentions = findMentions(compileMatcher(catalog), text);
        checkInvariants(text, mentions);
        expect(mentions).toEqual(referenceMatch(catalog, text));
      })
    );
  });

  it('alias-dense texts: equals the reference; every mention is one of its concept aliases (case-folded)', () => {
    fc.assert(
      fc.property(
        catalogArb(aliasArb).chain((catalog) => fc.tuple(fc.constant(catalog), textArb(catalog))),
        ([catalog, text]) => {
          const mentions = findMentions(compileMatcher(catalog), text);
          checkInvariants(text, mentions);
          const aliasesOf = new Map(catalog.concepts.map((c) => [c.id, new Set(c.aliases.map((a) => refFold(a as string)))]));
          for (const m of mentions) expect(aliasesOf.get(m.concept)?.has(refFold(text.slice(m.start, m.end)))).toBe(true);
          expect(mentions).toEqual(referenceMatch(catalog, text));
        }
      )
    );
  });

  it('arbitrary Unicode aliases (astral, lone surrogates, combining marks): equals the reference', () => {
    fc.assert(
      fc.property(
        catalogArb(unicodeAliasArb).chain((catalog) => fc.tuple(fc.constant(catalog), textArb(catalog))),
        ([catalog, text]) => {
          const mentions = findMentions(compileMatcher(catalog), text);
          checkInvariants(text, mentions);
          expect(mentions).toEqual(referenceMatch(catalog, text));
        }
      )
    );
  });

  it('with regex aliases mixed in: equals the reference', () => {
    const withRegex = fc
      .tuple(catalogArb(aliasArb, 4), fc.subarray(REGEX_POOL, { minLength: 1 }), fc.nat())
      .map(([catalog, regexes, seed]) => {
        // Append each regex to a concept chosen by the seed (or a new one).
        const concepts = catalog.concepts.map((c) => ({ ...c, aliases: [...c.aliases] }));
        regexes.forEach((r, i) => {
          const target = (seed + i) % (concepts.length + 1);
          if (target === concepts.length) concepts.push({ id: `r${i}`, label: { en: `r${i}` }, aliases: [r] });
          else concepts[target].aliases.push(r);
        });
        return { concepts } as Catalog;
      });
    fc.assert(
      fc.property(
        withRegex.chain((catalog) => fc.tuple(fc.constant(catalog), textArb(catalog))),
        ([catalog, text]) => {
          const mentions = findMentions(compileMatcher(catalog), text);
          checkInvariants(text, mentions);
          expect(mentions).toEqual(referenceMatch(catalog, text));
        }
      )
    );
  });

  it('long aliases and long texts (ring buffer wrap-around): equals the reference', () => {
    const longAlias = fc
      .array(fc.constantFrom('甲', '乙', 'x', 'X', ' '), { minLength: 1, maxLength: 12 })
      .map((p) => p.join(''))
      .filter((a) => a.trim().length > 0);
    fc.assert(
      fc.property(
        catalogArb(longAlias, 8).chain((catalog) =>
          fc.tuple(
            fc.constant(catalog),
            fc.array(fc.oneof(fc.constantFrom('甲', '乙', 'x', 'X', ' ', '丙'), fc.constantFrom(...catalog.concepts.flatMap((c) => c.aliases as string[]))), { maxLength: 80 }).map((p) => p.join(''))
          )
        ),
        ([catalog, text]) => {
          expect(findMentions(compileMatcher(catalog), text)).toEqual(referenceMatch(catalog, text));
        }
      )
    );
  });
});
