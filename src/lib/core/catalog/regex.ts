/**
 * Safety checks for regular-expression aliases, with messages for catalog authors: the pattern must compile
 * (with the flags the matcher uses), must not match the empty string, and must not be prone to catastrophic
 * backtracking (the static check lives with the matcher: ./regex-guard.ts). The matcher
 * also runs regexes per passage only, never over the whole file, which bounds the work of any pattern that
 * passes. Pure.
 */
import { findRegexHazard } from './regex-guard';

export interface RegexProblem {
  message: string;
  hint: string;
}

const HINTS: Record<string, string> = {
  'nested-quantifier': 'Remove the nested repetition, e.g. (a+)+ -> a+, or list the forms as literal aliases',
  'overlapping-alternation': 'Make the alternatives start differently, e.g. (a|ab)+ -> (ab?)+, or list the forms as literal aliases',
  backreference: 'Back-references can backtrack without bound: list the forms as literal aliases instead'
};

export function regexAliasProblem(source: string, flags = 'iu'): RegexProblem | undefined {
  let re: RegExp;
  try {
    re = new RegExp(source, [...new Set((flags + 'gu').split(''))].join(''));
  } catch (err) {
    return {
      message: `invalid regular expression /${source}/: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`,
      hint: 'Fix the pattern (JavaScript RegExp syntax, no slashes), or use a literal alias'
    };
  }
  const hazard = findRegexHazard(source, flags.includes('i'));
  if (hazard)
    return {
      message: `regular expression /${source}/ can backtrack catastrophically (${hazard.detail})${hazard.kind === 'backreference' ? ': it uses a back-reference' : ''}`,
      hint: HINTS[hazard.kind] ?? 'Simplify the pattern or use literal aliases'
    };
  re.lastIndex = 0;
  if (re.test('')) return { message: `regular expression /${source}/ matches the empty string`, hint: 'Make the pattern match at least one character' };
  return undefined;
}
