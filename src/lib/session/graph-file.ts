/**
 * Reading the graph file, without the schema: fetch -> text -> JSON, and the error view's content (what is wrong,
 * how to rebuild). No zod here, so the page can use it on its start-up path (linked-graph.ts); the schema check
 * is load-graph.ts. Never throws.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';

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
/** How to rebuild: the graph is drawn into the page when the site is built, so the site must be rebuilt after it. */
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

type GraphError = Extract<GraphLoad, { status: 'error' }>;
const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The file's text, or the 'missing' error (network failure, HTTP status, unreadable body). */
export async function readGraphText(fetch: typeof globalThis.fetch, url: string): Promise<{ text: string } | { error: GraphError }> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    return { error: loadError('missing', `${url} could not be fetched (${why(e)})`) as GraphError };
  }
  if (!res.ok) return { error: loadError('missing', `${url} answered HTTP ${res.status}`) as GraphError };
  try {
    return { text: await res.text() };
  } catch (e) {
    return { error: loadError('missing', `${url} could not be read (${why(e)})`) as GraphError };
  }
}

/** The parsed JSON, or the 'not-json' error (empty file, syntax error; a cut-off file is called truncated). */
export function parseGraphText(text: string, url: string): { value: unknown } | { error: GraphError } {
  if (text.trim() === '') return { error: loadError('not-json', `${url} is empty`) as GraphError };
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const w = why(e);
    const cut = /end of JSON input|Unterminated/i.test(w) || !/[}\]]\s*$/.test(text) ? `; it stops after ${text.length} characters, so the file looks truncated` : '';
    return { error: loadError('not-json', `${url} is not JSON (${w})${cut}`) as GraphError };
  }
}
