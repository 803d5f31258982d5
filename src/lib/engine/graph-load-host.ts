/**
 * The loading job for a large graph file (its bytes, fetched by the page): decodes and parses it and, when the
 * page asks for a preview and the fields a render needs are sound, reports the graph's first picture as progress
 * so the page can show it before it has parsed the file itself: drawn here on an OffscreenCanvas at the page's
 * stage size (canvas-draw drawPreview) and sent as an ImageBitmap (moved, not copied), or, where this thread
 * cannot draw, the Canvas display cache for the page to draw. Then validates the whole file against the schema and
 * answers null (sound) or the problem. Never sends the graph itself back. Runs in graph-load.worker.ts, or in the
 * page's thread without a preview where there are no workers.
 */
import { buildCanvasModel, type CanvasModel, type PreviewOptions } from '../viz/canvas-model';
import type { SerializedConceptGraph } from '../core/contract/types';
import { defaultLabelLanguage, transcriptLanguage } from '../core/text/language';
import { drawPreview, type PreviewPicture } from '../viz/canvas-draw';
import type { JobContext, JobHandlers } from './host';
import type { JobSpec } from './protocol';
import { parseGraphJson, renderProblem, type GraphFileProblem } from './graph-file';
import { validateGraphValue } from './graph-validate';

/** The stage the preview is drawn for (CSS px) and the page's device pixel ratio. */
export interface PreviewFrame {
  width: number;
  height: number;
  dpr: number;
}

export interface LoadRequest {
  /** The file's bytes (UTF-8). */
  bytes: ArrayBuffer;
  /** The file as the messages name it (its site path). */
  url: string;
  preview: { options: PreviewOptions; frame: PreviewFrame | null } | null;
}

/** Progress: the preview picture. Result: null when the file is a sound graph, else what is wrong. */
export type GraphLoadJobs = { check: JobSpec<LoadRequest, PreviewPicture, GraphFileProblem | null> };

/** The picture drawn here, or null where there is no OffscreenCanvas with a 2D context. */
function drawHere(model: CanvasModel, f: PreviewFrame): { bitmap: ImageBitmap; width: number; height: number } | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const width = Math.max(10, Math.round(f.width));
  const height = Math.max(10, Math.round(f.height));
  const canvas = new OffscreenCanvas(Math.round(width * f.dpr), Math.round(height * f.dpr));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  drawPreview(ctx as unknown as CanvasRenderingContext2D, model, width, height, f.dpr);
  return { bitmap: canvas.transferToImageBitmap(), width, height };
}

function showPreview(value: unknown, preview: NonNullable<LoadRequest['preview']>, ctx: JobContext<PreviewPicture>): void {
  try {
    const graph = value as SerializedConceptGraph;
    // the label language the page will open in, unless the URL names one
    const lang = preview.options.lang ?? defaultLabelLanguage(graph.nodes, transcriptLanguage(graph.attributes.passages));
    const model = buildCanvasModel(graph, new Map(), { ...preview.options, lang });
    let drawn: ReturnType<typeof drawHere> = null;
    try {
      drawn = preview.frame ? drawHere(model, preview.frame) : null;
    } catch {
      /* no drawing here (fonts, canvas): the page draws the display cache */
    }
    if (drawn) ctx.progress(drawn, [drawn.bitmap]);
    else ctx.progress({ model });
  } catch {
    /* no preview: the page draws once it has parsed the file */
  }
}

export function checkGraphFile({ bytes, url, preview }: LoadRequest, ctx: JobContext<PreviewPicture>): GraphFileProblem | null {
  const parsed = parseGraphJson(new TextDecoder('utf-8').decode(bytes), url);
  if ('problem' in parsed) return parsed.problem;
  if (preview && renderProblem(parsed.value) === null) showPreview(parsed.value, preview, ctx);
  const valid = validateGraphValue(parsed.value, url);
  return 'problem' in valid ? valid.problem : null;
}

export const graphLoadJobs: JobHandlers<GraphLoadJobs> = { check: checkGraphFile };
