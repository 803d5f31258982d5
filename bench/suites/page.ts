/**
 * Bench suite "page": the explorer in Debian's Chromium through Playwright, measured in the page itself.
 * - page.bundled.*: the bundled graph (SVG, prerendered): navigation to first graph paint (the graph is in the
 *   HTML, so first contentful paint), hydrated (the page's own mark), JavaScript transferred (gzip, after idle
 *   prefetches; `.critical` = loaded by hydration), click to passages shown, filter change to graph redrawn (all
 *   medians of 5), frames per second while dragging a node and while panning.
 * - page.1k.* / page.5k.*: synthetic graphs of 1,000 / 5,000 nodes (about 3 edges per node), fetched after
 *   hydration and drawn on Canvas: first render after the data arrived (the preview the loading worker prepared),
 *   the interactive view after it, fps while panning, wheel-zooming and hovering with neighbours highlighted, one
 *   full redraw, click to passages, drag.
 * `.cpu` rows: the renderer main thread's CPU time over the same interval, median of 3 traced navigations (the machine
 * is shared: wall-clock numbers include waiting for a core, these do not).
 * Quick mode: small graphs (still Canvas), one run, short gestures; same result names. See bench/page/.
 */
import { atLeast, atMost, result } from '../result';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';
import { launchBrowser, measureBundled, measureLarge, type LargeNumbers } from '../page/measure';
import { serveStatic } from '../page/server';
import { benchSites, SIZES, type SizeName } from '../page/sites';

export const PAGE_TARGETS = {
  firstGraphPaint: 300,
  hydrated: 500,
  clickToPassages: 50,
  filterChange: 100,
  dragFps: 55,
  jsKB: 120,
  largeFirstRender: 400,
  panFps: 55,
  hoverFps: 40
} as const;

const BUNDLED = [
  'page.bundled.first-graph-paint',
  'page.bundled.first-graph-paint.cpu',
  'page.bundled.hydrated',
  'page.bundled.hydrated.cpu',
  'page.bundled.click-to-passages',
  'page.bundled.filter-change',
  'page.bundled.drag.fps',
  'page.bundled.drag.frame',
  'page.bundled.pan.fps',
  'page.bundled.js',
  'page.bundled.js.critical',
  'page.bundled.html'
];
const LARGE = ['first-render', 'first-render.cpu', 'interactive', 'data-loaded', 'data', 'js', 'pan.fps', 'pan.frame', 'zoom.fps', 'hover.fps', 'hover.frame', 'redraw', 'click-to-passages', 'drag.fps'];

export const pageResultNames = [...BUNDLED, ...SIZES.flatMap((s) => LARGE.map((n) => `page.${s}.${n}`))];

/** Our Canvas numbers per size, shared with the sigma suite (it needs them for the ratios). */
const ours = new Map<string, Promise<LargeNumbers>>();
export function ourLargeNumbers(key: string, measure: () => Promise<LargeNumbers>): Promise<LargeNumbers> {
  let p = ours.get(key);
  if (!p) {
    p = measure();
    ours.set(key, p);
    p.catch(() => ours.delete(key));
  }
  return p;
}

export function runOptions(quick: boolean, log: (m: string) => void) {
  return quick ? { runs: 1, gestureMs: 500, gestureRuns: 1, log } : { runs: 5, gestureMs: 2000, gestureRuns: 3, log };
}

export async function measureOursLarge(o: BenchOptions, size: SizeName): Promise<LargeNumbers> {
  const sites = await benchSites(o.root, o.quick, o.log);
  const site = sites.large[size];
  return ourLargeNumbers(`${o.quick}:${size}`, async () => {
    const server = await serveStatic(site.dir);
    const browser = await launchBrowser();
    try {
      const opts = runOptions(o.quick, o.log);
      return await measureLarge(browser, server.url + '/', site.graph, { ...opts, runs: o.quick ? 1 : 3, label: size });
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

export const pageSuite: BenchSuite = {
  name: 'page',
  description: 'the explorer in Chromium: first paint, JS size, interactions (bundled, SVG); Canvas at 1k / 5k nodes',
  resultNames: pageResultNames,
  async run(o: BenchOptions): Promise<BenchResult[]> {
    const sites = await benchSites(o.root, o.quick, o.log);
    const out: BenchResult[] = [];
    const server = await serveStatic(sites.bundled.dir);
    const browser = await launchBrowser();
    try {
      const b = await measureBundled(browser, server.url + '/', sites.bundled.graph, runOptions(o.quick, o.log));
      out.push(
        result('page.bundled.first-graph-paint', b.firstGraphPaint, 'ms', atMost(PAGE_TARGETS.firstGraphPaint)),
        result('page.bundled.first-graph-paint.cpu', b.firstGraphPaintCpu, 'ms'),
        result('page.bundled.hydrated', b.hydrated, 'ms', atMost(PAGE_TARGETS.hydrated)),
        result('page.bundled.hydrated.cpu', b.hydratedCpu, 'ms'),
        result('page.bundled.click-to-passages', b.clickToPassages, 'ms', atMost(PAGE_TARGETS.clickToPassages)),
        result('page.bundled.filter-change', b.filterChange, 'ms', atMost(PAGE_TARGETS.filterChange)),
        result('page.bundled.drag.fps', b.dragFps, 'fps', atLeast(PAGE_TARGETS.dragFps)),
        result('page.bundled.drag.frame', b.dragFrameMs, 'ms'),
        result('page.bundled.pan.fps', b.panFps, 'fps'),
        result('page.bundled.js', b.jsKB, 'KB', atMost(PAGE_TARGETS.jsKB)),
        result('page.bundled.js.critical', b.jsCriticalKB, 'KB'),
        result('page.bundled.html', b.htmlKB, 'KB')
      );
    } finally {
      await browser.close();
      await server.close();
    }
    for (const size of SIZES) {
      const n = await measureOursLarge(o, size);
      const five = size === '5k';
      out.push(
        result(`page.${size}.first-render`, n.firstRender, 'ms', five ? atMost(PAGE_TARGETS.largeFirstRender) : undefined),
        result(`page.${size}.first-render.cpu`, n.firstRenderCpu, 'ms'),
        result(`page.${size}.interactive`, n.interactive, 'ms'),
        result(`page.${size}.data-loaded`, n.dataLoaded, 'ms'),
        result(`page.${size}.data`, n.dataKB, 'KB'),
        result(`page.${size}.js`, n.jsKB, 'KB'),
        result(`page.${size}.pan.fps`, n.panFps, 'fps', five ? atLeast(PAGE_TARGETS.panFps) : undefined),
        result(`page.${size}.pan.frame`, n.panFrameMs, 'ms'),
        result(`page.${size}.zoom.fps`, n.zoomFps, 'fps', five ? atLeast(PAGE_TARGETS.panFps) : undefined),
        result(`page.${size}.hover.fps`, n.hoverFps, 'fps', five ? atLeast(PAGE_TARGETS.hoverFps) : undefined),
        result(`page.${size}.hover.frame`, n.hoverFrameMs, 'ms'),
        result(`page.${size}.redraw`, n.redrawMs, 'ms'),
        result(`page.${size}.click-to-passages`, n.clickToPassages, 'ms'),
        result(`page.${size}.drag.fps`, n.dragFps, 'fps')
      );
    }
    return out;
  }
};
