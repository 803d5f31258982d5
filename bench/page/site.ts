/**
 * Builds the explorer for the page benches into a temporary folder, for the bundled graph or any graph object
 * (the synthetic ones): copies static/ without graph files into a temporary assets folder, writes the graph there
 * as data/scaling-era.graph.json and runs `vite build` with TOPICGRAPH_ASSETS_DIR / TOPICGRAPH_BUILD_DIR /
 * TOPICGRAPH_KIT_DIR (svelte.config.js), so build/ and .svelte-kit/ are left alone (`svelte-kit sync` first in a
 * fresh checkout; the bench's kit folder is removed afterwards). Also bundles the bench-only
 * sigma.js page (bench/sigma/) with esbuild. Nothing here is shipped.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { ensureSynced } from '../../scripts/kit-sync';
import { BUNDLED_CATALOG, BUNDLED_TRANSCRIPT } from '../inputs';

export const GRAPH_FILE = 'data/scaling-era.graph.json';

export class SiteBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteBuildError';
  }
}

function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new SiteBuildError(`${basename(cmd)} ${args.join(' ')} exited with ${code}:\n${out.slice(-4000)}`))));
  });
}

/** The bundled graph's JSON text: static/data's file when present, else built by the CLI into a temp file. */
export async function bundledGraphJson(root: string): Promise<string> {
  const existing = join(root, 'static', GRAPH_FILE);
  if (existsSync(existing)) return readFileSync(existing, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'topicgraph-bench-graph-'));
  try {
    const out = join(dir, 'g.json');
    await run(process.execPath, [join(root, 'bin/topicgraph.mjs'), 'build', '--transcript', join(root, BUNDLED_TRANSCRIPT), '--concepts', join(root, BUNDLED_CATALOG), '--out', out], { cwd: root });
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BuiltSite {
  /** Folder to serve. */
  dir: string;
  /** Size of the graph file in bytes. */
  graphBytes: number;
}

/** Builds the site with this graph (JSON text or object) into `outDir`. */
export async function buildSiteWith(root: string, graph: string | SerializedConceptGraph, outDir: string, name: string): Promise<BuiltSite> {
  const assets = mkdtempSync(join(tmpdir(), 'topicgraph-bench-assets-'));
  const kitDir = `.svelte-kit-bench-${name}`;
  try {
    cpSync(join(root, 'static'), assets, { recursive: true, filter: (src) => !src.endsWith('.graph.json') });
    mkdirSync(join(assets, 'data'), { recursive: true });
    const text = typeof graph === 'string' ? graph : JSON.stringify(graph);
    writeFileSync(join(assets, GRAPH_FILE), text);
    rmSync(outDir, { recursive: true, force: true });
    if (ensureSynced(root, 'pipe') !== 0) throw new SiteBuildError(`\`svelte-kit sync\` failed in ${root}: run \`npx svelte-kit sync\` there and try again`);
    await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, TOPICGRAPH_ASSETS_DIR: assets, TOPICGRAPH_BUILD_DIR: outDir, TOPICGRAPH_KIT_DIR: kitDir }
    });
    if (!existsSync(join(outDir, 'index.html'))) throw new SiteBuildError(`vite build wrote no index.html into ${outDir}`);
    return { dir: outDir, graphBytes: Buffer.byteLength(text) };
  } finally {
    rmSync(assets, { recursive: true, force: true });
    rmSync(join(root, kitDir), { recursive: true, force: true }); // its generated files: nothing to keep in the checkout
  }
}

/** Bundles bench/sigma/ (index.html + main.ts, sigma.js and graphology) into `outDir` and writes the graphs there. */
export async function buildSigmaPage(root: string, outDir: string, graphs: Record<string, string>): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  const esbuild = join(root, 'node_modules/.bin/esbuild');
  if (!existsSync(esbuild)) throw new SiteBuildError(`esbuild not found at ${esbuild}: run npm ci`);
  await run(esbuild, [join(root, 'bench/sigma/main.ts'), '--bundle', '--format=esm', '--minify', '--target=es2022', `--alias:$lib=${join(root, 'src/lib')}`, `--outfile=${join(outDir, 'main.js')}`, '--log-level=warning'], { cwd: root });
  cpSync(join(root, 'bench/sigma/index.html'), join(outDir, 'index.html'));
  for (const [name, text] of Object.entries(graphs)) writeFileSync(join(outDir, 'data', `${name}.json`), text);
  return outDir;
}
