// The build worker in Chromium: a bare page (support/engine-harness, bundled by Vite like the site's workers) builds
// the bundled transcript + catalog in the worker; the graph is byte for byte the CLI's `npm run graph` output
// (sha256 of the files included), with its stages reported in order and the page's frames running meanwhile. A
// build can be cancelled; bad input comes back with the CLI's message.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT, serveStatic, type StaticSite } from './support/static-site';
import { expect, test } from './support/guards';

const TRANSCRIPT = 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md';
const CATALOG = 'data/concepts/econtalk-dwarkesh-scaling-era.concepts.json';
/** The title `npm run graph` gives the bundled graph (package.json). */
const TITLE = /--title "([^"]+)"/.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.graph)![1];
const files = { transcript: 'econtalk-dwarkesh-scaling-era.zh.md', catalog: 'econtalk-dwarkesh-scaling-era.concepts.json' };

let work: string;
let site: StaticSite;
let cli: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'topicgraph-e2e-engine-'));
  const out = join(work, 'page');
  await build({ configFile: false, logLevel: 'warn', root: join(ROOT, 'tests/e2e/support/engine-harness'), base: './', build: { outDir: out, emptyOutDir: true }, worker: { format: 'es' } });
  copyFileSync(join(ROOT, TRANSCRIPT), join(out, files.transcript));
  copyFileSync(join(ROOT, CATALOG), join(out, files.catalog));
  site = await serveStatic(out);
  // the CLI's output for the same input (what `npm run graph` writes)
  const graph = join(work, 'cli.graph.json');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/topicgraph.mjs'), 'build', '--transcript', join(ROOT, TRANSCRIPT), '--concepts', join(ROOT, CATALOG), '--out', graph, '--title', TITLE], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  cli = readFileSync(graph, 'utf8');
});
test.afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the bundled transcript built in the worker is the CLI graph, byte for byte', async ({ page }) => {
  await page.goto(`${site.url}/`);
  const r = await page.evaluate((f) => (window as unknown as { tgBuild: (f: unknown) => Promise<{ json: string; progress: Array<{ stage: string; step: number; steps: number }>; ms: number; frames: number }> }).tgBuild(f), { ...files, title: TITLE });
  expect(r.json.length).toBe(cli.length);
  expect(r.json === cli, 'the worker graph equals the CLI graph').toBe(true);
  expect(r.progress.map((p) => `${p.step}/${p.steps}`)).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
  expect(r.progress[0].stage).toBe(`reading ${files.transcript}`);
  // the page kept drawing frames while the worker built (nothing ran on its thread)
  expect(r.frames).toBeGreaterThan(1);
  test.info().annotations.push({ type: 'build in the worker', description: `${r.ms.toFixed(0)} ms, ${r.frames} frames meanwhile` });
  console.log(`build in the worker: ${r.ms.toFixed(0)} ms, ${r.frames} frames meanwhile`);
});

test('a build can be cancelled, and the next one works', async ({ page }) => {
  await page.goto(`${site.url}/`);
  expect(await page.evaluate((f) => (window as unknown as { tgCancel: (f: unknown) => Promise<string> }).tgCancel(f), files)).toBe('cancelled');
  const r = await page.evaluate((f) => (window as unknown as { tgBuild: (f: unknown) => Promise<{ json: string }> }).tgBuild(f), { ...files, title: TITLE });
  expect(r.json === cli).toBe(true);
});

test('bad input comes back with the CLI message', async ({ page }) => {
  await page.goto(`${site.url}/`);
  const e = await page.evaluate(() => (window as unknown as { tgBadInput: () => Promise<{ name: string; kind: string; text: string }> }).tgBadInput());
  expect([e.name, e.kind]).toEqual(['JobError', 'SourceError']);
  expect(e.text).toMatch(/^talk\.md:1: .*UTF-8/);
});
