/**
 * Bench suite "page": the explorer in Debian's Chromium through Playwright, measured in the page itself; every
 * timed row is the median of its samples with their spread, and every wall-time row has a `.cpu` row beside it
 * (the renderer main thread's CPU time: traced loads, or ThreadTime around an interaction; per frame for gestures).
 * - page.bundled.*: the bundled graph (SVG, prerendered): first graph paint, hydrated and the first click after
 *   load (9 plain + 9 traced loads), JavaScript and HTML sizes, click to passages, filter change (9 each), drag a
 *   node and pan (3 gestures of 2 s).
 * - page.1k.* / page.5k.* / page.20k.*: synthetic graphs (three edges per node) fetched after hydration and drawn
 *   on Canvas: data arrived, first render after it, interactive view (9 plain + 5 traced loads; 5 + 3 at 20k),
 *   pan, wheel zoom, hover, drag (3 gestures), full redraw and click to passages (9 each; 5 at 20k).
 * `--only page.bundled` (or any row prefix) runs only the parts behind the wanted rows and builds only their sites.
 * Quick mode: small graphs (still Canvas), one or two of everything, short gestures; same result names.
 */
import { atLeast, atMost, result, sampled, type Target } from '../result';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';
import { measureBundled, type BundledOptions, type BundledParts } from '../page/bundled';
import { measureLarge, type LargeOptions, type LargeSamples } from '../page/large';
import { launchBrowser, type GestureSamples } from '../page/measure';
import { serveStatic } from '../page/server';
import { bundledSite, largeSite, SIZES, type SizeName } from '../page/sites';

/** The targets of the performance issues (medians in the page, this machine). */
export const PAGE_TARGETS = {
  firstGraphPaint: 250,
  firstGraphPaintCpu: 60,
  hydrated: 400,
  hydratedCpu: 100,
  firstClick: 50,
  clickToPassages: 50,
  filterChange: 100,
  dragFps: 55,
  panFps: 58,
  jsKB: 120
} as const;

/** Targets of the large graphs, by size (none at 1k). */
export const LARGE_TARGETS: Record<SizeName, Partial<Record<'firstRender' | 'panFps' | 'zoomFps' | 'hoverFps' | 'dragFps' | 'clickToPassages', number>>> = {
  '1k': {},
  '5k': { firstRender: 300, panFps: 55, zoomFps: 55, hoverFps: 40, dragFps: 50, clickToPassages: 40 },
  '20k': { firstRender: 800, panFps: 55, zoomFps: 55, hoverFps: 40, dragFps: 30 }
};

const BUNDLED = [
  'first-graph-paint',
  'first-graph-paint.cpu',
  'hydrated',
  'hydrated.cpu',
  'first-click',
  'first-click.cpu',
  'click-to-passages',
  'click-to-passages.cpu',
  'filter-change',
  'filter-change.cpu',
  'drag.fps',
  'drag.frame',
  'drag.frame.cpu',
  'pan.fps',
  'pan.frame',
  'pan.frame.cpu',
  'js',
  'js.critical',
  'html'
];
const GESTURE = (g: string) => [`${g}.fps`, `${g}.frame`, `${g}.frame.cpu`];
const LARGE = [
  'data-loaded',
  'data-loaded.cpu',
  'first-render',
  'first-render.cpu',
  'interactive',
  'interactive.cpu',
  'data',
  'js',
  ...GESTURE('pan'),
  ...GESTURE('zoom'),
  ...GESTURE('hover'),
  ...GESTURE('drag'),
  'redraw',
  'redraw.cpu',
  'click-to-passages',
  'click-to-passages.cpu'
];

export const pageResultNames = [...BUNDLED.map((n) => `page.bundled.${n}`), ...SIZES.flatMap((s) => LARGE.map((n) => `page.${s}.${n}`))];

type Plan = Omit<BundledOptions, 'log'>;
/** How many loads, interactions and gestures each part takes. */
export function bundledPlan(quick: boolean): Plan {
  return quick ? { loads: 2, tracedLoads: 1, interactions: 2, gestureMs: 500, gestureRuns: 1 } : { loads: 9, tracedLoads: 9, interactions: 9, gestureMs: 2000, gestureRuns: 3 };
}
export function largePlan(size: SizeName, quick: boolean): Omit<LargeOptions, 'log' | 'label'> {
  if (quick) return { loads: 1, tracedLoads: 1, interactions: 2, gestureMs: 500, gestureRuns: 1 };
  return size === '20k' ? { loads: 5, tracedLoads: 3, interactions: 5, gestureMs: 2000, gestureRuns: 3 } : { loads: 9, tracedLoads: 5, interactions: 9, gestureMs: 2000, gestureRuns: 3 };
}

/** Our Canvas samples per size, shared with the sigma suite (it needs them for the ratios). */
const ours = new Map<string, Promise<LargeSamples>>();
export function measureOursLarge(o: BenchOptions, size: SizeName): Promise<LargeSamples> {
  const key = `${o.quick}:${size}`;
  let p = ours.get(key);
  if (!p) {
    p = (async () => {
      const site = await largeSite(o.root, size, o.quick, o.log);
      const server = await serveStatic(site.dir);
      const browser = await launchBrowser();
      try {
        return await measureLarge(browser, server.url + '/', site.graph, { ...largePlan(size, o.quick), label: size, log: o.log });
      } finally {
        await browser.close();
        await server.close();
      }
    })();
    ours.set(key, p);
    p.catch(() => ours.delete(key));
  }
  return p;
}

