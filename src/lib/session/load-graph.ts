/**
 * Loads and validates the bundled graph for the page: fetch -> JSON (graph-file.ts) -> validateGraph. Never throws: returns the
 * graph or a typed error state whose message says what is wrong, where (JSON path) and what to do.
 * Runs at prerender time only (+page.server.ts): the page links a small graph by its length and hash
 * (linked-graph.ts); large graphs are fetched by the page and checked by the same code in a worker (graph-check.ts).
 */
import '../core/contract/zod-jitless'; // first: before the schema module builds its schemas
import { validateGraph } from '$lib/core/contract/schema';
import { loadError, parseGraphText, readGraphText, type GraphLoad } from './graph-file';

export { FIX_STEPS, loadError, type GraphErrorKind, type GraphLoad } from './graph-file';

export const GRAPH_URL = '/data/scaling-era.graph.json';
export const TRANSCRIPT_SLUG = 'scaling-era';

export async function loadGraph(fetch: typeof globalThis.fetch, url = GRAPH_URL): Promise<GraphLoad> {
  return (await loadGraphText(fetch, url)).load;
}

/** loadGraph, with the file's text when it was read (the page links a small graph by its length and hash). */
export async function loadGraphText(fetch: typeof globalThis.fetch, url = GRAPH_URL): Promise<{ load: GraphLoad; text?: string }> {
  const read = await readGraphText(fetch, url);
  if ('error' in read) return { load: read.error };
  const parsed = parseGraphText(read.text, url);
  return { load: 'error' in parsed ? parsed.error : checkGraph(parsed.value, url), text: read.text };
}

export function checkGraph(value: unknown, url = GRAPH_URL): GraphLoad {
  const v = validateGraph(value);
  if (!v.ok) {
    const first = v.problems[0];
    const more = v.problems.length > 1 ? ` (and ${v.problems.length - 1} more)` : '';
    return loadError('invalid', `${first.message} at ${first.path} in ${url}${more}`);
  }
  return { status: 'ok', graph: v.value, transcript: TRANSCRIPT_SLUG };
}
