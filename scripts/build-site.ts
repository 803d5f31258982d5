/**
 * Builds the explorer as a static site for any transcript, beside the bundled one:
 *
 *   npx tsx scripts/build-site.ts --transcript talk.md --concepts talk.concepts.json --out-dir site-talk [--title T]
 *   npx tsx scripts/build-site.ts --graph some.graph.json --out-dir site-x     (an existing graph file, used as is)
 *   npx tsx scripts/build-site.ts --no-graph --out-dir site-x                 (no graph file at all)
 *
 * It puts the graph into a temporary copy of static/ (building it with the CLI, or copying the given file
 * byte for byte even when it is broken: the e2e tests use that to check the page's error messages), then runs
 * `vite build` with TOPICGRAPH_ASSETS_DIR, TOPICGRAPH_BUILD_DIR and TOPICGRAPH_KIT_DIR (see svelte.config.js) so
 * the default build/ and .svelte-kit/ are left alone. It must not write anywhere else.
 * Serve the result with any static server, or
 *   TOPICGRAPH_BUILD_DIR=site-talk TOPICGRAPH_KIT_DIR=.svelte-kit-site-talk npx vite preview
 * (the kit folder is named after the last part of --out-dir).
 * Exit status: 0, 1 when the graph build or vite build fails (its message says why), 2 on usage errors.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const GRAPH_PATH = 'data/scaling-era.graph.json';

export type BuildSiteOptions = { outDir: string; title?: string; quiet?: boolean } & (
  | { transcript: string; concepts: string }
  | { graph: string }
  | { noGraph: true }
);

/** The kit folder (relative to the repository) that a build into `outDir` uses; `vite preview` needs it. */
export function kitDirFor(outDir: string): string {
  return `.svelte-kit-${basename(resolve(outDir))}`;
}

export function buildSite(opts: BuildSiteOptions): number {
  const assets = mkdtempSync(join(tmpdir(), 'topicgraph-assets-'));
  const stdio = opts.quiet ? 'pipe' : 'inherit';
  try {
    cpSync(join(ROOT, 'static'), assets, { recursive: true, filter: (src) => !src.endsWith('.graph.json') });
    mkdirSync(join(assets, 'data'), { recursive: true });
    if ('transcript' in opts) {
      const graph = spawnSync(
        process.execPath,
        [join(ROOT, 'bin/topicgraph.mjs'), 'build', '--transcript', opts.transcript, '--concepts', opts.concepts, '--out', join(assets, GRAPH_PATH), ...(opts.title ? ['--title', opts.title] : [])],
        { stdio, encoding: 'utf8' }
      );
      if (graph.status !== 0) {
        if (opts.quiet) process.stderr.write(graph.stderr ?? '');
        return graph.status ?? 1;
      }
    } else if ('graph' in opts) {
      if (!existsSync(opts.graph)) {
        process.stderr.write(`build-site: ${opts.graph}: no such graph file (build one with \`npx topicgraph build\`)\n`);
        return 1;
      }
      copyFileSync(opts.graph, join(assets, GRAPH_PATH));
    }
    const outDir = resolve(opts.outDir);
    const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio,
      encoding: 'utf8',
      env: { ...process.env, TOPICGRAPH_ASSETS_DIR: assets, TOPICGRAPH_BUILD_DIR: outDir, TOPICGRAPH_KIT_DIR: kitDirFor(outDir) }
    });
    if (vite.status !== 0 && opts.quiet) process.stderr.write((vite.stdout ?? '') + (vite.stderr ?? ''));
    return vite.status ?? 1;
  } finally {
    rmSync(assets, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = 'Usage: npx tsx scripts/build-site.ts (--transcript FILE --concepts FILE [--title TEXT] | --graph FILE | --no-graph) --out-dir DIR';
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        transcript: { type: 'string' },
        concepts: { type: 'string' },
        graph: { type: 'string' },
        'no-graph': { type: 'boolean' },
        'out-dir': { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    }));
  } catch (err) {
    console.error(`build-site: ${(err as Error).message}`);
    console.error(usage);
    process.exit(2);
  }
  const outDir = values['out-dir'];
  const sources = [values.transcript || values.concepts ? 1 : 0, values.graph ? 1 : 0, values['no-graph'] ? 1 : 0].reduce((a, b) => a + b, 0);
  const complete = values.graph || values['no-graph'] || (values.transcript && values.concepts);
  if (values.help || !outDir || sources !== 1 || !complete) {
    (values.help ? console.log : console.error)(usage);
    process.exit(values.help ? 0 : 2);
  }
  const opts: BuildSiteOptions = values.graph
    ? { outDir, graph: values.graph }
    : values['no-graph']
      ? { outDir, noGraph: true }
      : { outDir, transcript: values.transcript!, concepts: values.concepts!, title: values.title };
  process.exit(buildSite(opts));
}
