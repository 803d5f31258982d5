/**
 * The site's own files: which graph file a site shows (its name is part of the build's configuration, so every
 * site built by scripts/build-site.ts names its own), and fetching them wherever the site is served from. The page
 * data names files from the site root (`/data/scaling-era.graph.json`, also the name the error messages show); the
 * one page of this site is the site's root document, so in the browser they are fetched relative to it
 * (`./data/...`), as SvelteKit's relative asset paths are: a copy of the build served under a sub-path
 * (`https://host/tools/topicgraph/`) finds its data too. Pure apart from the fetch it is given.
 */
import type { GraphFileProblem } from '$lib/engine/graph-file';
import { TopicgraphError } from '../core/errors';

/** The bundled site's graph file (static/data/), when the build names no other (TOPICGRAPH_GRAPH_FILE). */
export const DEFAULT_GRAPH_FILE = 'scaling-era.graph.json';
const SUFFIX = '.graph.json';
const NAME = /^[a-z0-9][a-z0-9._-]*$/;

export class SiteConfigError extends TopicgraphError {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
}

/** A site's graph file: its path from the site root and the transcript's short name (for exported file names). */
export interface SiteGraphFile {
  url: string;
  name: string;
}

/** `talk.graph.json` -> `/data/talk.graph.json`, name `talk`; anything but a plain `*.graph.json` name is refused. */
export function siteGraphFile(file: string = DEFAULT_GRAPH_FILE): SiteGraphFile {
  const name = file.endsWith(SUFFIX) ? file.slice(0, -SUFFIX.length) : '';
  if (!NAME.test(name) || name.includes('..'))
    throw new SiteConfigError(`graph file name "${file}": expected lowercase letters, digits, ".", "_" or "-" ending in ${SUFFIX} (e.g. talk${SUFFIX}), no folders`);
  return { url: `/data/${file}`, name };
}

/** The graph file name for a transcript or graph file (`Talk 2024.zh.md` -> `talk-2024.zh.graph.json`). */
export function graphFileNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = /\.graph\.json$/i.test(base) ? base.slice(0, -'.graph.json'.length) : base.replace(/\.[^.]*$/, '');
  const name = stem
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return `${name || 'graph'}${SUFFIX}`;
}

/** `/x/y` -> `./x/y`; anything else (absolute URLs, already relative paths) as it is. */
export function sitePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `.${path}` : path;
}

/** A fetch that resolves site-root paths against the document, for the page's data requests. */
export function siteFetch(f: typeof fetch): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => f(typeof input === 'string' ? sitePath(input) : input, init)) as typeof fetch;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A file's body (text or bytes), or the 'missing' problem (network failure, HTTP status, unreadable body). */
export async function readSiteFile<T>(fetch: typeof globalThis.fetch, url: string, body: (r: Response) => Promise<T>): Promise<{ body: T } | { problem: GraphFileProblem }> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    return { problem: { kind: 'missing', problem: `${url} could not be fetched (${why(e)})` } };
  }
  if (!res.ok) return { problem: { kind: 'missing', problem: `${url} answered HTTP ${res.status}` } };
  try {
    return { body: await body(res) };
  } catch (e) {
    return { problem: { kind: 'missing', problem: `${url} could not be read (${why(e)})` } };
  }
}
