/**
 * Reading a catalog: JSON text -> checked Catalog. Syntax errors report line and column; shape errors the JSON
 * path (schema in src/lib/core/contract/schema.ts); cross-entry rules come from ./check.ts. Pure: takes text.
 */
import type { Catalog } from '../contract/types';
import { validateCatalogShape } from '../contract/schema';
import { CatalogError } from '../errors';
import { checkCatalog, type CatalogIssue } from './check';

const HINT_SHAPE = 'Fix the catalog; the minimal form is {"concepts":[{"id":"x","label":{"en":"X"},"aliases":["x"]}]} (README, "Catalog format")';

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Best-effort offset of a JSON.parse error, from V8's messages ("at position 12", "line 3 column 5"). */
function syntaxErrorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    let off = 0;
    for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) off += lines[i].length + 1;
    return off + Number(lc[2]) - 1;
  }
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return undefined;
}

export interface LoadedCatalog {
  catalog: Catalog;
  warnings: CatalogIssue[];
}

export function parseCatalog(text: string, file: string): LoadedCatalog {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new CatalogError(file, [{ path: '$', message: 'the catalog file is empty' }], HINT_SHAPE, 1, 1);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const msg = (err as Error).message;
    const off = syntaxErrorOffset(body, msg);
    const lc = off === undefined ? undefined : lineColumn(body, off);
    const clean = msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new CatalogError(file, [{ path: '$', message: `not valid JSON: ${clean}` }], 'Check the JSON syntax near that line (a missing comma or quote?)', lc?.line, lc?.column);
  }
  const shape = validateCatalogShape(value);
  if (!shape.ok) throw new CatalogError(file, shape.problems, HINT_SHAPE);
  const issues = checkCatalog(shape.value);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new CatalogError(file, errors, errors[0].hint);
  return { catalog: shape.value, warnings: issues.filter((i) => i.severity === 'warning') };
}
