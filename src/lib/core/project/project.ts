/**
 * Reading and writing project files (`*.topicgraph.json`, shape in ./schema.ts): text -> checked project (its
 * catalog read by the catalog's own reader, problems at `$.catalog...`), project -> text, and how to tell a
 * project from a transcript when a file is opened. Errors are ProjectError / CatalogError with file and JSON path.
 * Pure: takes and returns text, no fs, no DOM.
 */
import type { BuildParameters, Catalog, SourceFormat } from '../contract/types';
import { parseCatalog, lineColumn, type LoadedCatalog } from '../catalog/load';
import { jsonSyntaxProblem } from '../catalog/json-syntax';
import { CatalogError, ProjectError } from '../errors';
import { PROJECT_FORMAT, PROJECT_SUFFIX, PROJECT_VERSION, validateProjectShape, type ProjectFile } from './schema';

/** A project as the page and the CLI use it: the catalog checked and typed. */
export interface Project {
  name: string;
  title?: string;
  transcript: { name: string; text: string; format?: SourceFormat };
  catalog?: Catalog;
  /** Without a catalog: how many concepts to discover. */
  discoverTop?: number;
  parameters?: Partial<BuildParameters>;
  /** The explorer's URL query ('' = the default view). */
  view: string;
}

export interface LoadedProject {
  project: Project;
  /** The catalog's warnings (paths inside the project: `$.catalog...`). */
  warnings: LoadedCatalog['warnings'];
}

const inCatalog = (path: string) => path.replace(/^\$/, '$.catalog');

/** True when a file opened as a transcript is a project: its name ends in .topicgraph.json, or it says so inside. */
export function looksLikeProject(name: string, head: string): boolean {
  if (name.toLowerCase().endsWith(PROJECT_SUFFIX)) return true;
  const start = head.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') && /"format"\s*:\s*"topicgraph-project"/.test(start.slice(0, 4096));
}

/** Reads a project file's text; throws ProjectError (shape) or CatalogError (its catalog) naming `file` and the JSON path. */
export function parseProject(text: string, file: string): LoadedProject {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ProjectError({ file, path: '$' }, 'the project file is empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const problem = jsonSyntaxProblem(body) ?? { offset: body.length, message: (err as Error).message };
    const lc = lineColumn(body, problem.offset);
    throw new ProjectError({ file, line: lc.line, column: lc.column }, `not valid JSON: ${problem.message}`, 'Check the JSON syntax near that line, or save the project again');
  }
  const shape = validateProjectShape(value);
  if (!shape.ok) {
    const first = shape.problems[0];
    const more = shape.problems.length > 1 ? ` (and ${shape.problems.length - 1} more problem${shape.problems.length > 2 ? 's' : ''})` : '';
    throw new ProjectError({ file, path: first.path }, `${first.message} at ${first.path}${more}`);
  }
  const p: ProjectFile = shape.value;
  let loaded: LoadedCatalog | undefined;
  if (p.catalog !== undefined) {
    try {
      loaded = parseCatalog(JSON.stringify(p.catalog), file);
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

/** The project file's text (stable key order, 2-space indent, trailing newline). */
export function serializeProject(project: Project, savedAt?: Date): string {
  const file: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: project.name,
    ...(project.title ? { title: project.title } : {}),
    transcript: { name: project.transcript.name, ...(project.transcript.format ? { format: project.transcript.format } : {}), text: project.transcript.text },
    ...(project.catalog ? { catalog: project.catalog } : {}),
    ...(!project.catalog && project.discoverTop ? { discover: { top: project.discoverTop } } : {}),
    ...(project.parameters && Object.keys(project.parameters).length ? { parameters: project.parameters } : {}),
    view: { query: project.view },
    ...(savedAt ? { savedAt: savedAt.toISOString() } : {})
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** The catalog file's text for "Download catalog" (what `topicgraph validate` reads). */
export function serializeCatalog(catalog: Catalog): string {
  return JSON.stringify(catalog, null, 2) + '\n';
}

/** A project's short name from a file name: `talk.zh.md` -> `talk.zh`, `x.topicgraph.json` -> `x`. */
export function projectNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const lower = base.toLowerCase();
  const stem = lower.endsWith(PROJECT_SUFFIX) ? base.slice(0, -PROJECT_SUFFIX.length) : base.replace(/\.(md|markdown|txt|text|srt|vtt)$/i, '');
  const clean = stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return clean || 'transcript';
}
