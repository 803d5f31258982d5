/**
 * The full check of a fetched graph file's text (JSON parse + schema, the loader's own messages), for the page
 * where there are no workers (graph-load.worker.ts does the same off the main thread). Pure; imports zod.
 */
import { loadGraph, type GraphLoad } from './load-graph';

export type CheckReply = { status: 'ok' } | Extract<GraphLoad, { status: 'error' }>;

export async function checkText(text: string, url: string): Promise<CheckReply> {
  const r = await loadGraph((async () => new Response(text)) as unknown as typeof fetch, url);
  return r.status === 'ok' ? { status: 'ok' } : r;
}
