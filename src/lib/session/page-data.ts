/**
 * What the prerendered page carries, and how a large graph reaches the page.
 *
 * A small graph (see $lib/viz/renderer) is validated at build time and drawn in the prerendered HTML from the
 * build-time positions; the data for hydration is its file, linked by length and hash and preloaded
 * (linked-graph.ts), so the HTML stays small and the browser never validates it again. A large graph is not drawn
 * (megabytes of HTML, and SVG could not draw it anyway): the page gets a `deferred` pointer with its counts and
 * title, fetches the file after hydration, checks the fields the first Canvas render touches, draws, and runs the
 * full schema validation (load-graph.ts, zod) in a Web Worker at the same time; when that fails the page replaces
 * the graph by the error view. Nothing here touches the DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import type { ModelOptions } from '$lib/viz/canvas-model';
import type { PreviewPicture } from '$lib/viz/canvas-draw';
import { DEFAULT_EDGE_MEASURE, DEFAULT_LANGUAGE, DEFAULT_NODE_SIZE, EDGE_MEASURES, isOneOf, LANGUAGES, NODE_SIZES } from '$lib/viz/measures';
import { isLargeGraph } from '$lib/viz/renderer';
import type { LoadReply, LoadRequest, PreviewFrame } from '../engine/graph-load.worker';
import type { GraphLoad } from './load-graph';
import type { CheckReply } from './graph-check';
import { linkGraph, type LinkedGraph } from './linked-graph';

export interface DeferredGraph {
  status: 'deferred';
  url: string;
  transcript: string;
  title: string;
  nodes: number;
  edges: number;
}

export type PageGraph = LinkedGraph | DeferredGraph | Extract<GraphLoad, { status: 'error' }>;

/**
 * At prerender: a small graph is linked (its file, length and hash; the server render gets the graph itself
 * through `prerendered`), a large one replaced by a pointer to its file.
 */
export function toPageGraph(load: GraphLoad, url: string, text?: string): PageGraph {
  if (load.status !== 'ok') return load;
  const counts = { nodes: load.graph.nodes.length, edges: load.graph.edges.length };
  if (!isLargeGraph(counts)) return linkGraph(text ?? JSON.stringify(load.graph), url, load.transcript);
  return { status: 'deferred', url, transcript: load.transcript, title: load.graph.attributes.title, ...counts };
}

/** The graph to draw, from a loaded or fetched graph; null while there is none (linked, deferred, error). */
export function graphOf(p: PageGraph | GraphLoad): { graph: SerializedConceptGraph; transcript: string } | null {
  if (p.status === 'ok') return { graph: p.graph, transcript: p.transcript };
  return null;
}

export { renderProblem } from './render-check';
import { renderProblem } from './render-check';

export interface FetchedGraph {
  /** The parsed graph, ready to draw (shape of the render fields checked), or the error to show. */
  load: GraphLoad;
  /** The full schema validation (resolves to the same graph, or to the error that must replace it). */
  validated: Promise<GraphLoad>;
}

export type GraphError = Extract<GraphLoad, { status: 'error' }>;
/** What the validator answers: fine, or the error view's content (never the graph itself: no copy back). */
export type { CheckReply };

export type { PreviewFrame, PreviewPicture };

/**
 * A preview of a large graph, from the loading worker's own parse: drawn there for `frame` (the stage) when it
 * can, else its Canvas display cache for the page to draw.
 */
export interface PreviewRequest {
  options: ModelOptions;
  frame?: PreviewFrame;
  /** Called with the picture; resolves once the page has painted it (the page's own parse waits for that). */
  show: (picture: PreviewPicture) => Promise<void>;
}
/** Validates the file's bytes (the checker gets its own copy); may show a preview first. */
type Check = (bytes: ArrayBuffer, url: string, preview?: PreviewRequest) => Promise<CheckReply>;

const decode = (bytes: ArrayBuffer) => new TextDecoder('utf-8').decode(bytes);

/**
 * Full validation off the main thread (graph-load.worker.ts), with a preview first when asked; in this thread
 * (no preview) where there are no workers.
 */
export const checkInWorker: Check = (bytes, url, preview) => {
  if (typeof Worker === 'undefined') return checkHere(decode(bytes), url);
  return new Promise<CheckReply>((resolve) => {
    const w = spare ?? newLoader();
    spare = null;
    w.onmessage = (e: MessageEvent<LoadReply>) => {
      if (e.data.type === 'preview') preview?.show(e.data.picture);
      else {
        w.terminate();
        resolve(e.data.reply);
      }
    };
    w.onerror = () => {
      w.terminate();
      checkHere(decode(bytes), url).then(resolve);
    };
    // a copy, moved (not cloned) to the worker: it decodes and parses it while this thread stays free
    const copy = bytes.slice(0);
    const request: LoadRequest = { bytes: copy, url, preview: preview ? { options: preview.options, frame: preview.frame ?? null } : null };
    w.postMessage(request, [copy]);
  });
};

const newLoader = () => new Worker(new URL('../engine/graph-load.worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

/** Starts the loading worker ahead of the data (its script loads and compiles while the file downloads). */
export function prepareLoader(): void {
  if (typeof Worker !== 'undefined' && !spare) spare = newLoader();
}

/** The same check in this thread. */
async function checkHere(text: string, url: string): Promise<CheckReply> {
  const { checkText } = await import('./graph-check');
  return checkText(text, url);
}

/** Label language, node size and edge measure of the URL (for a preview drawn before the explorer exists). */
export function previewOptions(search: string): ModelOptions {
  const q = new URLSearchParams(search);
  const pick = <T extends string>(list: readonly T[], v: string | null, d: T): T => (isOneOf(list, v) ? v : d);
  return { lang: pick(LANGUAGES, q.get('lang'), DEFAULT_LANGUAGE), size: pick(NODE_SIZES, q.get('size'), DEFAULT_NODE_SIZE), measure: pick(EDGE_MEASURES, q.get('m'), DEFAULT_EDGE_MEASURE) };
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
export async function fetchDeferred(d: DeferredGraph, fetchFn: typeof fetch = fetch, check: Check = checkInWorker, preview?: PreviewRequest): Promise<FetchedGraph> {
  const fail = (load: GraphLoad): FetchedGraph => ({ load, validated: Promise.resolve(load) });
  if (check === checkInWorker) prepareLoader();
  let bytes: ArrayBuffer;
  try {
    const res = await fetchFn(d.url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    bytes = await res.arrayBuffer(); // decoded to text only when this thread parses it (after the preview)
  } catch {
    return fail(await loaderError(fetchFn, d.url));
  }
  if (typeof performance !== 'undefined') performance.mark('tg:data-loaded');
  // with a preview: this thread stays idle until the worker's picture is on screen, then parses its own copy
  let shown: () => void = () => {};
  const previewShown = new Promise<void>((r) => (shown = r));
  const validated = check(
    bytes,
    d.url,
    preview && {
      ...preview,
      show: (m) => preview.show(m).then(shown, shown)
    }
  );
  if (preview) await Promise.race([previewShown, validated]);
  let value: unknown = undefined;
  try {
    value = JSON.parse(decode(bytes));
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
