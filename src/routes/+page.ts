// Loads the bundled graph at build time (prerender), so it is inlined in the HTML and the first paint draws the
// build-time positions without running a simulation.
import type { PageLoad } from './$types';
import { loadGraph } from './load-graph';

export const prerender = true;

export const load: PageLoad = async ({ fetch }) => ({ load: await loadGraph(fetch) });
