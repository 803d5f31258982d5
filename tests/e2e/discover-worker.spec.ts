/**
 * The discovery stage runs unchanged in a browser Web Worker: a worker entry that imports the core is bundled
 * with esbuild (jieba-wasm resolves to its web build, whose .wasm is served beside it), served over HTTP, and its
 * candidates for the bundled Chinese transcript and the English fixture equal the ones Node computes. Also
 * checks that jieba is fetched only for the Chinese transcript. Timings are logged, not asserted.
 */
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseTranscript } from '../../src/lib/core/parse';
import { discoverConcepts, documentLanguage, loadDiscoveryResources } from '../../src/lib/core/discover';
import { ROOT, serveStatic, type StaticSite } from './support/static-site';

const require = createRequire(import.meta.url);
const CASES = [
  { file: 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md', language: 'zh' },
  { file: 'tests/fixtures/discover/batteries.en.md', language: 'en' }
];

let dir: string;
let site: StaticSite;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-discover-worker-'));
  await build({
    entryPoints: [join(ROOT, 'tests/e2e/support/discover-worker-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    outdir: dir,
    logLevel: 'silent'
  });
  copyFileSync(join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm'), join(dir, 'jieba_rs_wasm_bg.wasm'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>discover worker</title>');
  site = await serveStatic(dir);
});

test.afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const c of CASES) {
  test(`discovery in a Web Worker equals Node: ${c.file}`, async ({ page }) => {
    const text = readFileSync(join(ROOT, c.file), 'utf8');
    const fileName = c.file.split('/').pop()!;
    const wasmRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasmRequests.push(r.url());
    });
    await page.goto(`${site.url}/index.html`);
    const answer = await page.evaluate(
      ({ text, fileName }) =>
        new Promise<{ ok: boolean; result?: unknown; error?: string; progress?: string[]; ms?: Record<string, number> }>((resolve) => {
          const worker = new Worker('./discover-worker-entry.js', { type: 'module' });
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => resolve({ ok: false, error: e.message });
          worker.postMessage({ text, fileName, top: 60, jiebaWasm: new URL('./jieba_rs_wasm_bg.wasm', location.href).href });
        }),
      { text, fileName }
    );
    expect(answer.error ?? '').toBe('');
    const doc = parseTranscript(text, { fileName });
    expect(documentLanguage(doc)).toBe(c.language);
    const node = discoverConcepts(doc, await loadDiscoveryResources(documentLanguage(doc)), { top: 60 });
    expect(answer.result).toEqual(JSON.parse(JSON.stringify(node)));
    expect(answer.progress?.[0]).toMatch(/^tokenising/);
    expect(wasmRequests.length).toBe(c.language === 'zh' ? 1 : 0);
    console.log(`[discover-worker] ${fileName}: load ${answer.ms!.load.toFixed(0)} ms, first run ${answer.ms!.first.toFixed(0)} ms, warm ${answer.ms!.warm.toFixed(0)} ms`);
  });
}
