/**
 * Compiles a concept catalog into a `Matcher`: one Aho-Corasick automaton for all literal aliases (case-folded)
 * plus a list of vetted regex aliases, and the tables that map what they find back to concept ids.
 *
 * Literal aliases (`"chip"` or `{"text": "chip", "exact": true}`) that end in a Latin word also match their
 * English plurals (./inflect.ts) unless they are exact or the catalog says `"inflect": false`; a generated form
 * never displaces an explicit alias of any concept.
 *
 * Checks done here (each throws a typed error from ./errors.ts, never a hang):
 * - empty, punctuation-only or invisible-character alias, duplicate concept id -> CatalogAliasError
 * - one literal alias (after case folding) on two concepts                    -> CatalogConflictError
 * - regex alias: too long, bad flags, syntax error, matches the empty string,
 *   nested quantifier or overlapping alternation under repetition,
 *   back-reference, lookaround (see ../catalog/regex.ts)                        -> CatalogRegexError
 * The same literal twice in one concept (e.g. "GPT" and "gpt") is simply merged.
 *
 * Pure: no fs, no DOM; the page and a Web Worker compile their own matcher from the catalog-derived aliases.
 */
import type { Alias, Catalog } from '../contract/types';
import { AhoCorasick } from './automaton';
import { CatalogAliasError, CatalogConflictError, CatalogRegexError } from './errors';
import { foldCase, getFoldTable, isWordCodePoint } from './fold';
import { englishPlurals } from './inflect';
import type { RegexVM } from './regex-vm';
import { formatAlias, inflects, isRegexAlias, literalAliasProblem, literalText } from '../catalog/aliases';
import { vetRegexAlias } from '../catalog/regex';

/** A literal alias as compiled; its index in `Matcher.literals` is its automaton pattern index. */
export interface CompiledLiteral {
  conceptIndex: number;
  aliasIndex: number;
  /** As written in the catalog (first spelling when the concept lists several case variants). */
  alias: string;
  /** Case-folded form the automaton matches. */
  folded: string;
  /** True for an English plural generated from the alias (see ./inflect.ts), absent for the alias itself. */
  generated?: true;
}

/** A regex alias as compiled. */
export interface CompiledRegex {
  conceptIndex: number;
  aliasIndex: number;
  /** The catalog's source, without slashes. */
  source: string;
  /** The flags the catalog asked for, normalised (`"iu"` by default, `u` always present). */
  flags: string;
  /** The native RegExp (`flags` + `g`), kept for reference; matching runs on `vm`. */
  regex: RegExp;
  /** The linear-time engine that finds the matches (./regex-vm.ts). */
  vm: RegexVM;
}

/** Pattern flag bits used on the hot path. */
export const CHECK_LEFT = 1; // alias starts with a Latin letter or digit: the char before must not be one
export const CHECK_RIGHT = 2; // alias ends with a Latin letter or digit: the char after must not be one
export const CHECK_START_PAIR = 4; // alias starts with a low surrogate: must not start inside a surrogate pair
export const CHECK_END_PAIR = 8; // alias ends with a high surrogate: must not end inside a surrogate pair

/** Everything needed to find mentions of the catalog's concepts in any text. Build once, reuse. */
export class Matcher {
  /** Concept ids in catalog order; concept indexes below refer to this array. */
  readonly conceptIds: readonly string[];
  readonly literals: readonly CompiledLiteral[];
  readonly regexes: readonly CompiledRegex[];
  /** Case-folded literal alias -> concept id. */
  readonly aliasConcept: ReadonlyMap<string, string>;
  /** Automaton over the folded literals (null when the catalog has none). */
  readonly automaton: AhoCorasick | null;
  /** Per pattern: concept index, length and CHECK_* bits (flat arrays for the scan loop). */
  readonly patternConcept: Int32Array;
  readonly patternLength: Int32Array;
  readonly patternFlags: Uint8Array;
  /**
   * Scratch ring used while scanning (length: a power of two >= the longest literal): per open start offset, the
   * longest valid candidate. All zero between scans; scans are synchronous, so one ring per matcher suffices.
   */
  readonly ring: { bestLen: Int32Array; bestPattern: Int32Array };

  constructor(conceptIds: readonly string[], literals: readonly CompiledLiteral[], regexes: readonly CompiledRegex[]) {
    this.conceptIds = conceptIds;
    this.literals = literals;
    this.regexes = regexes;
    this.aliasConcept = new Map(literals.map((l) => [l.folded, conceptIds[l.conceptIndex]]));
    this.patternConcept = Int32Array.from(literals, (l) => l.conceptIndex);
    this.patternLength = Int32Array.from(literals, (l) => l.folded.length);
    this.patternFlags = Uint8Array.from(literals, (l) => literalFlags(l.alias));
    this.automaton = literals.length > 0 ? new AhoCorasick(literals.map((l) => l.folded), { unitMap: getFoldTable() }) : null;
    let size = 1;
    while (size < (this.automaton?.maxPatternLength ?? 1)) size <<= 1;
    this.ring = { bestLen: new Int32Array(size), bestPattern: new Int32Array(size) };
  }
}

