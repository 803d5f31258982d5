/**
 * A tiny Web Worker for the discovery e2e test: parses a transcript and runs the discovery stage exactly as
 * Node does, with jieba-wasm's web build (initialised from the .wasm URL it is given) and wink-nlp.
 * Bundled with esbuild by tests/e2e/discover-worker.spec.ts; not part of the site.
 */
import { parseTranscript } from '../../../src/lib/core/parse';
import { discoverConcepts, documentLanguage, loadDiscoveryResources } from '../../../src/lib/core/discover';

interface Request {
  text: string;
  fileName: string;
  top: number;
  jiebaWasm: string;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { text, fileName, top, jiebaWasm } = event.data;
  try {
    const t0 = performance.now();
    const document = parseTranscript(text, { fileName });
    const language = documentLanguage(document);
    const resources = await loadDiscoveryResources(language, { jiebaWasm });
    const t1 = performance.now();
    const progress: string[] = [];
    const result = discoverConcepts(document, resources, { top, onProgress: (p) => progress.push(`${p.stage} ${p.done}/${p.total}`) });
    const t2 = performance.now();
    // A second run: the warm time, as a page would see it for the next transcript.
    discoverConcepts(document, resources, { top });
    const t3 = performance.now();
    self.postMessage({ ok: true, result, progress, ms: { load: t1 - t0, first: t2 - t1, warm: t3 - t2 } });
  } catch (err) {
    self.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
};
