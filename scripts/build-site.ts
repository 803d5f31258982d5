/**
 * Builds the explorer as a static site for any transcript, beside the bundled one:
 *
 *   npx tsx scripts/build-site.ts --transcript talk.md --concepts talk.concepts.json --out-dir site-talk [--title T]
 *   npx tsx scripts/build-site.ts --graph some.graph.json --out-dir site-x     (an existing graph file, used as is)
 *   npx tsx scripts/build-site.ts --no-graph --out-dir site-x                 (no graph file at all)
 *
 * The site's graph file is named after its transcript or graph file (`talk.md` -> data/talk.graph.json; `--name`
 * chooses another), so exports and messages name this site's data, not the bundled one's. The graph goes into a
 * temporary copy of static/ (built with the CLI, or the given file copied byte for byte even when it is broken:
 * the e2e tests use that to check the page's error messages); `vite build` runs with TOPICGRAPH_ASSETS_DIR,
 * TOPICGRAPH_GRAPH_FILE, TOPICGRAPH_BUILD_DIR and TOPICGRAPH_KIT_DIR (svelte.config.js, +page.server.ts) into a
 * temporary folder, and its kit folder is removed afterwards.
 *
 * --out-dir must be a new or empty folder, or one this script wrote before (it leaves a `.topicgraph-site` file
 * listing what it wrote). Only the files that list names are replaced; anything else in the folder is kept, and a
 * non-empty folder without the list (a checkout, a home folder) is refused before anything is written.
 * Serve the result with any static file server, e.g. `npx tsx scripts/serve-site.ts site-talk`.
 * Exit status: 0, 1 when the folder is refused or the graph or vite build fails (its message says why), 2 on
 * usage errors.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { graphFileNameFor, siteGraphFile } from '../src/lib/session/site-files';
import { ensureSynced } from './kit-sync';

const ROOT = resolve(import.meta.dirname, '..');
/** Left in every output folder: what this script wrote there (and so may replace). */
export const SITE_MARKER = '.topicgraph-site';

export type BuildSiteOptions = { outDir: string; title?: string; quiet?: boolean; /** graph file stem (default: from the input's name) */ name?: string } & (
  | { transcript: string; concepts: string }
  | { graph: string }
  | { noGraph: true }
);

/** The output folder cannot be used; nothing was written or deleted. */
export class OutDirError extends Error {
  constructor(dir: string, problem: string, fix: string) {
    super(`${dir}: ${problem}. ${fix}`);
    this.name = 'OutDirError';
  }
}

/** The site's graph file name (`talk.graph.json`): from --name, else the transcript's or graph file's name. */
export function siteGraphFileName(opts: BuildSiteOptions): string {
  const from = opts.name ? `${opts.name}.graph.json` : 'transcript' in opts ? opts.transcript : 'graph' in opts ? opts.graph : 'graph';
  return graphFileNameFor(from);
}

/** Every file under `dir` (relative paths, `/`-separated), symlinks as files. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, base) : [relative(base, full).split(sep).join('/')];
  });
}

/** A path from a marker, if it stays inside `dir`. */
function inside(dir: string, path: unknown): string | null {
  if (typeof path !== 'string' || path === '' || isAbsolute(path)) return null;
  const full = normalize(join(dir, path));
  return full.startsWith(dir + sep) ? full : null;
}

/**
 * Checks the output folder before anything is built: missing, empty, or a previous output of this script (its
 * marker lists only paths inside it). Answers the files the previous build wrote there.
 */
export function checkOutDir(dir: string): string[] {
  const out = resolve(dir);
  if (!existsSync(out)) return [];
  if (!lstatSync(out).isDirectory()) throw new OutDirError(out, 'exists and is not a folder', 'Choose a new or empty folder for --out-dir');
  const entries = readdirSync(out);
  if (entries.length === 0) return [];
  const refuse = (why: string) => new OutDirError(out, why, 'Choose a new or empty folder for --out-dir (nothing was deleted)');
  if (!entries.includes(SITE_MARKER)) throw refuse(`is not empty and is not a site built by build-site (no ${SITE_MARKER} file)`);
  let files: unknown;
  try {
    files = (JSON.parse(readFileSync(join(out, SITE_MARKER), 'utf8')) as { files?: unknown }).files;
  } catch {
    files = null;
  }
  if (!Array.isArray(files) || !files.every((f) => inside(out, f))) throw refuse(`its ${SITE_MARKER} file is not one build-site wrote`);
  return files as string[];
}

