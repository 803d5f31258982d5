/**
 * E2E support: builds a throw-away copy of the site (scripts/build-site.ts) and serves a built folder over HTTP on
 * 127.0.0.1 the way a plain static host would (scripts/serve-site.ts). Used by the specs that need a site other
 * than the default one (hostile content, broken data, a sub-path). Never touches build/ or .svelte-kit/.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { buildSite, SITE_MARKER, siteGraphFileName, type BuildSiteOptions } from '../../../scripts/build-site';
import { serveStatic, type StaticSite } from '../../../scripts/serve-site';
import type { SerializedConceptGraph } from '../../../src/lib/core/contract/types';

export { serveStatic, type StaticSite };
export const ROOT = resolve(import.meta.dirname, '../../..');

/** A built site being served, and the path of its graph file on disk (data/<name>.graph.json). */
export interface BuiltSite extends StaticSite {
  graphPath: string;
  /** The graph file as the page names it: /data/<name>.graph.json */
  graphUrl: string;
}

/**
 * Builds a site with scripts/build-site.ts (throws when it fails) and serves it. The specs build into their own
 * folders under the system's temp folder; a `topicgraph-e2e-*` folder there left by an older build-site (no marker,
 * so build-site would refuse it) is removed first, and nothing else.
 */
export async function buildAndServe(opts: BuildSiteOptions): Promise<BuiltSite> {
  const out = resolve(opts.outDir);
  const stale = dirname(out) === resolve(tmpdir()) && basename(out).startsWith('topicgraph-e2e-') && existsSync(out) && !existsSync(join(out, SITE_MARKER));
  if (stale) rmSync(out, { recursive: true, force: true });
  const status = buildSite({ quiet: true, ...opts });
  if (status !== 0) throw new Error(`build-site failed with status ${status} for ${opts.outDir}`);
  const file = siteGraphFileName(opts);
  return { ...(await serveStatic(opts.outDir)), graphPath: join(resolve(opts.outDir), 'data', file), graphUrl: `/data/${file}` };
}

/** The timestamped English fixture (tests/fixtures/timeline/solar-talk), built into its own temp folder and served, with its graph. */
export async function serveTimelineFixture(name: string): Promise<{ site: BuiltSite; graph: SerializedConceptGraph }> {
  const dir = join(ROOT, 'tests/fixtures/timeline');
  const site = await buildAndServe({ transcript: join(dir, 'solar-talk.md'), concepts: join(dir, 'solar-talk.concepts.json'), outDir: join(tmpdir(), `topicgraph-e2e-${name}`) });
  return { site, graph: JSON.parse(readFileSync(site.graphPath, 'utf8')) as SerializedConceptGraph };
}
