/**
 * The sites the page benches open, each built on first use and once per process (the page and sigma suites share
 * them) into a temporary folder removed when the process exits: the bundled graph, synthetic graphs of 1,000,
 * 5,000 and 20,000 nodes (three edges per node; 320, 400 and 500 in quick mode, still above the Canvas threshold),
 * and the sigma.js peer page with the same synthetic graph files. A focused run (`--only page.bundled`) builds
 * only what it opens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { LARGE_GRAPH } from '../../src/lib/viz/renderer';
import { syntheticGraph } from '../synthetic';
import { buildSigmaPage, buildSiteWith, bundledGraphJson } from './site';

export const SIZES = ['1k', '5k', '20k'] as const;
export type SizeName = (typeof SIZES)[number];

const FULL_NODES: Record<SizeName, number> = { '1k': 1000, '5k': 5000, '20k': 20000 };
const QUICK_EXTRA: Record<SizeName, number> = { '1k': 20, '5k': 100, '20k': 200 };

export function nodeCount(size: SizeName, quick: boolean): number {
  return quick ? LARGE_GRAPH.nodes + QUICK_EXTRA[size] : FULL_NODES[size];
}

export interface Site {
  dir: string;
  graph: SerializedConceptGraph;
}

let tmp: string | null = null;
function tempRoot(): string {
  if (!tmp) {
    tmp = mkdtempSync(join(tmpdir(), 'topicgraph-bench-sites-'));
    const dir = tmp;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return tmp;
}

const cache = new Map<string, Promise<unknown>>();
/** Memoises an async build under `key`; a failed build is forgotten so a later call retries. */
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = make();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

const mode = (quick: boolean) => (quick ? 'quick' : 'full');
const timed = async <T>(log: (m: string) => void, what: string, make: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const r = await make();
  log(`${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r;
};

/** The explorer built with the bundled graph. */
export function bundledSite(root: string, quick: boolean, log: (m: string) => void): Promise<Site> {
  return once(`${mode(quick)}:bundled`, () =>
    timed(log, 'built the bundled site', async () => {
      const text = await bundledGraphJson(root);
      const site = await buildSiteWith(root, text, join(tempRoot(), mode(quick), 'bundled'), 'bundled');
      return { dir: site.dir, graph: JSON.parse(text) as SerializedConceptGraph };
    })
  );
}

/** A synthetic graph of a size and its JSON text (generated once per process and mode). */
function synthetic(size: SizeName, quick: boolean): Promise<{ graph: SerializedConceptGraph; text: string }> {
  return once(`${mode(quick)}:graph:${size}`, async () => {
    const graph = syntheticGraph({ nodes: nodeCount(size, quick), edgesPerNode: 3 });
    return { graph, text: JSON.stringify(graph) };
  });
}

/** The explorer built with the synthetic graph of a size. */
export function largeSite(root: string, size: SizeName, quick: boolean, log: (m: string) => void): Promise<Site> {
  return once(`${mode(quick)}:site:${size}`, async () => {
    const { graph, text } = await synthetic(size, quick);
    return timed(log, `built the ${size} site (${graph.nodes.length} nodes, ${graph.edges.length} edges)`, async () => {
      const site = await buildSiteWith(root, text, join(tempRoot(), mode(quick), size), `${quick ? 'q' : 'f'}${size}`);
      return { dir: site.dir, graph };
    });
  });
}

/** The sigma.js page (bundled once) with the synthetic graph of `size` as data/<size>.json; its folder. */
export async function sigmaSite(root: string, size: SizeName, quick: boolean, log: (m: string) => void): Promise<string> {
  const dir = await once(`${mode(quick)}:sigma`, () => timed(log, 'bundled the sigma.js page', () => buildSigmaPage(root, join(tempRoot(), mode(quick), 'sigma'), {})));
  return once(`${mode(quick)}:sigma:${size}`, async () => {
    writeFileSync(join(dir, 'data', `${size}.json`), (await synthetic(size, quick)).text);
    return dir;
  });
}
