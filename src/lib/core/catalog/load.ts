/**
 * Reading a catalog: JSON text -> checked Catalog. Syntax errors report line and column (./json-syntax.ts);
 * unknown keys come first, with a did-you-mean (./keys.ts); then shape errors with the JSON path (schema in
 * src/lib/core/contract/schema.ts); cross-entry rules come from ./check.ts. Pure: takes text.
 */
import type { Catalog } from '../contract/types';
import { validateCatalogShape } from '../contract/schema';
import { CatalogError } from '../errors';
import { checkCatalog, type CatalogIssue } from './check';
import { readJson } from './json-syntax';
import { unknownKeys } from './keys';

const HINT_SHAPE = 'Fix the catalog; the minimal form is {"concepts":[{"id":"x","label":{"en":"X"},"aliases":["x"]}]} (README, "Catalog format")';

export interface LoadedCatalog {
  catalog: Catalog;
  warnings: CatalogIssue[];
}

export function parseCatalog(text: string, file: string): LoadedCatalog {
  const read = readJson(text);
  if ('empty' in read) throw new CatalogError(file, [{ path: '$', message: 'the catalog file is empty' }], HINT_SHAPE, 1, 1);
  if ('syntax' in read) throw new CatalogError(file, [{ path: '$', message: `not valid JSON: ${read.syntax.message}` }], 'Check the JSON syntax near that line (a missing comma or quote?)', read.syntax.line, read.syntax.column);
  return catalogFromValue(read.value, file);
}

/** A catalog from a parsed JSON value (the file's, or the one inside a project file): checked as parseCatalog does. */
export function catalogFromValue(value: unknown, file: string): LoadedCatalog {
  const unknown = unknownKeys(value);
  const shape = validateCatalogShape(value);
  if (!shape.ok || unknown.length) {
    // a misspelt key first, with its suggestion; the shape problem it causes ("aliases" missing) is the same one
    const explained = new Set(unknown.flatMap((u) => (u.suggestion ? [`${u.parent}.${u.suggestion}`] : [])));
    const rest = shape.ok ? [] : shape.problems.filter((p) => !explained.has(p.path) && !unknown.some((u) => p.path === u.parent && /nrecognized key/.test(p.message)));
    throw new CatalogError(file, [...unknown.map((u) => ({ path: u.path, message: u.message })), ...rest], HINT_SHAPE);
  }
  const issues = checkCatalog(shape.value);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new CatalogError(file, errors, errors[0].hint);
  return { catalog: shape.value, warnings: issues.filter((i) => i.severity === 'warning') };
}
