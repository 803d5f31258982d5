/**
 * Builds the explorer as a static site for any transcript, beside the bundled one:
 *
 *   npx tsx scripts/build-site.ts --transcript talk.md --concepts talk.concepts.json --out-dir site-talk [--title T]
 *
 * It builds the graph into a temporary copy of static/, then runs `vite build` with TOPICGRAPH_ASSETS_DIR,
 * TOPICGRAPH_BUILD_DIR and TOPICGRAPH_KIT_DIR (see svelte.config.js) so the default build/ and .svelte-kit/ are
 * left alone. Serve the result with any static server, or
 *   TOPICGRAPH_BUILD_DIR=site-talk TOPICGRAPH_KIT_DIR=.svelte-kit-site-talk npx vite preview
 * Exit status: 0, 1 when the graph build fails (its message says why), 2 on usage errors.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');

export function buildSite(opts: { transcript: string; concepts: string; outDir: string; title?: string; quiet?: boolean }): number {
  const assets = mkdtempSync(join(tmpdir(), 'topicgraph-assets-'));
  try {
    cpSync(join(ROOT, 'static'), assets, { recursive: true, filter: (src) => !src.endsWith('.graph.json') });
    mkdirSync(join(assets, 'data'), { recursive: true });
    const stdio = opts.quiet ? 'pipe' : 'inherit';
    const graph = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/topicgraph.mjs'), 'build', '--transcript', opts.transcript, '--concepts', opts.concepts, '--out', join(assets, 'data/scaling-era.graph.json'), ...(opts.title ? ['--title', opts.title] : [])],
      { stdio, encoding: 'utf8' }
    );
    if (graph.status !== 0) {
      if (opts.quiet) process.stderr.write(graph.stderr ?? '');
      return graph.status ?? 1;
    }
    const outDir = resolve(opts.outDir);
    const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio,
      encoding: 'utf8',
      env: { ...process.env, TOPICGRAPH_ASSETS_DIR: assets, TOPICGRAPH_BUILD_DIR: outDir, TOPICGRAPH_KIT_DIR: `.svelte-kit-${basename(outDir)}` }
    });
    if (vite.status !== 0 && opts.quiet) process.stderr.write((vite.stdout ?? '') + (vite.stderr ?? ''));
    return vite.status ?? 1;
  } finally {
    rmSync(assets, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let values;
  try {
    ({ values } = parseArgs({ options: { transcript: { type: 'string' }, concepts: { type: 'string' }, 'out-dir': { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    console.error(`build-site: ${(err as Error).message}`);
    process.exit(2);
  }
  if (values.help || !values.transcript || !values.concepts || !values['out-dir']) {
    console.error('Usage: npx tsx scripts/build-site.ts --transcript FILE --concepts FILE --out-dir DIR [--title TEXT]');
    process.exit(values.help ? 0 : 2);
  }
  process.exit(buildSite({ transcript: values.transcript, concepts: values.concepts, outDir: values['out-dir'], title: values.title }));
}
