// The page's universal load: turns a linked small graph (see linked-graph.ts) into the graph to draw. In the
// server render it takes the graph the server load validated (never serialized into the HTML); in the browser it
// fetches the preloaded file before hydration, and a missing or changed file becomes the error view.
import type { PageLoad } from './$types';
import { fetchLinked, prerendered } from '../lib/session/linked-graph';
import type { GraphLoad } from '../lib/session/load-graph';
import type { PageGraph } from '../lib/session/page-data';
import { siteFetch } from '../lib/session/site-url';

export const load: PageLoad = async ({ data, fetch }) => {
  const p = data.load;
  let load: PageGraph | GraphLoad = p;
  if (p.status === 'linked') {
    const graph = import.meta.env.SSR ? prerendered.get(p.url) : undefined;
    load = graph ? { status: 'ok', graph, transcript: p.transcript } : await fetchLinked(p, siteFetch(fetch));
  }
  return { load, preload: p.status === 'linked' ? p.url : null };
};
