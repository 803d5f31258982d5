/**
 * Loads and validates the bundled graph for the page: fetch -> JSON -> validateGraph. Never throws: returns the
 * graph or a typed error state whose message says what is wrong, where (JSON path) and what to do.
 */
import { validateGraph } from '$lib/contract/schema';
import type { SerializedConceptGraph } from '$lib/contract/types';

export const GRAPH_URL = '/data/scaling-era.graph.json';
export const TRANSCRIPT_SLUG = 'scaling-era';

export type GraphLoad =
  | { status: 'ok'; graph: SerializedConceptGraph; transcript: string }
  | { status: 'error'; kind: 'missing' | 'not-json' | 'invalid'; problem: string; message: string };

const advice = 'Rebuild it with `npm run graph`.';

export function loadError(kind: 'missing' | 'not-json' | 'invalid', problem: string): GraphLoad {
  return { status: 'error', kind, problem, message: `The graph file is missing or invalid: ${problem}. ${advice}` };
}

export async function loadGraph(fetch: typeof globalThis.fetch, url = GRAPH_URL): Promise<GraphLoad> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    return loadError('missing', `${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) return loadError('missing', `${url} answered HTTP ${res.status}`);
  let value: unknown;
  try {
    value = JSON.parse(await res.text());
  } catch (e) {
    return loadError('not-json', `${url} is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return checkGraph(value, url);
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
