/**
 * What the prerendered page carries, and how a large graph reaches the page.
 *
 * A small graph (see $lib/viz/renderer) is validated at build time and inlined in the HTML, so the first paint
 * draws it from the build-time positions and the browser never validates it again. It is inlined as JSON text (one
 * string in SvelteKit's data script, parsed with JSON.parse on hydration): a few hundred KB of object literal
 * cost the HTML parser tens of milliseconds of script evaluation before the first paint. A large graph is not inlined
 * (megabytes of HTML, and SVG could not draw it anyway): the page gets a `deferred` pointer with its counts and
 * title, fetches the file after hydration, checks the fields the first Canvas render touches, draws, and runs the
 * full schema validation (load-graph.ts, zod) in a Web Worker at the same time; when that fails the page replaces
 * the graph by the error view. Nothing here touches the DOM.
 */
import type { SerializedConceptGraph } from '$lib/contract/types';
import { isLargeGraph } from '$lib/viz/renderer';
import type { GraphLoad } from './load-graph';
import type { CheckReply } from './graph-check';

export interface DeferredGraph {
  status: 'deferred';
  url: string;
  transcript: string;
  title: string;
  nodes: number;
  edges: number;
}

/** A small graph, already validated, as JSON text. */
export interface InlineGraph {
  status: 'inline';
  json: string;
  transcript: string;
}

export type PageGraph = InlineGraph | DeferredGraph | Extract<GraphLoad, { status: 'error' }>;

/** At prerender: keep a small graph inline (as JSON text), replace a large one by a pointer to its file. */
export function toPageGraph(load: GraphLoad, url: string): PageGraph {
  if (load.status !== 'ok') return load;
  const counts = { nodes: load.graph.nodes.length, edges: load.graph.edges.length };
  if (!isLargeGraph(counts)) return { status: 'inline', json: JSON.stringify(load.graph), transcript: load.transcript };
  return { status: 'deferred', url, transcript: load.transcript, title: load.graph.attributes.title, ...counts };
}

/** The graph to draw, from the page data or a fetched graph; null while there is none (deferred, error). */
export function graphOf(p: PageGraph | GraphLoad): { graph: SerializedConceptGraph; transcript: string } | null {
  if (p.status === 'inline') return { graph: JSON.parse(p.json) as SerializedConceptGraph, transcript: p.transcript };
  if (p.status === 'ok') return { graph: p.graph, transcript: p.transcript };
  return null;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * The part of the schema the first render relies on (keys, positions, labels, counts, edge ends and weights):
 * a JSON path of the first problem, or null. The full validation follows in the worker.
 */
export function renderProblem(v: unknown): string | null {
  if (!isObj(v)) return '$';
  const a = v.attributes;
  if (!isObj(a) || typeof a.title !== 'string' || !isObj(a.source) || !isObj(a.parameters)) return '$.attributes';
  for (const k of ['sections', 'speakers', 'passages'] as const) if (!Array.isArray(a[k])) return `$.attributes.${k}`;
  if (!Array.isArray(v.nodes)) return '$.nodes';
  if (!Array.isArray(v.edges)) return '$.edges';
  const keys = new Set<string>();
  for (let i = 0; i < v.nodes.length; i++) {
    const n = v.nodes[i];
    if (!isObj(n) || typeof n.key !== 'string') return `$.nodes[${i}].key`;
    const at = n.attributes;
    if (!isObj(at) || !finite(at.x) || !finite(at.y) || !isObj(at.label) || !Array.isArray(at.mentions) || !isObj(at.bySection)) return `$.nodes[${i}].attributes`;
    for (const f of ['community', 'passageCount', 'degree', 'weightedDegree', 'betweenness'] as const) if (!finite(at[f])) return `$.nodes[${i}].attributes.${f}`;
    keys.add(n.key);
  }
  for (let i = 0; i < v.edges.length; i++) {
    const e = v.edges[i];
    if (!isObj(e) || typeof e.key !== 'string' || typeof e.source !== 'string' || typeof e.target !== 'string') return `$.edges[${i}]`;
    if (!keys.has(e.source) || !keys.has(e.target)) return `$.edges[${i}].source`;
    const at = e.attributes;
    if (!isObj(at) || !finite(at.weight) || !finite(at.jaccard) || !finite(at.npmi) || !Array.isArray(at.passages)) return `$.edges[${i}].attributes`;
  }
  return null;
}

export interface FetchedGraph {
  /** The parsed graph, ready to draw (shape of the render fields checked), or the error to show. */
  load: GraphLoad;
  /** The full schema validation (resolves to the same graph, or to the error that must replace it). */
  validated: Promise<GraphLoad>;
}

export type GraphError = Extract<GraphLoad, { status: 'error' }>;
/** What the validator answers: fine, or the error view's content (never the graph itself: no copy back). */
export type { CheckReply };
type Check = (text: string, url: string) => Promise<CheckReply>;

/** Full validation off the main thread (a module worker); in the same thread where there are no workers. */
export const checkInWorker: Check = (text, url) => {
  if (typeof Worker === 'undefined') return checkHere(text, url);
  return new Promise<CheckReply>((resolve) => {
    const w = new Worker(new URL('./graph-check.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<CheckReply>) => {
      w.terminate();
      resolve(e.data);
    };
    w.onerror = () => {
      w.terminate();
      checkHere(text, url).then(resolve);
    };
    w.postMessage({ text, url });
  });
};

/** The same check in this thread (graph-check.worker.ts runs `checkText`). */
async function checkHere(text: string, url: string): Promise<CheckReply> {
  const { checkText } = await import('./graph-check');
  return checkText(text, url);
}

/** The loader's own error for a URL that fails (the loader, with zod, is only imported on this rare path). */
async function loaderError(fetchFn: typeof fetch, url: string): Promise<GraphError> {
  const { loadGraph, loadError } = await import('./load-graph');
  const r = await loadGraph(fetchFn, url);
  return (r.status === 'error' ? r : loadError('missing', `${url} changed while it was loaded; reload the page`)) as GraphError;
}

/**
 * Fetches a deferred graph: returns it as soon as it is parsed and its render fields are checked, with the full
 * validation as a promise. Never throws; network and parse errors come back as the error view's GraphLoad.
 */
export async function fetchDeferred(d: DeferredGraph, fetchFn: typeof fetch = fetch, check: Check = checkInWorker): Promise<FetchedGraph> {
  const fail = (load: GraphLoad): FetchedGraph => ({ load, validated: Promise.resolve(load) });
  let text: string;
  try {
    const res = await fetchFn(d.url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch {
    return fail(await loaderError(fetchFn, d.url));
  }
  if (typeof performance !== 'undefined') performance.mark('tg:data-loaded');
  const validated = check(text, d.url);
  let value: unknown = undefined;
  try {
    value = JSON.parse(text);
  } catch {
    /* the validator words the parse error (truncation etc.) */
  }
  const problem = value === undefined ? '$' : renderProblem(value);
  if (problem !== null) {
    const r = await validated;
    if (r.status === 'error') return fail(r);
    const { loadError } = await import('./load-graph');
    return fail(loadError('invalid', `unexpected value at ${problem} in ${d.url}`));
  }
  const load: GraphLoad = { status: 'ok', graph: value as SerializedConceptGraph, transcript: d.transcript };
  return { load, validated: validated.then((r) => (r.status === 'ok' ? load : r)) };
}
