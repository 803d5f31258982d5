/**
 * Typed errors for bad input. Every message says what is wrong, where (file and line, or JSON path) and what to
 * do; the CLI prints them on one line and exits 1. Tests assert on the class, not on the wording.
 */
export interface Where {
  file: string;
  line?: number;
  column?: number;
  /** JSON path such as `$.concepts[3].aliases[0]`. */
  path?: string;
}

export class InputError extends Error {
  readonly where: Where;
  readonly hint: string;
  constructor(where: Where, message: string, hint: string) {
    super(message);
    this.name = 'InputError';
    this.where = where;
    this.hint = hint;
  }
  /** `file:line:col: message (JSON path) — hint` on one line. */
  format(): string {
    const w = this.where;
    const loc = [w.file, w.line, w.line !== undefined ? w.column : undefined].filter((x) => x !== undefined).join(':');
    const path = w.path ? ` at ${w.path}` : '';
    const text = `${loc}: ${this.message}${path}`.replace(/\s*\n\s*/g, ' ');
    return this.hint ? `${text}. ${this.hint}` : text;
  }
}

/** The catalog is not JSON, has the wrong shape, or breaks a cross-entry rule. */
export class CatalogError extends InputError {
  readonly problems: Array<{ path: string; message: string }>;
  constructor(file: string, problems: Array<{ path: string; message: string }>, hint: string, line?: number, column?: number) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super({ file, path: first?.path, line, column }, `${first?.message ?? 'invalid catalog'}${more}`, hint);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

/** The graph JSON given to `stats` (or loaded by the page) is not a valid topicgraph graph. */
export class GraphFileError extends InputError {
  constructor(where: Where, message: string) {
    super(where, message, 'Rebuild it with `topicgraph build` (or `npm run graph` for the bundled one)');
    this.name = 'GraphFileError';
  }
}
