import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './did-you-mean';

describe('closestMatch', () => {
  it.each([
    ['alias', ['id', 'label', 'aliases', 'broader'], 'aliases'],
    ['broder', ['id', 'label', 'aliases', 'broader'], 'broader'],
    ['transcrpt', ['transcript', 'concepts', 'out'], 'transcript'],
    ['trans', ['transcript', 'concepts', 'out'], 'transcript'],
    ['biuld', ['build', 'validate', 'stats'], 'build'],
    ['colour', ['transcript', 'concepts', 'out', 'unit', 'format'], null],
    ['zz', ['id', 'en', 'zh'], 'zh']
  ])('%s in %j -> %s', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('biuld', 'build')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
