// Loads and validates the graph at build time (prerender only: this load never runs in the browser, so the page
// ships no schema code and hydration does not validate the same data again). A small graph is inlined in the
// HTML and its first paint draws the build-time positions without running a simulation; a large one is replaced
// by a pointer that the page fetches after hydration (see page-data.ts).
import type { PageServerLoad } from './$types';
import { GRAPH_URL, loadGraph } from './load-graph';
import { toPageGraph } from './page-data';

export const prerender = true;

export const load: PageServerLoad = async ({ fetch }) => ({ load: toPageGraph(await loadGraph(fetch), GRAPH_URL) });
