/**
 * Web Worker for a large graph file (started by page-data.ts with a copy of the file's bytes): decodes and parses
 * it, and when the page
 * asks for a preview and the fields a render needs are sound, answers first with the Canvas display cache
 * ($lib/viz/canvas-model) so the page can draw the graph before it has parsed the file itself; then validates the
 * whole file against the schema with the loader's own messages (load-graph.ts) and answers `{status: 'ok'}` or the
 * error view's content. Never sends the graph itself back.
 */
import { buildCanvasModel, type ModelOptions } from '$lib/viz/canvas-model';
import { checkGraph, loadGraph } from './load-graph';
import { renderProblem } from './render-check';
import type { CheckReply } from './graph-check';

export interface LoadRequest {
  /** The file's bytes (UTF-8). */
  bytes: ArrayBuffer;
  url: string;
  preview: ModelOptions | null;
}

export type LoadReply = { type: 'preview'; model: ReturnType<typeof buildCanvasModel> } | { type: 'check'; reply: CheckReply };

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
      const model = buildCanvasModel(value as Parameters<typeof buildCanvasModel>[0], new Map(), preview);
      self.postMessage({ type: 'preview', model } satisfies LoadReply);
    } catch {
      /* no preview: the page draws once it has parsed the file */
    }
  }
  const r = checkGraph(value, url);
  self.postMessage({ type: 'check', reply: r.status === 'ok' ? { status: 'ok' } : r } satisfies LoadReply);
};
