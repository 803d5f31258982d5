/**
 * Web Worker that loads a large graph file for the page (started by page-data.ts ahead of the data): fetches the
 * file itself, so the page's thread never reads the body, decoding the UTF-8 chunks while they arrive, and tells
 * the page when the response ended (its Resource Timing responseEnd on the shared wall clock). Then parses it,
 * and when the page asks for a preview and the fields a render needs are sound, answers with the graph's first
 * picture so the page can show it before it has parsed the file itself: drawn here on an OffscreenCanvas at the
 * page's stage size (canvas-draw drawPreview) and sent as an ImageBitmap (moved, not copied: the page's thread
 * only hands it to a canvas), or, where this worker cannot draw, the Canvas display cache ($lib/viz/canvas-model)
 * for the page to draw. Then the file's text for the page's own parse (after the preview: the page's thread stays
 * idle until then), then validates the whole file against the schema with the loader's own messages
 * (load-graph.ts) and answers `{status: 'ok'}` or the error view's content. A file that cannot be fetched or
 * parsed gets only that answer. Never sends the parsed graph itself. `loadFile` is the whole job (no worker
 * globals: tested in Node).
 */
import { buildCanvasModel, type ModelOptions } from '$lib/viz/canvas-model';
import { drawPreview, FONT_FAMILY, type PreviewPicture } from '$lib/viz/canvas-draw';
import { checkGraph, loadGraph } from './load-graph';
import { renderProblem } from './render-check';
import type { CheckReply } from './graph-check';

/** The stage the preview is drawn for (CSS px) and the page's device pixel ratio. */
export interface PreviewFrame {
  width: number;
  height: number;
  dpr: number;
}

export interface LoadRequest {
  /** The graph file as the page names it (in messages). */
  url: string;
  /** Its absolute URL (what this worker fetches: a relative one would resolve against the worker's script). */
  href: string;
  preview: { options: ModelOptions; frame: PreviewFrame | null } | null;
}

/** When the file arrived: epoch ms (performance.timeOrigin + responseEnd, comparable across threads), and its sizes. */
export interface Arrival {
  at: number;
  encoded: number;
  decoded: number;
}

/**
 * In the order sent: `arrived` (the file is here), `preview`, `text` (the file's text, for the page's own
 * parse: right after `arrived` when no preview was asked for; not sent when it is not JSON), `check` (the last
 * message).
 */
export type LoadReply =
  | ({ type: 'arrived' } & Arrival)
  | { type: 'preview'; picture: PreviewPicture }
  | { type: 'text'; text: string }
  | { type: 'check'; reply: CheckReply };

type Model = ReturnType<typeof buildCanvasModel>;

/** The picture drawn here, or null where there is no OffscreenCanvas with a 2D context. */
function drawHere(model: Model, f: PreviewFrame): { bitmap: ImageBitmap; width: number; height: number } | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const width = Math.max(10, Math.round(f.width));
  const height = Math.max(10, Math.round(f.height));
  const canvas = new OffscreenCanvas(Math.round(width * f.dpr), Math.round(height * f.dpr));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  drawPreview(ctx as unknown as CanvasRenderingContext2D, model, width, height, f.dpr);
  return { bitmap: canvas.transferToImageBitmap(), width, height };
}

/**
 * Sets up this thread's fonts and canvas while the file downloads (this worker starts ahead of the data): the
 * first text drawn in a thread loads and matches the label fonts, which would otherwise add about 100 ms to the
 * first picture.
 */
function warmUp(): void {
  try {
    if (typeof OffscreenCanvas === 'undefined') return;
    const ctx = new OffscreenCanvas(96, 40).getContext('2d');
    if (!ctx) return;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    for (const size of [12, 10]) {
      ctx.font = `${size}px ${FONT_FAMILY}`;
      ctx.strokeText('图谱 Graph', 4, 20);
      ctx.fillText('图谱 Graph', 4, 20);
    }
    ctx.beginPath();
    ctx.arc(10, 10, 4, 0, 2 * Math.PI);
    ctx.moveTo(0, 0);
    ctx.lineTo(90, 30);
    ctx.fill();
    ctx.stroke();
    ctx.canvas.transferToImageBitmap().close();
  } catch {
    /* nothing to warm: the first picture pays for it */
  }
}

const checkReply = (r: ReturnType<typeof checkGraph>): CheckReply => (r.status === 'ok' ? { status: 'ok' } : r);

/** The body's text, decoded chunk by chunk while it arrives. */
async function readText(res: Response): Promise<string> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * This thread's Resource Timing of the file (responseEnd, sizes); the entry can be queued a task after the body
 * was read, so it looks again once. When there is none: `readEnd`.
 */
async function arrival(href: string, readEnd: number): Promise<Arrival> {
  const find = () => performance.getEntriesByName(href, 'resource').at(-1) as PerformanceResourceTiming | undefined;
  let entry = find();
  if (!entry) {
    await new Promise((r) => setTimeout(r, 0));
    entry = find();
  }
  const end = entry && entry.responseEnd > 0 ? entry.responseEnd : readEnd;
  return { at: performance.timeOrigin + end, encoded: entry?.encodedBodySize ?? 0, decoded: entry?.decodedBodySize ?? 0 };
}

/** Fetches, parses, previews and validates the file (see the header), answering through `post`. */
export async function loadFile(req: LoadRequest, fetchFn: typeof fetch, post: (m: LoadReply, transfer?: Transferable[]) => void): Promise<void> {
  const { url, href, preview } = req;
  const done = (reply: CheckReply) => post({ type: 'check', reply });
  // the loader words what went wrong (missing, HTTP status, truncation) the way it does at build time
  const worded = async (res: () => Promise<Response>) => done(checkReply(await loadGraph(res as unknown as typeof fetch, url)));
  let res: Response;
  try {
    res = await fetchFn(href);
  } catch (e) {
    return worded(async () => {
      throw e;
    });
  }
  if (!res.ok) return worded(async () => res);
  let text: string;
  try {
    text = await readText(res);
  } catch (e) {
    return worded(async () => ({ ok: true, text: async () => Promise.reject(e) }) as Response);
  }
  post({ type: 'arrived', ...(await arrival(href, performance.now())) });
  // without a preview the page parses at once (while this thread validates); with one, after it was shown
  if (!preview) post({ type: 'text', text });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return worded(async () => new Response(text));
  }
  if (preview && renderProblem(value) === null) {
    try {
      const model = buildCanvasModel(value as Parameters<typeof buildCanvasModel>[0], new Map(), preview.options);
      let drawn: ReturnType<typeof drawHere> = null;
      try {
        drawn = preview.frame ? drawHere(model, preview.frame) : null;
      } catch {
        /* no drawing here (fonts, canvas): the page draws the display cache */
      }
      if (drawn) post({ type: 'preview', picture: drawn }, [drawn.bitmap]);
      else post({ type: 'preview', picture: { model } });
    } catch {
      /* no preview: the page draws once it has parsed the file */
    }
  }
  if (preview) post({ type: 'text', text });
  done(checkReply(checkGraph(value, url)));
}

// in a worker only (not when a test imports this module)
const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
if (scope && globalThis instanceof scope) {
  warmUp();
  self.onmessage = (e: MessageEvent<LoadRequest>) => {
    void loadFile(e.data, fetch, (m, transfer) => self.postMessage(m, { transfer: transfer ?? [] }));
  };
}
