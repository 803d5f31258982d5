/**
 * Issue 15, catalogs: JSON syntax errors with line and column whatever the engine says (before: "at $" and no
 * position for `xyz`), unknown keys first with a did-you-mean (before: a type error and a hidden "1 more
 * problem"), aliases that can never match refused, regex aliases vetted exactly and quickly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsOf } from '../../../../tests/support/fc';
import { CatalogError } from '../errors';
import { jsonSyntaxProblem } from './json-syntax';
import { parseCatalog } from './load';
import { MAX_REGEX_LENGTH, regexAliasProblem } from './regex';

function error(text: string): CatalogError {
  try {
    parseCatalog(text, 'c.json');
  } catch (e) {
    if (e instanceof CatalogError) return e;
    throw e;
  }
  throw new Error('expected a CatalogError');
}

const concept = (extra: object) => JSON.stringify({ concepts: [{ id: 'x', label: { en: 'X' }, aliases: ['x'], ...extra }] });

describe('JSON syntax errors', () => {
  it.each([
    ['xyz', 1, 1, /expected a value/],
    ['{\n  "concepts": [\n    {"id": "x",}\n  ]\n}', 3, 16, /trailing comma is not allowed before .\}./],
    ['{"concepts": [1, 2,]}', 1, 20, /trailing comma/],
    ['{"a" 1}', 1, 6, /expected ':'/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": "x\ny"}', 1, 9, /raw line break/],
    ['{"a": 01}', 1, 8, /malformed number/],
    ['{"a": [1, 2}', 1, 12, /expected ',' or '\]'/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ['{"a": "unclosed', 1, 16, /not closed/]
  ])('%j at %d:%d', (text, line, column, message) => {
    const e = error(text);
    expect([e.where.line, e.where.column]).toEqual([line, column]);
    expect(e.message).toMatch(message);
    expect(e.format()).toMatch(new RegExp(`^c\\.json:${line}:${column}: not valid JSON`));
    expect(e.format()).not.toMatch(/ at \$/);
  });

  it('valid JSON has no syntax problem (seeded)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonSyntaxProblem(text)).toBeNull();
      }),
      { numRuns: runsOf(0.5) } // seed: the shared configuration's (tests/support/fc.ts)
    );
  });
});

describe('unknown keys', () => {
  it.each([
    [concept({ aliases: undefined, alias: ['x'] }), /^unknown key "alias" \(did you mean "aliases"\?\) at \$\.concepts\[0\]\.alias$/],
    [concept({ broder: 'y' }), /^unknown key "broder" \(did you mean "broader"\?\)/],
    [JSON.stringify({ titel: 't', concepts: [] }), /^unknown key "titel" \(did you mean "title"\?\) at \$\.titel; also: the catalog has no concepts/],
    [concept({ aliases: [{ text: 'x', exakt: true }] }), /^unknown key "exakt" \(did you mean "exact"\?\)/],
    [concept({ label: { en: 'X', fr: 'X' } }), /^unknown key "fr" \(expected "zh", "en"\)/]
  ])('%s', (text, message) => {
    expect(error(text).message).toMatch(message);
  });
});

describe('aliases that can never match', () => {
  it.each([
    ['...', /no letter, digit or symbol/],
    ['、', /no letter, digit or symbol/],
    ['\u200b', /made of invisible characters \(U\+200B\)/],
    ['\u00ad\u200b', /made of invisible characters \(U\+00AD\)/]
  ])('%j is refused', (alias, message) => {
    const e = error(concept({ aliases: ['ok', alias] }));
    expect(e.where.path).toBe('$.concepts[0].aliases[1]');
    expect(e.message).toMatch(message);
  });

  it('an invisible character among visible ones is a warning (it matches text that has it too)', () => {
    const { warnings } = parseCatalog(concept({ aliases: ['ok', 'chip\u200b'] }), 'c.json');
    expect(warnings.map((w) => [w.path, w.message])).toEqual([['$.concepts[0].aliases[1]', expect.stringMatching(/invisible character U\+200B/)]]);
  });

  it('symbols, emoji sequences and the new alias forms are fine', () => {
    const { catalog } = parseCatalog(concept({ aliases: ['C++', '👨‍👩‍👧', '$', { text: 'chip', exact: true }, { regex: 'chips?' }] }), 'c.json');
    expect(catalog.concepts[0].aliases).toHaveLength(5);
    expect(parseCatalog(JSON.stringify({ inflect: false, concepts: [{ id: 'x', label: { en: 'X' }, aliases: ['x'] }] }), 'c.json').catalog.inflect).toBe(false);
  });
});

describe('regex aliases', () => {
  it.each([
    ['(?=x)', 'empty-match'],
    ['\\b', 'empty-match'],
    ['^', 'empty-match'],
    ['(?<!a)', 'empty-match'],
    ['a(?=b)', undefined],
    ['(?<![a-z])AI', undefined],
    ['(a)\\1', 'backreference'],
    ['a'.repeat(MAX_REGEX_LENGTH + 1), 'too-long'],
    ['a{5000}', 'too-long']
  ])('/%s/ -> %s', (source, kind) => {
    expect(regexAliasProblem(source)?.kind).toBe(kind);
  });

  it('an 0.8 MB pattern is refused by its length, before the guard reads it (before: 17 s)', () => {
    const problem = regexAliasProblem('(?:ab)'.repeat(140_000));
    expect(problem?.kind).toBe('too-long');
    expect(problem?.message).toMatch(/840000 characters long/);
  });
});
