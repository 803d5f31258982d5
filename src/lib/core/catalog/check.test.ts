import { describe, expect, it } from 'vitest';
import { parseCatalog } from './load';
import { checkCatalog } from './check';
import { regexAliasProblem } from './regex';
import { CatalogError } from '../errors';
import type { Catalog } from '../contract/types';

const c = (concepts: Catalog['concepts']): Catalog => ({ concepts });

describe('checkCatalog', () => {
  const cases: Array<[string, Catalog, string | null, string]> = [
    ['valid minimal', c([{ id: 'x', label: { en: 'X' }, aliases: ['x'] }]), null, ''],
    ['duplicate id', c([{ id: 'x', label: { en: 'X' }, aliases: ['x'] }, { id: 'x', label: { en: 'Y' }, aliases: ['y'] }]), '$.concepts[1].id', 'duplicate id'],
    ['unknown broader', c([{ id: 'x', label: { en: 'X' }, aliases: ['x'], broader: 'nope' }]), '$.concepts[0].broader', 'not the id'],
    ['self broader', c([{ id: 'x', label: { en: 'X' }, aliases: ['x'], broader: 'x' }]), '$.concepts[0].broader', 'names itself'],
    [
      'broader cycle',
      c([
        { id: 'a', label: { en: 'A' }, aliases: ['a'], broader: 'b' },
        { id: 'b', label: { en: 'B' }, aliases: ['b'], broader: 'c' },
        { id: 'c', label: { en: 'C' }, aliases: ['c'], broader: 'a' }
      ]),
      '$.concepts[0].broader',
      'cycle: a -> b -> c -> a'
    ],
    ['alias claimed twice (case-folded)', c([{ id: 'x', label: { en: 'X' }, aliases: ['AI'] }, { id: 'y', label: { en: 'Y' }, aliases: ['ai'] }]), '$.concepts[1].aliases[0]', 'claimed by both "x"'],
    ['invalid regex', c([{ id: 'x', label: { en: 'X' }, aliases: [{ regex: 'a(' }] }]), '$.concepts[0].aliases[0]', 'invalid regular expression'],
    ['catastrophic regex', c([{ id: 'x', label: { en: 'X' }, aliases: [{ regex: '(a+)+b' }] }]), '$.concepts[0].aliases[0]', 'catastrophically'],
    ['empty-matching regex', c([{ id: 'x', label: { en: 'X' }, aliases: [{ regex: 'a*' }] }]), '$.concepts[0].aliases[0]', 'empty string']
  ];
  it.each(cases)('%s', (_name, catalog, path, message) => {
    const errors = checkCatalog(catalog).filter((i) => i.severity === 'error');
    if (path === null) expect(errors).toEqual([]);
    else {
      expect(errors[0]?.path).toBe(path);
      expect(errors[0]?.message).toContain(message);
      expect(errors[0]?.hint.length).toBeGreaterThan(5);
    }
  });

  it('warns (not errors) on an alias repeated inside one concept', () => {
    const issues = checkCatalog(c([{ id: 'x', label: { en: 'X' }, aliases: ['x', 'X'] }]));
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
  });
});

describe('regex guard', () => {
  it.each([
    ['(a+)+', 'catastrophically'],
    ['(a*)*', 'catastrophically'],
    ['(a|aa)+', 'catastrophically'],
    ['(.*)*x', 'catastrophically'],
    ['(\\w+\\s?)*$', 'catastrophically'],
    ['((ab)+c)+', 'catastrophically'],
    ['(a)\\1', 'back-reference'],
    ['a(', 'invalid regular expression'],
    ['x?', 'empty string']
  ])('rejects /%s/', (source, message) => {
    const problem = regexAliasProblem(source);
    expect(problem?.message).toContain(message);
    expect(problem?.hint.length).toBeGreaterThan(10);
  });
  it.each(['GPT-?4(?:o)?', 'a+b+', '(ab)+', '[(a+)]+', '\\(a+\\)+', 'GPT-4(?!\\.\\d)'])('accepts /%s/', (source) => {
    expect(regexAliasProblem(source)).toBeUndefined();
  });
});

describe('parseCatalog', () => {
  it('reports JSON syntax errors with line and column', () => {
    const text = '{\n  "concepts": [\n    {"id": "x" "label": {"en": "X"}, "aliases": ["x"]}\n  ]\n}';
    try {
      parseCatalog(text, 'c.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CatalogError);
      const e = err as CatalogError;
      expect(e.where.line).toBe(3);
      expect(e.format()).toMatch(/^c\.json:3:\d+: not valid JSON/);
    }
  });
  it('reports shape errors with the JSON path', () => {
    expect(() => parseCatalog('{"concepts":[{"id":"x","label":{"en":"X"},"aliases":"x"}]}', 'c.json')).toThrowError(/aliases must be an array/);
    try {
      parseCatalog('{"concepts":[{"id":"x","label":{"en":"X"},"aliases":[""]}]}', 'c.json');
    } catch (err) {
      expect((err as CatalogError).format()).toContain('at $.concepts[0].aliases[0]');
    }
  });
  it('accepts the minimal form and a BOM', () => {
    const { catalog } = parseCatalog('\uFEFF{"concepts":[{"id":"x","label":{"en":"X"},"aliases":["x"]}]}', 'c.json');
    expect(catalog.concepts[0].id).toBe('x');
  });
  it('rejects an empty file', () => {
    expect(() => parseCatalog('  \n', 'c.json')).toThrowError(CatalogError);
  });
});
