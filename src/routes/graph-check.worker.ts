/**
 * Web Worker: validates a fetched graph file (JSON text) against the schema off the main thread, with the same
 * messages as the page's loader. Answers `{status: 'ok'}` or the error view's content; never sends the graph back
 * (the page parsed its own copy). Started by page-data.ts.
 */
import { checkText } from './graph-check';

self.onmessage = async (e: MessageEvent<{ text: string; url: string }>) => {
  self.postMessage(await checkText(e.data.text, e.data.url));
};
