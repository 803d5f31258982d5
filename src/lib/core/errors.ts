/**
 * The one error hierarchy of topicgraph. Every typed error derives from `TopicgraphError`, which carries where
 * the problem is (file and line, or a JSON path) and what to do about it, and formats itself on one line; the CLI
 * maps errors to exit codes with `instanceof` (a TopicgraphError is bad input: exit 1), the page shows
 * `format()`. Tests assert on the class, not on the wording. Pure: no fs, no DOM.
 *
 *   TopicgraphError
 *   ├── InputError            bad input read from a file (transcript, catalog, graph, output path)
 *   │   ├── SourceError       transcript bytes (source/decode.ts)
 *   │   ├── CatalogError      catalog JSON, shape or cross-entry rules
 *   │   ├── GraphFileError    a graph file that is not a topicgraph graph
 *   │   └── ProjectError      a project file (*.topicgraph.json) that is not one (core/project)
 *   ├── CatalogMatchError     a catalog the matcher cannot compile safely (match/errors.ts)
 *   ├── RegexBudgetError      a regex alias that did too much work on one passage (match/regex-vm.ts)
 *   ├── UsageError            a bad command line (cli/io.ts; exit 2)
 *   └── ...                   the image export, layout settings and layout worker errors
 */
export interface Where {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path such as `$.concepts[3].aliases[0]`. */
  path?: string;
}

export class TopicgraphError extends Error {
  readonly where: Where;
  readonly hint: string;
  constructor(message: string, where: Where = {}, hint = '') {
    super(message);
    // subclasses set their name literally: class names do not survive minification in the page's bundle
    this.name = 'TopicgraphError';
    this.where = where;
    this.hint = hint;
  }

  /** `file:line:col: message at JSON path. hint` on one line (parts that are unknown are left out). */
  format(): string {
    const w = this.where;
    const loc = [w.file, w.line, w.line !== undefined ? w.column : undefined].filter((x) => x !== undefined).join(':');
    const path = w.path && !(w.path === '$' && w.line !== undefined) && !this.message.includes(w.path) ? ` at ${w.path}` : '';
    const text = `${loc ? `${loc}: ` : ''}${this.message}${path}`.replace(/\s*\n\s*/g, ' ');
    return this.hint ? `${text.replace(/[.\s]+$/, '')}. ${this.hint}` : text;
  }
}

/** Bad input read from a file: the message says what, `where` names the file, `hint` what to do. */
export class InputError extends TopicgraphError {
  declare readonly where: Where & { file: string };
  constructor(where: Where & { file: string }, message: string, hint: string) {
    super(message, where, hint);
    this.name = 'InputError';
  }
}

/** The catalog is not JSON, has the wrong shape, or breaks a cross-entry rule. */
export class CatalogError extends InputError {
  readonly problems: Array<{ path: string; message: string }>;
  constructor(file: string, problems: Array<{ path: string; message: string }>, hint: string, line?: number, column?: number) {
    const first = problems[0];
    const at = (p: { path: string }) => (p.path && !(p.path === '$' && line !== undefined) ? ` at ${p.path}` : '');
    const rest = problems.slice(1, 3).map((p) => `${p.message}${at(p)}`);
    const hidden = problems.length - 1 - rest.length;
    const more = rest.length ? `; also: ${rest.join('; ')}${hidden > 0 ? ` (and ${hidden} more problem${hidden > 1 ? 's' : ''})` : ''}` : '';
    // the first problem's path goes right after its message, before the others
    super({ file, path: first?.path, line, column }, `${first?.message ?? 'invalid catalog'}${first ? at(first) : ''}${more}`, hint);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

/** A project file (`*.topicgraph.json`) that is not JSON or has the wrong shape; `where.path` is its JSON path. */
export class ProjectError extends InputError {
  constructor(where: Where & { file: string }, message: string, hint = 'Save the project again from the page, or fix the file (README, "Open your own transcript in the page")') {
    super(where, message, hint);
    this.name = 'ProjectError';
  }
}

/** The graph JSON given to `stats` (or loaded by the page) is not a valid topicgraph graph. */
export class GraphFileError extends InputError {
  constructor(where: Where & { file: string }, message: string) {
    super(where, message, 'Rebuild it with `topicgraph build` (or `npm run graph` for the bundled one)');
    this.name = 'GraphFileError';
  }
}
