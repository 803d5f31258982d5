/**
 * Public entry of the match stage: compile a catalog once, then find concept mentions in texts or passages.
 * Pure: no fs, no DOM (usable in Node, the browser and Web Workers).
 */
export { AhoCorasick, type OccurrenceCallback } from './automaton';
export {
  compileMatcher,
  formatAlias,
  parseFormattedAlias,
  Matcher,
  type CompiledLiteral,
  type CompiledRegex
} from './compile';
export { CatalogAliasError, CatalogConflictError, CatalogMatchError, CatalogRegexError, RegexBudgetError, type CatalogRegexProblem } from './errors';
export { englishPlurals } from './inflect';
export { RegexVM } from './regex-vm';
export { foldCase, isWordCodePoint } from './fold';
export { findMentions, matchPassages, regexStepBudget, type TextMention } from './matcher';
export { findRegexHazard, type RegexHazard } from '../catalog/regex-guard';
