/**
 * Reading project files (`*.topicgraph.json`, shape in ./schema.ts): text -> checked project (its catalog read
 * by the catalog's own reader, problems at `$.catalog...`). Writing them, and telling a project from a
 * transcript, is ./format.ts (re-exported here). Errors are ProjectError / CatalogError with file and JSON path.
 * Pure: takes and returns text, no fs, no DOM.
 */
import { catalogFromValue, type LoadedCatalog } from '../catalog/load';
import { readJson } from '../catalog/json-syntax';
import { CatalogError, ProjectError } from '../errors';
import { validateProjectShape, type ProjectFile } from './schema';
import type { Project } from './format';

export * from './format';

export interface LoadedProject {
  project: Project;
  /** The catalog's warnings (paths inside the project: `$.catalog...`). */
  warnings: LoadedCatalog['warnings'];
}

const inCatalog = (path: string) => path.replace(/^\$/, '$.catalog');

/** Reads a project file's text; throws ProjectError (shape) or CatalogError (its catalog) naming `file` and the JSON path. */
export function parseProject(text: string, file: string): LoadedProject {
  const read = readJson(text);
  if ('empty' in read) throw new ProjectError({ file, path: '$' }, 'the project file is empty');
  if ('syntax' in read) throw new ProjectError({ file, line: read.syntax.line, column: read.syntax.column }, `not valid JSON: ${read.syntax.message}`, 'Check the JSON syntax near that line, or save the project again');
  const shape = validateProjectShape(read.value);
  if (!shape.ok) {
    const first = shape.problems[0];
    const more = shape.problems.length > 1 ? ` (and ${shape.problems.length - 1} more problem${shape.problems.length > 2 ? 's' : ''})` : '';
    throw new ProjectError({ file, path: first.path }, `${first.message} at ${first.path}${more}`);
  }
  const p: ProjectFile = shape.value;
  let loaded: LoadedCatalog | undefined;
  if (p.catalog !== undefined) {
    try {
      loaded = catalogFromValue(p.catalog, file);
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      throw new CatalogError(file, e.problems.map((q) => ({ path: inCatalog(q.path), message: q.message })), e.hint);
    }
  }
  return {
    project: {
      name: p.name.trim(),
      ...(p.title?.trim() ? { title: p.title.trim() } : {}),
      transcript: { name: p.transcript.name, text: p.transcript.text, ...(p.transcript.format ? { format: p.transcript.format } : {}) },
      ...(loaded ? { catalog: loaded.catalog } : {}),
      ...(p.discover ? { discoverTop: p.discover.top } : {}),
      ...(p.parameters ? { parameters: p.parameters } : {}),
      view: p.view?.query ?? ''
    },
    warnings: (loaded?.warnings ?? []).map((w) => ({ ...w, path: inCatalog(w.path) }))
  };
}

