/**
 * The project file without its validator (small, no zod: the page's open controls use it): the Project type,
 * the format constants, writing a project and a catalog file, telling a project from a transcript, and names.
 * Reading and checking a project is ./project.ts (zod; the build worker and the CLI use it). Pure.
 */
import type { BuildParameters, Catalog, SourceFormat } from '../contract/types';
import type { ProjectFile } from './schema';

export const PROJECT_FORMAT = 'topicgraph-project';
export const PROJECT_VERSION = 1;
/** The file name ending the page and the CLI recognise. */
export const PROJECT_SUFFIX = '.topicgraph.json';

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

/** True when a file opened as a transcript is a project: its name ends in .topicgraph.json, or it says so inside. */
export function looksLikeProject(name: string, head: string): boolean {
  if (name.toLowerCase().endsWith(PROJECT_SUFFIX)) return true;
  const start = head.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') && /"format"\s*:\s*"topicgraph-project"/.test(start.slice(0, 4096));
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
