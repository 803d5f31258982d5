/**
 * Web Worker for a large graph file (started by page-data.ts with a copy of the file's bytes): decodes and parses
 * it, and when the page asks for a preview and the fields a render needs are sound, answers first with the graph's
 * first picture so the page can show it before it has parsed the file itself: drawn here on an OffscreenCanvas at
 * the page's stage size (canvas-draw drawPreview) and sent as an ImageBitmap (moved, not copied: the page's thread
 * only hands it to a canvas), or, where this worker cannot draw, the Canvas display cache ($lib/viz/canvas-model)
 * for the page to draw. Then validates the whole file against the schema with the loader's own messages
 * (load-graph.ts) and answers `{status: 'ok'}` or the error view's content. Never sends the graph itself back.
 */
import { buildCanvasModel, type ModelOptions } from '$lib/viz/canvas-model';
import { drawPreview, FONT_FAMILY, type PreviewPicture } from '$lib/viz/canvas-draw';
import { checkGraph, loadGraph } from '../session/load-graph';
import { renderProblem } from '../session/render-check';
import type { CheckReply } from '../session/graph-check';

/** The stage the preview is drawn for (CSS px) and the page's device pixel ratio. */
export interface PreviewFrame {
  width: number;
  height: number;
  dpr: number;
}

export interface LoadRequest {
  /** The file's bytes (UTF-8). */
  bytes: ArrayBuffer;
  url: string;
  preview: { options: ModelOptions; frame: PreviewFrame | null } | null;
}

export type LoadReply = { type: 'preview'; picture: PreviewPicture } | { type: 'check'; reply: CheckReply };

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
warmUp();

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const { bytes, url, preview } = e.data;
  const text = new TextDecoder('utf-8').decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // the loader words the parse error (truncation etc.)
    const r = await loadGraph((async () => new Response(text)) as unknown as typeof fetch, url);
    self.postMessage({ type: 'check', reply: r.status === 'ok' ? { status: 'ok' } : r } satisfies LoadReply);
    return;
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
      if (drawn) self.postMessage({ type: 'preview', picture: drawn } satisfies LoadReply, { transfer: [drawn.bitmap] });
      else self.postMessage({ type: 'preview', picture: { model } } satisfies LoadReply);
    } catch {
      /* no preview: the page draws once it has parsed the file */
    }
  }
  const r = checkGraph(value, url);
  self.postMessage({ type: 'check', reply: r.status === 'ok' ? { status: 'ok' } : r } satisfies LoadReply);
};
