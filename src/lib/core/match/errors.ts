/**
 * Typed errors thrown by `compileMatcher` when a catalog cannot be matched safely.
 *
 * Every message says what is wrong, where (a JSON path into the catalog such as `$.concepts[3].aliases[1]`)
 * and what to do. Part of the one hierarchy of ../errors.ts. No runtime dependencies; safe anywhere.
 */
import { TopicgraphError } from '../errors';

/** Base class of every catalog problem found while compiling the matcher. */
export class CatalogMatchError extends TopicgraphError {
  /** Id of the concept holding the offending alias. */
  readonly conceptId: string;
  /** Index of the alias inside the concept's `aliases` (-1 when the problem is the concept itself). */
  readonly aliasIndex: number;
  /** JSON path of the offending value, e.g. `$.concepts[3].aliases[1]`. */
  readonly path: string;

  constructor(message: string, conceptId: string, aliasIndex: number, path: string) {
    super(message, { path });
    this.name = 'CatalogMatchError';
    this.conceptId = conceptId;
    this.aliasIndex = aliasIndex;
    this.path = path;
  }
}

/** An alias that is empty or whitespace only, or a concept id that appears twice. */
export class CatalogAliasError extends CatalogMatchError {
  constructor(message: string, conceptId: string, aliasIndex: number, path: string) {
    super(message, conceptId, aliasIndex, path);
    this.name = 'CatalogAliasError';
  }
}

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
    this.name = 'CatalogConflictError';
    this.alias = alias;
    this.otherConceptId = otherConceptId;
    this.otherPath = otherPath;
  }
}

export type CatalogRegexProblem =
  | 'flags'
  | 'syntax'
  | 'too-long'
  | 'empty-match'
  | 'nested-quantifier'
  | 'overlapping-alternation'
  | 'backreference'
  | 'unsupported';

/**
 * A regex alias that is too long, does not compile, matches the empty string, could backtrack catastrophically,
 * or uses a construct the linear-time engine cannot run (lookaround).
 */
export class CatalogRegexError extends CatalogMatchError {
  readonly problem: CatalogRegexProblem;
  /** The regex source as written in the catalog. */
  readonly regex: string;

  constructor(problem: CatalogRegexProblem, regex: string, conceptId: string, aliasIndex: number, path: string, detail: string) {
    const shown = regex.length > 60 ? `${regex.slice(0, 57)}...` : regex;
    super(`${path}: regex alias /${shown}/ of concept "${conceptId}" is rejected: ${detail}`, conceptId, aliasIndex, path);
    this.name = 'CatalogRegexError';
    this.problem = problem;
    this.regex = regex;
  }
}

/**
 * A regex alias spent its work budget on one passage (many matches, each followed by a long look-ahead): the build
 * stops rather than run for minutes. Names the alias and the passage.
 */
export class RegexBudgetError extends CatalogMatchError {
  /** The regex source as written in the catalog. */
  readonly regex: string;
  /** Id of the passage (p1, p2, ...), or null when the text was not a passage. */
  readonly passage: string | null;
  /** Steps spent when the scan stopped. */
  readonly steps: number;

  constructor(regex: string, conceptId: string, aliasIndex: number, path: string, passage: { id: string; lineStart: number } | null, steps: number) {
    const shown = regex.length > 60 ? `${regex.slice(0, 57)}...` : regex;
    const where = passage ? `passage ${passage.id} (transcript line ${passage.lineStart})` : 'the text';
    super(
      `${path}: regex alias /${shown}/ of concept "${conceptId}" did too much work on ${where}: ${steps} steps, ` +
        `more than a linear scan needs. Make it match less (e.g. replace .* with [^.]{0,40}), or use literal aliases`,
      conceptId,
      aliasIndex,
      path
    );
    this.name = 'RegexBudgetError';
    this.regex = regex;
    this.passage = passage?.id ?? null;
    this.steps = steps;
  }
}
