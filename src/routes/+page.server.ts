// Reads and validates the site's graph file at build time (prerender only: this load never runs in the browser, so
// the page ships no schema code and hydration does not validate the same data again). The file is the one the
// build names (TOPICGRAPH_GRAPH_FILE, set by scripts/build-site.ts; the bundled scaling-era.graph.json otherwise).
// The page data is a pointer (see $lib/session/page-data): a small graph's file with its length and hash, drawn in
// the prerendered HTML from the build-time positions and fetched for hydration; a large graph's file, fetched and
// drawn after hydration; or the error view. It also tells the hook the transcript's language for <html lang>.
import type { PageServerLoad } from './$types';
import { prerenderPage } from '$lib/session/prerender';
import { siteGraphFile } from '$lib/session/site-files';

export const prerender = true;

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const { pointer, lang } = await prerenderPage(fetch, siteGraphFile(process.env.TOPICGRAPH_GRAPH_FILE || undefined));
  locals.lang = lang; // the page's <html lang> (src/hooks.server.ts)
  return { pointer };
};