/** Replaces the previous output's files in `out` by the new build's, keeping everything else; writes the marker. */
function install(out: string, built: string, previous: string[]): string[] {
  const files = filesUnder(built);
  const ours = new Set(previous);
  const foreign = files.filter((f) => !ours.has(f) && existsSync(join(out, f)));
  if (foreign.length) throw new OutDirError(out, `holds ${foreign[0]}, which build-site did not write`, 'Move it away or choose another --out-dir (nothing was deleted)');
  for (const f of previous) {
    const full = inside(out, f)!;
    rmSync(full, { force: true });
    // then its folders, as far as they are empty now
    for (let d = dirname(full); d.startsWith(out + sep) && existsSync(d) && readdirSync(d).length === 0; d = dirname(d)) rmdirSync(d);
  }
  mkdirSync(out, { recursive: true });
  cpSync(built, out, { recursive: true });
  writeFileSync(join(out, SITE_MARKER), JSON.stringify({ generator: 'topicgraph scripts/build-site.ts', files: files.sort() }, null, 1) + '\n');
  return files;
}

export function buildSite(opts: BuildSiteOptions): number {
  const say = (m: string) => process.stderr.write(`build-site: ${m}\n`);
  const out = resolve(opts.outDir);
  let previous: string[];
  let file: string;
  try {
    previous = checkOutDir(out);
    file = siteGraphFileName(opts);
    siteGraphFile(file);
  } catch (e) {
    say((e as Error).message);
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'topicgraph-site-'));
  const assets = join(work, 'assets');
  const built = join(work, 'out');
  const kitDir = `.svelte-kit-site-${process.pid}-${Date.now().toString(36)}`;
  const stdio = opts.quiet ? 'pipe' : 'inherit';
  try {
    cpSync(join(ROOT, 'static'), assets, { recursive: true, filter: (src) => !src.endsWith('.graph.json') });
    mkdirSync(join(assets, 'data'), { recursive: true });
    const graphPath = join(assets, 'data', file);
    if ('transcript' in opts) {
      const graph = spawnSync(
        process.execPath,
        [join(ROOT, 'bin/topicgraph.mjs'), 'build', '--transcript', opts.transcript, '--concepts', opts.concepts, '--out', graphPath, ...(opts.title ? ['--title', opts.title] : [])],
        { stdio, encoding: 'utf8' }
      );
      if (graph.status !== 0) {
        if (opts.quiet) process.stderr.write(graph.stderr ?? '');
        return graph.status ?? 1;
      }
    } else if ('graph' in opts) {
      if (!existsSync(opts.graph) || !statSync(opts.graph).isFile()) {
        say(`${opts.graph}: no such graph file (build one with \`npx topicgraph build\`)`);
        return 1;
      }
      copyFileSync(opts.graph, graphPath);
    }
    if (ensureSynced(ROOT, stdio) !== 0) {
      say('`svelte-kit sync` failed (see above); run `npx svelte-kit sync` and try again');
      return 1;
    }
    const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, TOPICGRAPH_ASSETS_DIR: assets, TOPICGRAPH_GRAPH_FILE: file, TOPICGRAPH_BUILD_DIR: built, TOPICGRAPH_KIT_DIR: kitDir }
    });
    // SvelteKit's advice does not apply to this build: `npm run preview` previews the default build, not this site,
    // and the temporary kit folder is not one tsconfig.json should extend
    const output = `${vite.stdout ?? ''}${vite.stderr ?? ''}`
      .replace(/Your tsconfig\.json should extend the configuration generated by SvelteKit:\n\{\n.*\n\}\n?/g, '')
      .split('\n')
      .filter((l) => !/npm run preview/.test(l))
      .join('\n');
    if (!opts.quiet || vite.status !== 0) process.stderr.write(output);
    if (vite.status !== 0) return vite.status ?? 1;
    const files = install(out, built, previous);
    if (!opts.quiet) say(`wrote ${relative(process.cwd(), out) || '.'} (${files.length} files, graph data/${file}). Serve it with any static file server, e.g. \`npx tsx scripts/serve-site.ts ${relative(process.cwd(), out) || '.'}\``);
    return 0;
  } catch (e) {
    say((e as Error).message);
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(join(ROOT, kitDir), { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = 'Usage: npx tsx scripts/build-site.ts (--transcript FILE --concepts FILE [--title TEXT] | --graph FILE | --no-graph) --out-dir DIR [--name NAME]';
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
        name: { type: 'string' },
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
  const common = { outDir, name: values.name };
  const opts: BuildSiteOptions = values.graph
    ? { ...common, graph: values.graph }
    : values['no-graph']
      ? { ...common, noGraph: true }
      : { ...common, transcript: values.transcript!, concepts: values.concepts!, title: values.title };
  process.exit(buildSite(opts));
}
