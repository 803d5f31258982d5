/**
 * The site's own files, wherever the site is served from. The page data names files from the site root
 * (`/data/scaling-era.graph.json`, also the name the error messages show); the one page of this site is the site's
 * root document, so in the browser they are fetched relative to it (`./data/...`), as SvelteKit's relative asset
 * paths are: a copy of the build served under a sub-path (`https://host/tools/topicgraph/`) finds its data too.
 */

/** `/x/y` -> `./x/y`; anything else (absolute URLs, already relative paths) as it is. */
export function sitePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `.${path}` : path;
}

/** A fetch that resolves site-root paths against the document, for the page's data requests. */
export function siteFetch(f: typeof fetch): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => f(typeof input === 'string' ? sitePath(input) : input, init)) as typeof fetch;
}
