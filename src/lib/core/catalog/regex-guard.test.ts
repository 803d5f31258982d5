import { describe, expect, it } from 'vitest';
import { findRegexHazard } from './regex-guard';

describe('findRegexHazard', () => {
  it.each([
    ['(a+)+', 'nested-quantifier'],
    ['(a*)*', 'nested-quantifier'],
    ['(a?)+', 'nested-quantifier'],
    ['(.*)*', 'nested-quantifier'],
    ['(?:x|y+)*', 'nested-quantifier'],
    ['((a)+b)+', 'nested-quantifier'],
    ['(a{2,5})+', 'nested-quantifier'],
    ['(a+){2}', 'nested-quantifier'],
    ['(?<n>\\d+)*', 'nested-quantifier'],
    ['(a|a)*', 'overlapping-alternation'],
    ['(ab|ac)+', 'overlapping-alternation'],
    ['(.|x)+', 'overlapping-alternation'],
    ['([ab]|c)+', 'overlapping-alternation'],
    ['(\\u0041|A)+', 'overlapping-alternation'],
    ['(|a)+', 'overlapping-alternation'],
    ['(a)\\1', 'backreference']
  ])('%s -> %s', (source, kind) => {
    expect(findRegexHazard(source, false)?.kind).toBe(kind);
  });

  it.each([
    ['a+'],
    ['.*foo.*'],
    ['(abc)+'],
    ['(a|b|c)+'],
    ['(a+)?'],
    ['(a+){1}'],
    ['(ab){3}'],
    ['[(+*)]+'],
    ['\\(a+\\)+'],
    ['(?:GPT|gemini)-?\\d'],
    ['(?=a+)b'],
    ['\\p{L}+'],
    ['\\u{1F600}+']
  ])('%s is safe', (source) => {
    expect(findRegexHazard(source, false)).toBeNull();
  });

  it('case folding makes (A|a)+ overlap only with ignoreCase', () => {
    expect(findRegexHazard('(A|a)+', false)).toBeNull();
    expect(findRegexHazard('(A|a)+', true)?.kind).toBe('overlapping-alternation');
  });
});
