/**
 * A graph built in this browser from files the user opened (a transcript and a catalog): the files' bytes go to
 * the build worker ($lib/engine/build-client), which reports its stages and answers the graph, exactly as the CLI
 * would build it. Nothing is uploaded. Bad input gives the error view with the CLI's message (file, line or JSON
 * path, what to do), any other failure (a worker that cannot start) too. A cancelled build rejects with
 * CancelledError: the caller keeps the session it had.
 */
import { buildGraph, type BuildProgress, type BuildRequest, type BuildWarning, type OpenedFile } from '$lib/engine/build-client';
import { CancelledError, JobError } from '$lib/engine/protocol';
import type { Session, SessionError } from './session';

/** `Talk One.md` -> `talk-one` (the stem graphFileNameFor gives; here so the open controls' chunk stays off the page's). */
function shortName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.topicgraph\.json$/i, '').replace(/\.graph\.json$/i, '').replace(/\.[^.]*$/, '');
  const name = stem.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name || 'graph';
}

/** A File from an <input type="file"> or a drop, or its name and bytes. */
export type OpenedInput = OpenedFile | Pick<File, 'name' | 'arrayBuffer'>;

export interface BuildOptions extends Pick<BuildRequest, 'title' | 'format' | 'parameters' | 'discoverTop'> {
  onProgress?: (p: BuildProgress) => void;
  signal?: AbortSignal;
}

const TITLES: Record<string, string> = {
  SourceError: 'The transcript could not be read',
  CatalogError: 'The catalog has a problem',
  ProjectError: 'The project file has a problem',
  InputError: 'The transcript could not be used'
};

/** Its name and bytes (a File has a `bytes()` method of its own: test the value, not the key). */
async function bytesOf(f: OpenedInput): Promise<OpenedFile> {
  const b = (f as { bytes?: unknown }).bytes;
  if (b instanceof Uint8Array || b instanceof ArrayBuffer) return { name: f.name, bytes: b };
  return { name: f.name, bytes: await (f as Pick<File, 'arrayBuffer'>).arrayBuffer() };
}

/** The error view for a build that failed (bad input is worded as the CLI words it). */
export function buildError(e: unknown): SessionError {
  if (e instanceof JobError)
    return { kind: 'input', title: TITLES[e.kind] ?? 'The graph could not be built', problem: e.text, fix: e.hint && !e.text.includes(e.hint) ? [e.hint] : [] };
  return { kind: 'input', title: 'The graph could not be built', problem: e instanceof Error ? e.message : String(e), fix: [] };
}

/**
 * Builds the graph of `transcript` (or of a saved project opened in its place) with `catalog`, or with the
 * concepts discovery proposes when there is none; answers the ready session (its origin holds the project to edit
 * and save) or the error view.
 */
export async function openBuilt(transcript: OpenedInput, catalog?: OpenedInput | null, opts: BuildOptions = {}): Promise<Session> {
  const t = await bytesOf(transcript);
  const c = catalog ? await bytesOf(catalog) : undefined;
  const name = shortName(t.name);
  const { onProgress, signal, ...request } = opts;
  const origin = { kind: 'built' as const, transcript: t.name, catalog: c?.name ?? 'discovered', warnings: [] as BuildWarning[] };
  try {
    const r = await buildGraph({ ...request, transcript: t, ...(c ? { catalog: c } : {}) }, { onProgress, signal });
    return {
      status: 'ready',
      origin: { ...origin, transcript: r.project.transcript.name, catalog: r.graph.attributes.source.catalog, warnings: r.warnings, project: r.project, discovered: r.discovered },
      name: shortName(`${r.project.name}.x`),
      graph: r.graph
    };
  } catch (e) {
    if (e instanceof CancelledError) throw e; // the caller keeps what it had
    return { status: 'error', origin, name, error: buildError(e) };
  }
}
