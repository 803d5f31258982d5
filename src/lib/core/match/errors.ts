/**
 * Typed errors thrown by `compileMatcher` when a catalog cannot be matched safely.
 *
 * Every message says what is wrong, where (a JSON path into the catalog such as `$.concepts[3].aliases[1]`)
 * and what to do. No runtime dependencies; safe anywhere.
 */

/** Base class of every catalog problem found while compiling the matcher. */
export class CatalogMatchError extends Error {
  /** Id of the concept holding the offending alias. */
  readonly conceptId: string;
  /** Index of the alias inside the concept's `aliases` (-1 when the problem is the concept itself). */
  readonly aliasIndex: number;
  /** JSON path of the offending value, e.g. `$.concepts[3].aliases[1]`. */
  readonly path: string;

  constructor(message: string, conceptId: string, aliasIndex: number, path: string) {
    super(message);
    this.name = new.target.name;
    this.conceptId = conceptId;
    this.aliasIndex = aliasIndex;
    this.path = path;
  }
}

/** An alias that is empty or whitespace only, or a concept id that appears twice. */
export class CatalogAliasError extends CatalogMatchError {}

/** The same literal alias (after case folding) is claimed by two different concepts. */
export class CatalogConflictError extends CatalogMatchError {
  /** The alias as written in the second concept. */
  readonly alias: string;
  /** Id of the concept that claimed the alias first (catalog order). */
  readonly otherConceptId: string;
  /** JSON path of the first claim. */
  readonly otherPath: string;

  constructor(alias: string, conceptId: string, aliasIndex: number, path: string, otherConceptId: string, otherPath: string) {
    super(
      `${path}: alias ${JSON.stringify(alias)} of concept "${conceptId}" is also an alias of concept "${otherConceptId}" ` +
        `(${otherPath}; aliases are compared case-insensitively). A surface form can name only one concept: ` +
        `remove it from one of them, or merge the two concepts.`,
      conceptId,
      aliasIndex,
      path
    );
    this.alias = alias;
    this.otherConceptId = otherConceptId;
    this.otherPath = otherPath;
  }
}

export type CatalogRegexProblem = 'flags' | 'syntax' | 'empty-match' | 'nested-quantifier' | 'overlapping-alternation' | 'backreference';

/** A regex alias that does not compile, matches the empty string, or could backtrack catastrophically. */
export class CatalogRegexError extends CatalogMatchError {
  readonly problem: CatalogRegexProblem;
  /** The regex source as written in the catalog. */
  readonly regex: string;

  constructor(problem: CatalogRegexProblem, regex: string, conceptId: string, aliasIndex: number, path: string, detail: string) {
    super(`${path}: regex alias /${regex}/ of concept "${conceptId}" is rejected: ${detail}`, conceptId, aliasIndex, path);
    this.problem = problem;
    this.regex = regex;
  }
}
