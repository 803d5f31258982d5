/**
 * What the prerendered page carries about its graph, and the session it opens in the browser.
 *
 * A small graph (see $lib/viz/renderer) is validated at build time and drawn in the prerendered HTML from the
 * build-time positions; the data for hydration is its file, not the HTML: inlined, its few hundred KB of JSON held
 * the HTML parser for ~250 ms on a 2-core machine before the document was interactive, whereas a file preloaded
 * from the <head> downloads while the HTML is parsed and the modules load. The page data is a pointer with the
 * file's length and FNV-1a hash as read at build time; the browser checks the file it gets against them, so a
 * graph rebuilt (or truncated) after the site was built gives the error view, never a page whose state differs
 * from its prerendered picture. A large graph's pointer carries its title and counts: the page shows its frame and
 * fetches it after hydration (fetched.ts). No zod here (the page's start-up path); nothing touches the DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { parseGraphJson } from '$lib/engine/graph-file';
import { fileError, type Session, type SessionError } from './session';
import { readSiteFile, type SiteGraphFile } from './site-files';

/** A small graph: where its file is, and what it was when the page was built. */
export interface LinkedGraph {
  status: 'linked';
  url: string;
  name: string;
  /** length of the file's text in UTF-16 code units, and its FNV-1a hash (8 hex digits), at build time */
  length: number;
  hash: string;
}
/** A large graph: fetched after hydration. */
export interface DeferredGraph {
  status: 'deferred';
  url: string;
  name: string;
  title: string;
  nodes: number;
  edges: number;
}
/** The graph file was missing or broken at build time: the prerendered page is the error view. */
export interface FailedGraph {
  status: 'failed';
  url: string;
  name: string;
  error: SessionError;
}
export type GraphPointer = LinkedGraph | DeferredGraph | FailedGraph;

/** FNV-1a (32 bit) over UTF-16 code units: a cheap check that a file is the one the page was built from. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** At prerender: the pointer for a validated small graph read from `text`. */
export function linkGraph(text: string, file: SiteGraphFile): LinkedGraph {
  return { status: 'linked', url: file.url, name: file.name, length: text.length, hash: textHash(text) };
}

/**
 * During prerender the server load hands the validated graph to the page's universal load here (same process),
 * so the server render draws it without the data being serialized into the HTML. Never filled in a browser.
 */
export const prerendered = new Map<string, SerializedConceptGraph>();

/**
 * The session a pointer opens: in the server render, the prerendered graph; in the browser, a linked file fetched
 * and checked (a missing, truncated or changed file gives the error view), a deferred one pending. Never throws.
 */
export async function openPageGraph(p: GraphPointer, fetch: typeof globalThis.fetch, ssr: boolean): Promise<Session> {
  if (p.status === 'failed') return { status: 'error', origin: { kind: 'prerendered', url: p.url }, name: p.name, error: p.error };
  if (p.status === 'deferred') return { status: 'pending', origin: { kind: 'fetched', url: p.url }, name: p.name, title: p.title, counts: { nodes: p.nodes, edges: p.edges } };
  const origin = { kind: 'prerendered', url: p.url } as const;
  const fail = (error: SessionError): Session => ({ status: 'error', origin, name: p.name, error });
  const graph = ssr ? prerendered.get(p.url) : undefined;
  if (graph) return { status: 'ready', origin, name: p.name, graph };
  const read = await readSiteFile(fetch, p.url, (r) => r.text());
  if ('problem' in read) return fail(fileError(read.problem, p.url));
  const text = read.body;
  if (text.length !== p.length || textHash(text) !== p.hash) {
    const what = text.length < p.length ? `it is shorter than when the page was built (${text.length} of ${p.length} characters: truncated?)` : 'it changed after the page was built';
    return fail(fileError({ kind: 'changed', problem: `${p.url} is not the graph this page was built from: ${what}` }, p.url));
  }
  const parsed = parseGraphJson(text, p.url);
  if ('problem' in parsed) return fail(fileError(parsed.problem, p.url));
  return { status: 'ready', origin, name: p.name, graph: parsed.value as SerializedConceptGraph };
}
