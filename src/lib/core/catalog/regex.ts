/**
 * Vetting of regular-expression aliases, one place for the catalog check (./check.ts) and the matcher
 * (../match/compile.ts). A pattern is accepted when it is at most MAX_REGEX_LENGTH characters, has flags among
 * `i` and `u`, compiles as a JavaScript RegExp in `u` mode, passes the static backtracking guard
 * (./regex-guard.ts: no nested quantifiers, no overlapping repeated alternatives, no back-references), runs on
 * the linear-time engine (../match/regex-vm.ts) and cannot match the empty string (assertions such as `\b`,
 * `^` or `(?=x)` count as empty). The engine bounds the matching work of every accepted pattern. Pure.
 */
import type { CatalogRegexProblem } from '../match/errors';
import { RegexUnsupportedError, RegexVM } from '../match/regex-vm';
import { findRegexHazard } from './regex-guard';

/** Longest pattern accepted (the guard and the compiler are linear in it, but no alias needs more). */
export const MAX_REGEX_LENGTH = 1000;

export interface RegexProblem {
  kind: CatalogRegexProblem;
  message: string;
  hint: string;
}

export type VettedRegex = { ok: true; flags: string; regex: RegExp; vm: RegexVM } | { ok: false; problem: RegexProblem };

const HINTS: Partial<Record<CatalogRegexProblem, string>> = {
  'nested-quantifier': 'Remove the nested repetition, e.g. (a+)+ -> a+, or list the forms as literal aliases',
  'overlapping-alternation': 'Make the alternatives start differently, e.g. (a|ab)+ -> (ab?)+, or list the forms as literal aliases',
  backreference: 'Back-references can backtrack without bound: list the forms as literal aliases instead'
};

/** The pattern as shown in messages: long ones are cut. */
export function showPattern(source: string): string {
  return `/${source.length > 60 ? `${source.slice(0, 57)}...` : source}/`;
}

export function vetRegexAlias(source: string, flags?: string): VettedRegex {
  const fail = (kind: CatalogRegexProblem, message: string, hint: string): VettedRegex => ({ ok: false, problem: { kind, message, hint } });
  const shown = showPattern(source);
  if (source.trim() === '') return fail('syntax', 'the regular expression is empty', 'Write a pattern or remove the alias');
  if (source.length > MAX_REGEX_LENGTH)
    return fail('too-long', `regular expression is ${source.length} characters long (at most ${MAX_REGEX_LENGTH})`, 'List the forms as literal aliases instead');
  const asked = flags ?? 'iu';
  if (!/^[iu]*$/.test(asked))
    return fail('flags', `flags "${asked}" of ${shown} may contain only "i" and "u"`, 'Remove the other flags (the matcher adds "g" itself)');
  const normalised = (asked.includes('i') ? 'i' : '') + 'u';
  let regex: RegExp;
  try {
    regex = new RegExp(source, normalised + 'g');
  } catch (err) {
    return fail(
      'syntax',
      `invalid regular expression ${shown}: ${(err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`,
      'Fix the pattern (JavaScript RegExp syntax with the "u" flag, no slashes; escape backslashes in JSON), or use a literal alias'
    );
  }
  const hazard = findRegexHazard(source, normalised.includes('i'));
  if (hazard)
    return fail(
      hazard.kind,
      `regular expression ${shown} can backtrack catastrophically (${hazard.detail})${hazard.kind === 'backreference' ? ': it uses a back-reference' : ''}`,
      HINTS[hazard.kind] ?? 'Simplify the pattern or use literal aliases'
    );
  let vm: RegexVM;
  try {
    vm = new RegexVM(source, normalised);
  } catch (err) {
    if (!(err instanceof RegexUnsupportedError)) throw err;
    return fail(
      err.construct === 'too-large' ? 'too-long' : 'unsupported',
      `regular expression ${shown} cannot run on the linear-time matcher: ${err.message}`,
      'Rewrite it without that construct, or list the forms as literal aliases'
    );
  }
  if (vm.nullable) return fail('empty-match', `regular expression ${shown} matches the empty string`, 'Make the pattern match at least one character');
  return { ok: true, flags: normalised, regex, vm };
}

/** The problem with a regex alias, or undefined when it is accepted. */
export function regexAliasProblem(source: string, flags?: string): RegexProblem | undefined {
  const v = vetRegexAlias(source, flags);
  return v.ok ? undefined : v.problem;
}
