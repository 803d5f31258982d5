/**
 * At build time (the prerender of +page.server.ts, never in a browser): reads the site's graph file, validates it
 * against the schema and turns it into the page data's pointer: a small graph linked by its length and hash (the
 * server render gets the validated graph itself through `prerendered`), a large one deferred with its title and
 * counts, a missing or broken one the error view. So the page ships no schema code and hydration does not validate
 * the same data again. Never throws.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { parseGraphJson, type GraphFileProblem } from '$lib/engine/graph-file';
import { validateGraphValue } from '$lib/engine/graph-validate';
import { transcriptLanguage, type DocumentLanguage } from '$lib/core/text/language';
import { isLargeGraph } from '$lib/viz/renderer';
import { linkGraph, prerendered, type GraphPointer } from './page-data';
import { fileError } from './session';
import { readSiteFile, type SiteGraphFile } from './site-files';

/** The file's graph (validated) and text, or what is wrong with it. */
export async function readGraphFile(fetch: typeof globalThis.fetch, url: string): Promise<{ graph: SerializedConceptGraph; text: string } | { problem: GraphFileProblem }> {
  const read = await readSiteFile(fetch, url, (r) => r.text());
  if ('problem' in read) return read;
  const parsed = parseGraphJson(read.body, url);
  if ('problem' in parsed) return parsed;
  const valid = validateGraphValue(parsed.value, url);
  return 'problem' in valid ? valid : { graph: valid.graph, text: read.body };
}

/** The page data's pointer for `file` (a small graph also goes into `prerendered` for the server render). */
export async function prerenderPointer(fetch: typeof globalThis.fetch, file: SiteGraphFile): Promise<GraphPointer> {
  return (await prerenderPage(fetch, file)).pointer;
}

/**
 * The pointer and the language of the page's `<html lang>`: the transcript's, so that the prerendered page already
 * speaks it before any script runs ('en' when the graph file cannot be read: the error view is English).
 */
export async function prerenderPage(fetch: typeof globalThis.fetch, file: SiteGraphFile): Promise<{ pointer: GraphPointer; lang: DocumentLanguage }> {
  const r = await readGraphFile(fetch, file.url);
  if ('problem' in r) return { pointer: { status: 'failed', url: file.url, name: file.name, error: fileError(r.problem, file.url) }, lang: 'en' };
  const lang = transcriptLanguage(r.graph.attributes.passages);
  const counts = { nodes: r.graph.nodes.length, edges: r.graph.edges.length };
  if (isLargeGraph(counts)) return { pointer: { status: 'deferred', url: file.url, name: file.name, title: r.graph.attributes.title, ...counts }, lang };
  prerendered.set(file.url, r.graph);
  return { pointer: linkGraph(r.text, file), lang };
}
