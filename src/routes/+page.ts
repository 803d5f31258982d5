// The page's universal load: opens the session the page data points to (see $lib/session/page-data). In the
// server render a small graph is the one the server load validated (never serialized into the HTML); in the
// browser its preloaded file is fetched and checked before hydration, and a missing or changed file becomes the
// error view. A large graph's session is pending: the page fetches it after hydration.
import type { PageLoad } from './$types';
import { openPageGraph } from '$lib/session/page-data';
import { siteFetch } from '$lib/session/site-files';

export const load: PageLoad = async ({ data, fetch }) => {
  const p = data.pointer;
  return { session: await openPageGraph(p, siteFetch(fetch), import.meta.env.SSR), preload: p.status === 'linked' ? p.url : null };
};
