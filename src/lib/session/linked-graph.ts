/**
 * A small graph's data for hydration, kept out of the HTML. The prerendered page draws the graph (SVG from the
 * build-time positions); the browser needs the same data only to hydrate. Inlined, its few hundred KB of JSON
 * text held the HTML parser for ~250 ms on a 2-core machine before the document was interactive; as a file,
 * preloaded from the <head>, it downloads while the HTML is parsed and the modules load.
 *
 * The page data carries a pointer with the file's length and FNV-1a hash as read at build time: the browser
 * checks the file it gets against them, so a graph rebuilt (or truncated) after the site was built gives the
 * error view, never a page whose state differs from its prerendered picture. Nothing here touches the DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { loadError, parseGraphText, readGraphText, type GraphLoad } from './graph-file';

/** The page data of a small graph: where its file is, and what it was when the page was built. */
export interface LinkedGraph {
  status: 'linked';
  url: string;
  transcript: string;
  /** length of the file's text in UTF-16 code units, and its FNV-1a hash (8 hex digits), at build time */
  length: number;
  hash: string;
}

/** FNV-1a (32 bit) over UTF-16 code units: a cheap check that a file is the one the page was built from. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** At prerender: the pointer for a validated graph read from `text`. */
export function linkGraph(text: string, url: string, transcript: string): LinkedGraph {
  return { status: 'linked', url, transcript, length: text.length, hash: textHash(text) };
}

/**
 * During prerender the server load hands the validated graph to the page's universal load here (same process),
 * so the server render draws it without the data being serialized into the HTML. Never filled in a browser.
 */
export const prerendered = new Map<string, SerializedConceptGraph>();

/**
 * In the browser: fetches the linked file, checks it is the one the page was built from, parses it. Never
 * throws: a missing, truncated or changed file comes back as the error view's GraphLoad.
 */
export async function fetchLinked(p: LinkedGraph, fetchFn: typeof fetch): Promise<GraphLoad> {
  const read = await readGraphText(fetchFn, p.url);
  if ('error' in read) return read.error;
  const { text } = read;
  if (text.length !== p.length || textHash(text) !== p.hash) {
    const what = text.length < p.length ? `it is shorter than when the page was built (${text.length} of ${p.length} characters: truncated?)` : 'it changed after the page was built';
    return loadError('changed', `${p.url} is not the graph this page was built from: ${what}`);
  }
  const parsed = parseGraphText(text, p.url);
  return 'error' in parsed ? parsed.error : { status: 'ok', graph: parsed.value as SerializedConceptGraph, transcript: p.transcript };
}
