/**
 * Compiles a concept catalog into a `Matcher`: one Aho-Corasick automaton for all literal aliases (case-folded)
 * plus a list of vetted regex aliases, and the tables that map what they find back to concept ids.
 *
 * Checks done here (each throws a typed error from ./errors.ts, never a hang):
 * - empty / whitespace-only alias, duplicate concept id            -> CatalogAliasError
 * - one literal alias (after case folding) on two concepts         -> CatalogConflictError
 * - regex alias: bad flags, syntax error, matches the empty string,
 *   nested quantifier or overlapping alternation under repetition,
 *   back-reference                                                 -> CatalogRegexError
 * The same literal twice in one concept (e.g. "GPT" and "gpt") is simply merged.
 *
 * Pure: no fs, no DOM; the page and a Web Worker compile their own matcher from the catalog-derived aliases.
 */
import type { Alias, Catalog } from '../contract/types';
import { AhoCorasick } from './automaton';
import { CatalogAliasError, CatalogConflictError, CatalogRegexError } from './errors';
import { foldCase, getFoldTable, isWordCodePoint } from './fold';
import { findRegexHazard } from '../catalog/regex-guard';

/** A literal alias as compiled; its index in `Matcher.literals` is its automaton pattern index. */
export interface CompiledLiteral {
  conceptIndex: number;
  aliasIndex: number;
  /** As written in the catalog (first spelling when the concept lists several case variants). */
  alias: string;
  /** Case-folded form the automaton matches. */
  folded: string;
}

/** A regex alias as compiled. */
export interface CompiledRegex {
  conceptIndex: number;
  aliasIndex: number;
  /** The catalog's source, without slashes. */
  source: string;
  /** The flags the catalog asked for, normalised (`"iu"` by default, `u` always present). */
  flags: string;
  /** Compiled with `flags` + `g`; stateful (`lastIndex`), reset before every use. */
  regex: RegExp;
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

/** Probe texts on which a vetted regex must never produce a zero-length match. */
const EMPTY_PROBES = ['', ' ', 'a', 'A1', 'a b.', '中文', '\n', 'x-y_z 9'];

/** Compiles the catalog. Throws CatalogAliasError / CatalogConflictError / CatalogRegexError (see header). */
export function compileMatcher(catalog: Catalog): Matcher {
  const conceptIds: string[] = [];
  const seenIds = new Map<string, number>();
  const literals: CompiledLiteral[] = [];
  const regexes: CompiledRegex[] = [];
  /** folded alias -> index into literals */
  const byFolded = new Map<string, number>();

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
      if (typeof alias === 'string') {
        if (alias.trim().length === 0) {
          throw new CatalogAliasError(
            `${path}: alias of concept "${concept.id}" is empty or only whitespace; remove it or write the surface form.`,
            concept.id,
            ai,
            path
          );
        }
        const folded = foldCase(alias);
        const existing = byFolded.get(folded);
        if (existing !== undefined) {
          const other = literals[existing];
          if (other.conceptIndex === ci) return; // same concept, another spelling of the same alias: merge
          const otherId = conceptIds[other.conceptIndex];
          throw new CatalogConflictError(alias, concept.id, ai, path, otherId, `$.concepts[${other.conceptIndex}].aliases[${other.aliasIndex}]`);
        }
        byFolded.set(folded, literals.length);
        literals.push({ conceptIndex: ci, aliasIndex: ai, alias, folded });
      } else if (alias !== null && typeof alias === 'object' && typeof alias.regex === 'string') {
        regexes.push(compileRegexAlias(alias.regex, alias.flags, concept.id, ci, ai, path));
      } else {
        throw new CatalogAliasError(
          `${path}: alias of concept "${concept.id}" must be a non-empty string or {"regex": "...", "flags": "iu"}.`,
          concept.id,
          ai,
          path
        );
      }
    });
  });

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
  const fail = (problem: CatalogRegexError['problem'], detail: string): never => {
    throw new CatalogRegexError(problem, source, conceptId, aliasIndex, path, detail);
  };
  if (source.trim().length === 0) fail('syntax', 'the pattern is empty; write a pattern or remove the alias.');
  const asked = flags ?? 'iu';
  if (!/^[iu]*$/.test(asked)) {
    fail('flags', `flags "${asked}" may contain only "i" and "u" (the matcher adds "g" itself); fix "flags".`);
  }
  const normalised = (asked.includes('i') ? 'i' : '') + 'u';
  let regex: RegExp;
  try {
    regex = new RegExp(source, normalised + 'g');
  } catch (e) {
    return fail(
      'syntax',
      `it does not compile as a JavaScript regex with flags "${normalised}" (${(e as Error).message}); ` +
        `fix the pattern (remember to escape backslashes in JSON, and that the "u" flag is always on).`
    );
  }
  const hazard = findRegexHazard(source, normalised.includes('i'));
  if (hazard) {
    const fix =
      hazard.kind === 'nested-quantifier'
        ? 'Rewrite it without a quantifier inside a repeated group (e.g. (a+)+ -> a+)'
        : hazard.kind === 'overlapping-alternation'
          ? 'Rewrite the repeated alternation so its branches start with different characters'
          : 'Remove the back-reference';
    fail(hazard.kind, `${hazard.detail}. ${fix}, or list the surface forms as literal aliases instead.`);
  }
  for (const probe of EMPTY_PROBES) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(probe)) !== null) {
      if (m[0].length === 0) {
        fail('empty-match', `it can match the empty string (e.g. in ${JSON.stringify(probe)}); make at least one character required.`);
      }
    }
  }
  regex.lastIndex = 0;
  return { conceptIndex, aliasIndex, source, flags: normalised, regex };
}

/** How an alias is shown in the graph's node attributes: literals as is, regexes as `/source/flags`. */
export function formatAlias(alias: Alias): string {
  return typeof alias === 'string' ? alias : `/${alias.regex}/${alias.flags ?? 'iu'}`;
}

/**
 * Inverse of `formatAlias`, for a page that rebuilds a catalog from node aliases. A string of the form
 * `/source/flags` (flags only `i`/`u`, source non-empty) is read as a regex alias; caveat: a literal alias that
 * happens to look like that cannot be told apart.
 */
export function parseFormattedAlias(text: string): Alias {
  const m = /^\/(.+)\/([iu]*)$/s.exec(text);
  return m ? { regex: m[1], flags: m[2] } : text;
}
