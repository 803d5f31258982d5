/**
 * The sites the page benches open, built once per process (both page suites share them) into a temporary folder
 * that is removed when the process exits: the bundled graph, two synthetic graphs (1,000 and 5,000 nodes, about
 * three edges per node; 320 and 400 in quick mode, still above the Canvas threshold), and the sigma.js peer page
 * with the same synthetic graph files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { LARGE_GRAPH } from '../../src/lib/viz/renderer';
import { syntheticGraph } from '../synthetic';
import { buildSigmaPage, buildSiteWith, bundledGraphJson } from './site';

export const SIZES = ['1k', '5k'] as const;
export type SizeName = (typeof SIZES)[number];

export function nodeCount(size: SizeName, quick: boolean): number {
  if (quick) return size === '1k' ? LARGE_GRAPH.nodes + 20 : LARGE_GRAPH.nodes + 100;
  return size === '1k' ? 1000 : 5000;
}

export interface Site {
  dir: string;
  graph: SerializedConceptGraph;
}

export interface BenchSites {
  bundled: Site;
  large: Record<SizeName, Site>;
  /** The sigma.js page; its graphs are data/1k.json and data/5k.json. */
  sigma: string;
}

const cache = new Map<string, Promise<BenchSites>>();
let tmp: string | null = null;

function tempRoot(): string {
  if (!tmp) {
    tmp = mkdtempSync(join(tmpdir(), 'topicgraph-bench-sites-'));
    const dir = tmp;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return tmp;
}

/** Builds (once per process and mode) every site the page suites need. */
export function benchSites(root: string, quick: boolean, log: (m: string) => void): Promise<BenchSites> {
  const key = quick ? 'quick' : 'full';
  let p = cache.get(key);
  if (!p) {
    p = build(root, quick, log);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

async function build(root: string, quick: boolean, log: (m: string) => void): Promise<BenchSites> {
  const base = join(tempRoot(), quick ? 'quick' : 'full');
  const t0 = performance.now();
  const bundledText = await bundledGraphJson(root);
  log('building the bundled site');
  const bundled = await buildSiteWith(root, bundledText, join(base, 'bundled'), 'bundled');
  const large = {} as Record<SizeName, Site>;
  const texts: Record<string, string> = {};
  for (const size of SIZES) {
    const graph = syntheticGraph({ nodes: nodeCount(size, quick), edgesPerNode: 3 });
    log(`building the ${size} site (${graph.nodes.length} nodes, ${graph.edges.length} edges)`);
    const text = JSON.stringify(graph);
    texts[size] = text;
    const site = await buildSiteWith(root, text, join(base, size), `${quick ? 'q' : 'f'}${size}`);
    large[size] = { dir: site.dir, graph };
  }
  log('bundling the sigma.js page');
  const sigma = await buildSigmaPage(root, join(base, 'sigma'), texts);
  log(`sites built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { bundled: { dir: bundled.dir, graph: JSON.parse(bundledText) as SerializedConceptGraph }, large, sigma };
}
