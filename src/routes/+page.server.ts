// Loads and validates the graph at build time (prerender only: this load never runs in the browser, so the page
// ships no schema code and hydration does not validate the same data again). The page data is a pointer: a small
// graph's file with its length and hash (linked-graph.ts), drawn in the prerendered HTML from the build-time
// positions and fetched for hydration; a large graph's file, fetched and drawn after hydration (page-data.ts).
import type { PageServerLoad } from './$types';
import { GRAPH_URL, loadGraphText } from '../lib/session/load-graph';
import { prerendered } from '../lib/session/linked-graph';
import { toPageGraph } from '../lib/session/page-data';

export const prerender = true;

export const load: PageServerLoad = async ({ fetch }) => {
  const { load, text } = await loadGraphText(fetch);
  const page = toPageGraph(load, GRAPH_URL, text);
  if (page.status === 'linked' && load.status === 'ok') prerendered.set(page.url, load.graph);
  return { load: page };
};
