/**
 * Loads and validates the bundled graph for the page: fetch -> JSON -> validateGraph. Never throws: returns the
 * graph or a typed error state whose message says what is wrong, where (JSON path) and what to do.
 * Runs at prerender time only (+page.server.ts): the page links a small graph by its length and hash
 * (linked-graph.ts); large graphs are fetched by the page and checked by the same code in a worker (graph-check.ts).
 */
import './zod-jitless'; // first: before the schema module builds its schemas
import { validateGraph } from '$lib/contract/schema';
import type { SerializedConceptGraph } from '$lib/contract/types';

export const GRAPH_URL = '/data/scaling-era.graph.json';
export const TRANSCRIPT_SLUG = 'scaling-era';

export type GraphLoad =
  | { status: 'ok'; graph: SerializedConceptGraph; transcript: string }
  | { status: 'error'; kind: GraphErrorKind; title: string; problem: string; fix: string[]; message: string };

export type GraphErrorKind = 'missing' | 'not-json' | 'invalid' | 'changed';

const TITLES: Record<GraphErrorKind, string> = {
  missing: 'The graph file was not found',
  'not-json': 'The graph file is not valid JSON',
  invalid: 'The graph file does not match the graph schema',
  changed: 'The graph file changed after the site was built'
};
/** How to rebuild: the data is inlined in the page at build time, so the site must be rebuilt after the graph. */
export const FIX_STEPS = [
  'Rebuild the graph: `npm run graph` (or `npx topicgraph build --transcript FILE --concepts FILE --out static/data/scaling-era.graph.json`).',
  'Then rebuild the site: `npm run build` (the graph is read when the page is built).'
];

export function loadError(kind: GraphErrorKind, problem: string): GraphLoad {
  return {
    status: 'error',
    kind,
    title: TITLES[kind],
    problem,
    fix: FIX_STEPS,
    message: `The graph file is missing or invalid: ${problem}. Rebuild it with \`npm run graph\`, then rebuild the site with \`npm run build\`.`
  };
}

export async function loadGraph(fetch: typeof globalThis.fetch, url = GRAPH_URL): Promise<GraphLoad> {
  return (await loadGraphText(fetch, url)).load;
}

/** loadGraph, with the file's text when it was read (the page links a small graph by its length and hash). */
export async function loadGraphText(fetch: typeof globalThis.fetch, url = GRAPH_URL): Promise<{ load: GraphLoad; text?: string }> {
  let text: string | undefined;
  const load = await readAndCheck(fetch, url, (t) => (text = t));
  return { load, text };
}

async function readAndCheck(fetch: typeof globalThis.fetch, url: string, onText: (text: string) => void): Promise<GraphLoad> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    return loadError('missing', `${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) return loadError('missing', `${url} answered HTTP ${res.status}`);
  let value: unknown;
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return loadError('missing', `${url} could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  onText(text);
  if (text.trim() === '') return loadError('not-json', `${url} is empty`);
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const cut = /end of JSON input|Unterminated/i.test(why) || !/[}\]]\s*$/.test(text) ? `; it stops after ${text.length} characters, so the file looks truncated` : '';
    return loadError('not-json', `${url} is not JSON (${why})${cut}`);
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