function literalFlags(alias: string): number {
  let flags = 0;
  const first = alias.codePointAt(0) as number;
  // Last code point: step back over a trailing surrogate pair.
  const lastUnit = alias.charCodeAt(alias.length - 1);
  const last =
    alias.length >= 2 && lastUnit >= 0xdc00 && lastUnit <= 0xdfff && isHigh(alias.charCodeAt(alias.length - 2))
      ? (alias.codePointAt(alias.length - 2) as number)
      : lastUnit;
  if (isWordCodePoint(first)) flags |= CHECK_LEFT;
  if (isWordCodePoint(last)) flags |= CHECK_RIGHT;
  if (isLow(alias.charCodeAt(0))) flags |= CHECK_START_PAIR;
  if (isHigh(lastUnit)) flags |= CHECK_END_PAIR;
  return flags;
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Compiles the catalog. Throws CatalogAliasError / CatalogConflictError / CatalogRegexError (see header). */
export function compileMatcher(catalog: Catalog): Matcher {
  const conceptIds: string[] = [];
  const seenIds = new Map<string, number>();
  const literals: CompiledLiteral[] = [];
  const regexes: CompiledRegex[] = [];
  /** folded alias -> index into literals */
  const byFolded = new Map<string, number>();
  /** Generated plural forms, added after every explicit alias so that an explicit alias always wins. */
  const plurals: CompiledLiteral[] = [];

  catalog.concepts.forEach((concept, ci) => {
    const conceptPath = `$.concepts[${ci}]`;
    const previous = seenIds.get(concept.id);
    if (previous !== undefined) {
      throw new CatalogAliasError(
        `${conceptPath}.id: concept id "${concept.id}" is already used by $.concepts[${previous}]; give each concept its own id.`,
        concept.id,
        -1,
        `${conceptPath}.id`
      );
    }
    seenIds.set(concept.id, ci);
    conceptIds.push(concept.id);

    const aliases: readonly Alias[] = Array.isArray(concept.aliases) ? concept.aliases : [];
    aliases.forEach((alias, ai) => {
      const path = `${conceptPath}.aliases[${ai}]`;
      const text = alias === null ? null : literalText(alias);
      if (text !== null) {
        const problem = literalAliasProblem(text);
        if (problem) throw new CatalogAliasError(`${path}: ${problem.message} (concept "${concept.id}"). ${problem.hint}.`, concept.id, ai, path);
        const folded = foldCase(text);
        const existing = byFolded.get(folded);
        if (existing !== undefined) {
          const other = literals[existing];
          if (other.conceptIndex === ci) return; // same concept, another spelling of the same alias: merge
          const otherId = conceptIds[other.conceptIndex];
          throw new CatalogConflictError(text, concept.id, ai, path, otherId, `$.concepts[${other.conceptIndex}].aliases[${other.aliasIndex}]`);
        }
        byFolded.set(folded, literals.length);
        literals.push({ conceptIndex: ci, aliasIndex: ai, alias: text, folded });
        if (inflects(alias, catalog))
          for (const form of englishPlurals(text)) plurals.push({ conceptIndex: ci, aliasIndex: ai, alias: form, folded: foldCase(form), generated: true });
      } else if (alias !== null && isRegexAlias(alias)) {
        regexes.push(compileRegexAlias(alias.regex, alias.flags, concept.id, ci, ai, path));
      } else {
        throw new CatalogAliasError(
          `${path}: alias of concept "${concept.id}" must be a non-empty string, {"text": "...", "exact": true} or {"regex": "...", "flags": "iu"}.`,
          concept.id,
          ai,
          path
        );
      }
    });
  });
  for (const form of plurals) {
    if (byFolded.has(form.folded)) continue; // an explicit alias (or an earlier form) has it
    byFolded.set(form.folded, literals.length);
    literals.push(form);
  }

  return new Matcher(conceptIds, literals, regexes);
}

function compileRegexAlias(
  source: string,
  flags: string | undefined,
  conceptId: string,
  conceptIndex: number,
  aliasIndex: number,
  path: string
): CompiledRegex {
  const vetted = vetRegexAlias(source, flags);
  if (!vetted.ok) throw new CatalogRegexError(vetted.problem.kind, source, conceptId, aliasIndex, path, `${vetted.problem.message}. ${vetted.problem.hint}.`);
  return { conceptIndex, aliasIndex, source, flags: vetted.flags, regex: vetted.regex, vm: vetted.vm };
}

export { formatAlias };

/**
 * Inverse of `formatAlias`, for a page that rebuilds a catalog from node aliases. A string of the form
 * `/source/flags` (flags only `i`/`u`, source non-empty) is read as a regex alias; caveat: a literal alias that
 * happens to look like that cannot be told apart.
 */
export function parseFormattedAlias(text: string): Alias {
  const m = /^\/(.+)\/([iu]*)$/s.exec(text);
  return m ? { regex: m[1], flags: m[2] } : text;
}
