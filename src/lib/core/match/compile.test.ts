import { describe, expect, it } from 'vitest';
import type { Alias, Catalog } from '../contract/types';
import {
  CatalogAliasError,
  CatalogConflictError,
  CatalogMatchError,
  CatalogRegexError,
  compileMatcher,
  findMentions,
  formatAlias,
  parseFormattedAlias
} from './index';

function catalog(...concepts: [string, Alias[]][]): Catalog {
  return { concepts: concepts.map(([id, aliases]) => ({ id, label: { en: id }, aliases })) };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('compileMatcher: literal aliases', () => {
  it('rejects one literal alias on two concepts, case-insensitively, naming both', () => {
    const e = thrown(() => compileMatcher(catalog(['gpt', ['GPT']], ['other', ['x', 'gpt']])));
    expect(e).toBeInstanceOf(CatalogConflictError);
    expect(e).toBeInstanceOf(CatalogMatchError);
    const c = e as CatalogConflictError;
    expect(c.conceptId).toBe('other');
    expect(c.otherConceptId).toBe('gpt');
    expect(c.alias).toBe('gpt');
    expect(c.aliasIndex).toBe(1);
    expect(c.path).toBe('$.concepts[1].aliases[1]');
    expect(c.otherPath).toBe('$.concepts[0].aliases[0]');
    expect(c.message).toContain('"gpt"');
    expect(c.message).toContain('"other"');
    expect(c.message).toMatch(/remove it from one of them/);
  });

  it('merges case variants of one alias inside one concept', () => {
    const m = compileMatcher(catalog(['gpt', ['GPT', 'gpt', 'Gpt']]));
    expect(m.literals.filter((l) => !l.generated).map((l) => l.alias)).toEqual(['GPT']);
    expect(m.literals.filter((l) => l.generated).map((l) => l.alias)).toEqual(['GPTs']); // one plural, not three
    expect(m.aliasConcept.get('gpt')).toBe('gpt');
    expect(findMentions(m, 'gPt')).toEqual([{ concept: 'gpt', start: 0, end: 3 }]);
  });

  it.each([[''], ['   '], ['\u3000'], ['\n\t']])('rejects the blank alias %j', (alias) => {
    const e = thrown(() => compileMatcher(catalog(['a', ['ok', alias]])));
    expect(e).toBeInstanceOf(CatalogAliasError);
    expect((e as CatalogAliasError).path).toBe('$.concepts[0].aliases[1]');
    expect((e as Error).message).toMatch(/empty or only whitespace/);
  });

  it('rejects a duplicate concept id', () => {
    const e = thrown(() => compileMatcher(catalog(['a', ['x']], ['a', ['y']])));
    expect(e).toBeInstanceOf(CatalogAliasError);
    expect((e as CatalogAliasError).path).toBe('$.concepts[1].id');
  });

  it('rejects an alias that is neither a string nor a regex object', () => {
    const bad = { concepts: [{ id: 'a', label: { en: 'a' }, aliases: [42] }] } as unknown as Catalog;
    expect(() => compileMatcher(bad)).toThrow(CatalogAliasError);
  });

  it('exposes the tables: concept ids, literals, folded alias -> concept', () => {
    const m = compileMatcher(catalog(['a', ['Foo', '甲']], ['b', [{ regex: 'ba+r' }]]));
    expect(m.conceptIds).toEqual(['a', 'b']);
    // explicit aliases first, then the generated plural of the Latin one (none for 甲)
    expect(m.literals.map((l) => [l.folded, l.conceptIndex, l.aliasIndex, l.generated ?? false])).toEqual([
      ['foo', 0, 0, false],
      ['甲', 0, 1, false],
      ['foos', 0, 0, true]
    ]);
    expect([...m.aliasConcept]).toEqual([
      ['foo', 'a'],
      ['甲', 'a'],
      ['foos', 'a']
    ]);
    expect(m.regexes.map((r) => [r.source, r.flags, r.conceptIndex])).toEqual([['ba+r', 'iu', 1]]);
    expect(m.automaton?.patternCount).toBe(3);
  });
});

describe('compileMatcher: regex aliases', () => {
  const reject: [string, string | undefined, CatalogRegexError['problem']][] = [
    ['(', undefined, 'syntax'],
    ['[a-', undefined, 'syntax'],
    ['a{', undefined, 'syntax'], // invalid in u mode
    ['   ', undefined, 'syntax'],
    ['abc', 'g', 'flags'],
    ['abc', 'iy', 'flags'],
    ['a*', undefined, 'empty-match'],
    ['x?', undefined, 'empty-match'],
    ['\\b', undefined, 'empty-match'],
    ['(?=a)', undefined, 'empty-match'],
    ['a|', undefined, 'empty-match'],
    ['(a+)+', undefined, 'nested-quantifier'],
    ['(a*)*b', undefined, 'nested-quantifier'],
    ['(.*)*x', undefined, 'nested-quantifier'],
    ['(\\w+\\s?)+$', undefined, 'nested-quantifier'],
    ['((ab)?c)+', undefined, 'nested-quantifier'],
    ['(?:a{1,3}){2,}', undefined, 'nested-quantifier'],
    ['(a|a)*b', undefined, 'overlapping-alternation'],
    ['(a|ab)+', undefined, 'overlapping-alternation'],
    ['(A|a)+', undefined, 'overlapping-alternation'], // the same char once case is ignored
    ['(\\w|\\d)+', undefined, 'overlapping-alternation'],
    ['x(a|)+', undefined, 'overlapping-alternation'],
    ['(a)\\1', undefined, 'backreference'],
    ['(?<x>a)\\k<x>', undefined, 'backreference']
  ];
  it.each(reject)('rejects /%s/ (flags %s) as %s', (regex, flags, problem) => {
    const alias: Alias = flags === undefined ? { regex } : { regex, flags };
    const e = thrown(() => compileMatcher(catalog(['ok', ['fine']], ['bad', ['x1', alias]])));
    expect(e).toBeInstanceOf(CatalogRegexError);
    const r = e as CatalogRegexError;
    expect(r.problem).toBe(problem);
    expect(r.conceptId).toBe('bad');
    expect(r.aliasIndex).toBe(1);
    expect(r.path).toBe('$.concepts[1].aliases[1]');
    expect(r.message).toContain('$.concepts[1].aliases[1]');
    expect(r.message).toContain('"bad"');
  });

  it.each([
    ['GPT-?\\d+(?:\\.\\d+)?'],
    ['(?:foo|bar)+'],
    ['(ab)+'],
    ['colou?r'],
    ['[A-Z]{2,}\\d*'],
    ['a{2,3}'],
    ['(?:GPT|Claude)-\\d'],
    ['\\p{Script=Han}{2}模型'],
    ['(a+)?b'],
    ['(?<name>x+)y']
  ])('accepts /%s/', (regex) => {
    expect(() => compileMatcher(catalog(['ok', [{ regex }]]))).not.toThrow();
  });

  it('flags default to "iu"; "u" is always added', () => {
    const m = compileMatcher(catalog(['a', [{ regex: 'x' }]], ['b', [{ regex: 'y', flags: '' }]], ['c', [{ regex: 'z', flags: 'i' }]]));
    expect(m.regexes.map((r) => r.flags)).toEqual(['iu', 'u', 'iu']);
    expect(m.regexes.map((r) => r.regex.flags)).toEqual(['giu', 'gu', 'giu']);
  });
});

describe('formatAlias / parseFormattedAlias', () => {
  it.each<[Alias, string]>([
    ['GPT-4', 'GPT-4'],
    ['规模化', '规模化'],
    [{ regex: 'LLMs?' }, '/LLMs?/iu'],
    [{ regex: 'a/b', flags: 'u' }, '/a/b/u']
  ])('%j <-> %s', (alias, text) => {
    expect(formatAlias(alias)).toBe(text);
    const back = parseFormattedAlias(text);
    expect(typeof alias === 'string' ? back : formatAlias(back)).toEqual(typeof alias === 'string' ? alias : text);
  });
});