/** The three rows of a gesture: fps (per gesture), frame (every frame gap), frame.cpu (CPU per frame, per gesture). */
function gestureRows(prefix: string, g: GestureSamples, fpsTarget?: Target): BenchResult[] {
  return [sampled(`${prefix}.fps`, g.fps, 'fps', fpsTarget), sampled(`${prefix}.frame`, g.frameMs, 'ms'), sampled(`${prefix}.frame.cpu`, g.cpuPerFrameMs, 'ms')];
}

async function bundledRows(o: BenchOptions): Promise<BenchResult[]> {
  const w = (n: string) => o.wants?.(`page.bundled.${n}`) ?? true;
  const parts: BundledParts = {
    loads: w('first-graph-paint') || w('hydrated') || w('first-click'),
    sizes: w('js') || w('html'),
    clicks: w('click-to-passages'),
    filters: w('filter-change'),
    drag: w('drag'),
    pan: w('pan')
  };
  const site = await bundledSite(o.root, o.quick, o.log);
  const server = await serveStatic(site.dir);
  const browser = await launchBrowser();
  try {
    const b = await measureBundled(browser, server.url + '/', site.graph, { ...bundledPlan(o.quick), log: o.log }, parts);
    const T = PAGE_TARGETS;
    const out: BenchResult[] = [];
    if (parts.loads)
      out.push(
        sampled('page.bundled.first-graph-paint', b.firstGraphPaint, 'ms', atMost(T.firstGraphPaint)),
        sampled('page.bundled.first-graph-paint.cpu', b.firstGraphPaintCpu, 'ms', atMost(T.firstGraphPaintCpu)),
        sampled('page.bundled.hydrated', b.hydrated, 'ms', atMost(T.hydrated)),
        sampled('page.bundled.hydrated.cpu', b.hydratedCpu, 'ms', atMost(T.hydratedCpu)),
        sampled('page.bundled.first-click', b.firstClick, 'ms', atMost(T.firstClick)),
        sampled('page.bundled.first-click.cpu', b.firstClickCpu, 'ms')
      );
    if (parts.clicks)
      out.push(
        sampled('page.bundled.click-to-passages', b.clickToPassages, 'ms', atMost(T.clickToPassages)),
        sampled('page.bundled.click-to-passages.cpu', b.clickToPassagesCpu, 'ms')
      );
    if (parts.filters)
      out.push(sampled('page.bundled.filter-change', b.filterChange, 'ms', atMost(T.filterChange)), sampled('page.bundled.filter-change.cpu', b.filterChangeCpu, 'ms'));
    if (b.drag) out.push(...gestureRows('page.bundled.drag', b.drag, atLeast(T.dragFps)));
    if (b.pan) out.push(...gestureRows('page.bundled.pan', b.pan, atLeast(T.panFps)));
    if (b.sizes)
      out.push(
        result('page.bundled.js', b.sizes.jsKB, 'KB', atMost(T.jsKB)),
        result('page.bundled.js.critical', b.sizes.jsCriticalKB, 'KB'),
        result('page.bundled.html', b.sizes.htmlKB, 'KB')
      );
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

function largeRows(size: SizeName, n: LargeSamples): BenchResult[] {
  const t = LARGE_TARGETS[size];
  const p = `page.${size}`;
  const most = (x?: number) => (x === undefined ? undefined : atMost(x));
  const least = (x?: number) => (x === undefined ? undefined : atLeast(x));
  return [
    sampled(`${p}.data-loaded`, n.dataLoaded, 'ms'),
    sampled(`${p}.data-loaded.cpu`, n.dataLoadedCpu, 'ms'),
    sampled(`${p}.first-render`, n.firstRender, 'ms', most(t.firstRender)),
    sampled(`${p}.first-render.cpu`, n.firstRenderCpu, 'ms'),
    sampled(`${p}.interactive`, n.interactive, 'ms'),
    sampled(`${p}.interactive.cpu`, n.interactiveCpu, 'ms'),
    result(`${p}.data`, n.dataKB, 'KB'),
    result(`${p}.js`, n.jsKB, 'KB'),
    ...gestureRows(`${p}.pan`, n.pan, least(t.panFps)),
    ...gestureRows(`${p}.zoom`, n.zoom, least(t.zoomFps)),
    ...gestureRows(`${p}.hover`, n.hover, least(t.hoverFps)),
    ...gestureRows(`${p}.drag`, n.drag, least(t.dragFps)),
    sampled(`${p}.redraw`, n.redraw, 'ms'),
    sampled(`${p}.redraw.cpu`, n.redrawCpu, 'ms'),
    sampled(`${p}.click-to-passages`, n.clickToPassages, 'ms', most(t.clickToPassages)),
    sampled(`${p}.click-to-passages.cpu`, n.clickToPassagesCpu, 'ms')
  ];
}

export const pageSuite: BenchSuite = {
  name: 'page',
  description: 'the explorer in Chromium: loads, first click, sizes, interactions (bundled, SVG); Canvas at 1k / 5k / 20k nodes',
  resultNames: pageResultNames,
  async run(o: BenchOptions): Promise<BenchResult[]> {
    const out: BenchResult[] = [];
    if (o.wants?.('page.bundled') ?? true) out.push(...(await bundledRows(o)));
    for (const size of SIZES) if (o.wants?.(`page.${size}`) ?? true) out.push(...largeRows(size, await measureOursLarge(o, size)));
    return out;
  }
};
