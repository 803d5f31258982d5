// The prerendered page's <html lang> is the transcript's (set by the page's server load in `locals.lang`), so a
// Chinese transcript's page is `lang="zh"` before any script runs: the browser then chooses CJK fonts and line
// breaking for it, and screen readers the right voice. Pages without a graph (errors) stay English.
import type { Handle } from '@sveltejs/kit';

const LANG_PLACEHOLDER = '%topicgraph.lang%';

export const handle: Handle = async ({ event, resolve }) =>
  resolve(event, { transformPageChunk: ({ html }) => html.replace(LANG_PLACEHOLDER, event.locals.lang ?? 'en') });
