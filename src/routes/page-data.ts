/**
 * What the prerendered page carries, and how a large graph reaches the page.
 *
 * A small graph (see $lib/viz/renderer) is validated at build time and drawn in the prerendered HTML from the
 * build-time positions; the data for hydration is its file, linked by length and hash and preloaded
 * (linked-graph.ts), so the HTML stays small and the browser never validates it again. A large graph is not drawn
 * (megabytes of HTML, and SVG could not draw it anyway): the page gets a `deferred` pointer with its counts and
 * title; after hydration a Web Worker (graph-load.worker.ts) fetches the file, draws a preview and runs the full
 * schema validation (load-graph.ts, zod), while the page parses the text the worker hands it, checks the fields
 * the first Canvas render touches and draws; when the validation fails the page replaces the graph by the error
 * view. Without workers the page does it all itself. Nothing here touches the DOM.
 */
import type { SerializedConceptGraph } from '$lib/contract/types';
import type { ModelOptions } from '$lib/viz/canvas-model';
import type { PreviewPicture } from '$lib/viz/canvas-draw';
import { DEFAULT_EDGE_MEASURE, DEFAULT_LANGUAGE, DEFAULT_NODE_SIZE, EDGE_MEASURES, isOneOf, LANGUAGES, NODE_SIZES } from '$lib/viz/measures';
import { isLargeGraph } from '$lib/viz/renderer';
import type { LoadReply, LoadRequest, PreviewFrame } from './graph-load.worker';
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
/** The loading worker, as this module uses it (a fake one in tests). */
export interface Loader {
  onmessage: ((e: MessageEvent<LoadReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(request: LoadRequest): void;
  terminate(): void;
}

const newLoader = (): Loader => new Worker(new URL('./graph-load.worker.ts', import.meta.url), { type: 'module' });
let spare: Loader | null = null;

/** Starts the loading worker ahead of the data (its script loads and compiles while the file downloads). */
export function prepareLoader(): void {
  try {
    if (typeof Worker !== 'undefined' && !spare) spare = newLoader();
  } catch {
    /* no worker (a CSP, an old browser): the page fetches the file itself */
  }
}

function takeLoader(): Loader {
  const w = spare ?? newLoader();
  spare = null;
  return w;
}

/** The file's text (null: it is not JSON, the validation says why) and its full validation. */
interface Got {
  text: string | null;
  validated: Promise<CheckReply>;
}

/** The full check in this thread (where there are no workers, or the worker broke). */
async function checkHere(text: string, url: string): Promise<CheckReply> {
  const { checkText } = await import('./graph-check');
  return checkText(text, url);
}

/**
 * The loading worker fetches, parses, shows the preview and validates (graph-load.worker.ts); this thread gets the
 * text once the preview is on screen (or at once when there is none). Null when the worker broke before sending
 * the text (this thread then does it all itself).
 */
function viaWorker(d: DeferredGraph, spawn: () => Loader, preview?: PreviewRequest): Promise<Got | null> {
  return new Promise((resolve) => {
    let w: Loader;
    try {
      w = spawn();
    } catch {
      resolve(null);
      return;
    }
    let text: string | null = null;
    let replied: (r: CheckReply) => void = () => {};
    const validated = new Promise<CheckReply>((r) => (replied = r));
    // the page parses its copy only once the preview is on screen (or the validation is over: a hidden tab)
    let previewShown = Promise.resolve();
    w.onmessage = (e) => {
      const m = e.data;
      if (m.type === 'arrived') {
        if (typeof performance !== 'undefined') {
          // when the file arrived in the worker (its responseEnd), on this page's clock
          const startTime = Math.max(0, m.at - performance.timeOrigin);
          performance.mark('tg:data-loaded', { startTime, detail: { url: d.url, encoded: m.encoded, decoded: m.decoded } });
        }
      } else if (m.type === 'preview') {
        if (preview) previewShown = preview.show(m.picture).catch(() => {});
      } else if (m.type === 'text') {
        const t = (text = m.text);
        Promise.race([previewShown, validated]).then(() => resolve({ text: t, validated }));
      } else {
        w.terminate();
        replied(m.reply);
        if (text === null) resolve({ text: null, validated });
      }
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      w.terminate();
      if (text === null) resolve(null);
      else checkHere(text, d.url).then(replied);
    };
    const href = typeof location !== 'undefined' ? new URL(d.url, location.href).href : d.url;
    w.postMessage({ url: d.url, href, preview: preview ? { options: preview.options, frame: preview.frame ?? null } : null });
  });
}

/** This thread fetches and reads the file, and validates it here; an error view when it cannot be fetched. */
async function here(d: DeferredGraph, fetchFn: typeof fetch): Promise<Got | GraphError> {
  let text: string;
  try {
    const res = await fetchFn(d.url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch {
    return loaderError(fetchFn, d.url);
  }
  if (typeof performance !== 'undefined') performance.mark('tg:data-loaded');
  return { text, validated: checkHere(text, d.url) };
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

export interface DeferredOptions {
  /** A preview from the worker's parse, shown before this thread parses the file. */
  preview?: PreviewRequest;
  /** The loading worker (default: graph-load.worker.ts where there are workers); null: all in this thread. */
  loader?: (() => Loader) | null;
  /** This thread's fetch (when there is no worker). */
  fetch?: typeof fetch;
}

/**
 * Fetches a deferred graph: returns it as soon as it is parsed and its render fields are checked, with the full
 * validation as a promise. The loading worker fetches the file (this thread never reads the body) where there
 * are workers; this thread does where there are none. Marks `tg:data-loaded` at the file's responseEnd. Never
 * throws; network and parse errors come back as the error view's GraphLoad.
 */
export async function fetchDeferred(d: DeferredGraph, o: DeferredOptions = {}): Promise<FetchedGraph> {
  const fail = (load: GraphLoad): FetchedGraph => ({ load, validated: Promise.resolve(load) });
  const spawn = o.loader === undefined ? (typeof Worker === 'undefined' ? null : takeLoader) : o.loader;
  const got = (spawn && (await viaWorker(d, spawn, o.preview))) || (await here(d, o.fetch ?? fetch));
  if ('status' in got) return fail(got);
  const { text, validated } = got;
  let value: unknown = undefined;
  try {
    if (text !== null) value = JSON.parse(text);
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
