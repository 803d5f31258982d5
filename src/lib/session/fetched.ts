/**
 * A large graph of this site, fetched after hydration (its pointer came in the page data: page-data.ts). The page
 * gets the graph as soon as it is parsed and the fields the first Canvas render touches are checked; the full schema
 * validation runs in the loading worker at the same time ($lib/engine/graph-load-client) and, when it fails,
 * replaces the session by the error view. With a preview, the worker's first picture is shown before this thread
 * parses its own copy of the file. Never throws; nothing here touches the DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { renderFieldProblem, renderProblem, type GraphFileProblem } from '$lib/engine/graph-file';
import { checkGraphBytes, prepareGraphLoad, type PreviewFrame, type PreviewPicture } from '$lib/engine/graph-load-client';
import type { PreviewOptions } from '$lib/viz/canvas-model';
import { radiusRange } from '$lib/viz/renderer';
import { DEFAULT_EDGE_MEASURE, DEFAULT_NODE_SIZE, EDGE_MEASURES, isOneOf, LANGUAGES, NODE_SIZES } from '$lib/viz/measures';
import { fileError, type PendingSession, type Session } from './session';
import { readSiteFile } from './site-files';

export type { PreviewFrame, PreviewPicture };

export interface FetchedSession {
  /** The parsed graph, ready to draw (its render fields checked), or the error view. */
  session: Session;
  /** The full validation: resolves to the same session, or to the error view that must replace it. */
  validated: Promise<Session>;
}

/** A preview of the graph from the loading worker's own parse, drawn there for `frame` (the stage) when it can. */
export interface PreviewRequest {
  options: PreviewOptions;
  frame?: PreviewFrame;
  /** Called with the picture; resolves once the page has painted it (this thread's parse waits for that). */
  show: (picture: PreviewPicture) => Promise<void>;
}

/** Validates the file's bytes (the checker gets its own copy): null when sound; may show a preview first. */
export type CheckBytes = (bytes: ArrayBuffer, url: string, preview?: { options: PreviewOptions; frame?: PreviewFrame; onPicture: (p: PreviewPicture) => void }) => Promise<GraphFileProblem | null>;

const decode = (bytes: ArrayBuffer) => new TextDecoder('utf-8').decode(bytes);

/** Fetches the pending session's graph file; `check` is the loading worker unless a test gives another. */
export async function openFetched(pending: PendingSession, fetch: typeof globalThis.fetch, preview?: PreviewRequest, check: CheckBytes = checkGraphBytes): Promise<FetchedSession> {
  const url = pending.origin.kind === 'fetched' ? pending.origin.url : '';
  const fail = (p: GraphFileProblem): FetchedSession => {
    const session: Session = { status: 'error', origin: pending.origin, name: pending.name, error: fileError(p, url) };
    return { session, validated: Promise.resolve(session) };
  };
  if (check === checkGraphBytes) prepareGraphLoad();
  const read = await readSiteFile(fetch, url, (r) => r.arrayBuffer()); // decoded only when this thread parses it
  if ('problem' in read) return fail(read.problem);
  const bytes = read.body;
  if (typeof performance !== 'undefined') performance.mark('tg:data-loaded');
  // with a preview: this thread stays idle until the worker's picture is on screen, then parses its own copy
  let shown: () => void = () => {};
  const previewShown = new Promise<void>((r) => (shown = r));
  const checked = check(bytes, url, preview && { options: preview.options, frame: preview.frame, onPicture: (m) => void preview.show(m).then(shown, shown) }).catch(
    (e): GraphFileProblem => ({ kind: 'invalid', problem: `${url} could not be checked (${e instanceof Error ? e.message : String(e)})` })
  );
  if (preview) await Promise.race([previewShown, checked]);
  let value: unknown = undefined;
  try {
    value = JSON.parse(decode(bytes));
  } catch {
    /* the checker words the parse error (truncation etc.) */
  }
  const field = value === undefined ? '$' : renderProblem(value);
  if (field !== null) return fail((await checked) ?? renderFieldProblem(field, url));
  const session: Session = { status: 'ready', origin: pending.origin, name: pending.name, graph: value as SerializedConceptGraph };
  return { session, validated: checked.then((p) => (p ? fail(p).session : session)) };
}

/**
 * Label language, node size and edge measure of the URL (for a preview drawn before the explorer exists); without
 * a `lang` in the URL the worker takes the graph's own (the one the explorer will open in).
 */
export function previewOptions(search: string): PreviewOptions {
  const q = new URLSearchParams(search);
  const pick = <T extends string>(list: readonly T[], v: string | null, d: T): T => (isOneOf(list, v) ? v : d);
  const lang = q.get('lang');
  return { ...(isOneOf(LANGUAGES, lang) ? { lang } : {}), size: pick(NODE_SIZES, q.get('size'), DEFAULT_NODE_SIZE), measure: pick(EDGE_MEASURES, q.get('m'), DEFAULT_EDGE_MEASURE) };
}

/** Whether the page shows the worker's preview first: not when the URL filters the view (the first picture would not be the one that follows). */
export function previewWanted(search: string): boolean {
  return !/[?&](sec|spk|kind|min)=/.test(search);
}

/** What the page gives followFetched: its stage, its URL's query, and where the pictures and sessions go. */
export interface FetchedView {
  /** The stage the graph will be drawn in (CSS px) and the device pixel ratio. */
  stage: PreviewFrame;
  search: string;
  /** Shows the preview picture; resolves once it is painted. None: no preview. */
  showPreview?: (picture: PreviewPicture) => Promise<void>;
  /** Shows a session: first the fetched graph (or its error), later the error view if the full validation fails. */
  show: (session: Session) => void | Promise<void>;
}

/** Fetches a pending session's graph for the page: preview first where it helps, then the graph, then the verdict. */
export async function followFetched(pending: PendingSession, fetch: typeof globalThis.fetch, view: FetchedView): Promise<void> {
  const { stage, search, showPreview } = view;
  // node sizes as the Canvas view will draw them in this stage (radiusRange: by the average spacing)
  const options = { ...previewOptions(search), radius: radiusRange(pending.counts.nodes, stage.width, stage.height) };
  const preview = showPreview && previewWanted(search) ? { options, frame: stage, show: showPreview } : undefined;
  const r = await openFetched(pending, fetch, preview);
  await view.show(r.session);
  const v = await r.validated;
  if (v.status !== 'ready') await view.show(v);
}
