/**
 * A large graph's page (fetched after hydration, drawn on Canvas) measured in Chromium, as samples for the page
 * and sigma suites:
 * - loads (plain and traced, alternating): the data file arrived (responseEnd), first render after it (the preview
 *   the loading worker prepared, or the Canvas view when there was none), the interactive Canvas view after it;
 *   the traced loads give the main-thread CPU of the same intervals (from tg:data-loaded);
 * - on the last plain load, once its accessible list is complete: pan, wheel zoom, hover (neighbours highlighted),
 *   drag (fps per gesture, every frame gap, CPU per frame); full redraws (zoom buttons) and clicks to passages
 *   with the CPU around each.
 */
import type { Browser, Page } from '@playwright/test';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { alternate, closePage, cpuMeter, gestures, KB, list, openPage, PageBenchError, probe, ready, type FrameStats, type GestureSamples, type Navigation } from './measure';
import { median } from '../stats';
import { tracedLoad } from './trace';

export interface LargeOptions {
  /** Plain loads (wall-time rows; the last one stays open for the interactions) and traced loads (CPU rows). */
  loads: number;
  tracedLoads: number;
  /** Redraws and clicks (each a sample). */
  interactions: number;
  gestureMs: number;
  gestureRuns: number;
  label: string;
  log: (m: string) => void;
}

export interface LargeSamples {
  /** Data file arrived (responseEnd) -> frame after the first picture of the graph was rendered. */
  firstRender: number[];
  /** Data file arrived -> frame after the interactive Canvas view drew (tg:graph-drawn). */
  interactive: number[];
  /** Navigation -> data file arrived. */
  dataLoaded: number[];
  /** Main-thread CPU: tg:data-loaded -> tg:preview-drawn / tg:graph-drawn; navigation -> tg:data-loaded. */
  firstRenderCpu: number[];
  interactiveCpu: number[];
  dataLoadedCpu: number[];
  dataKB: number;
  jsKB: number;
  pan: GestureSamples;
  zoom: GestureSamples;
  hover: GestureSamples;
  drag: GestureSamples;
  /** A full redraw of the base layer (zoom button -> frame rendered) and its CPU. */
  redraw: number[];
  redrawCpu: number[];
  clickToPassages: number[];
  clickToPassagesCpu: number[];
}

/** Graph points of the most connected concepts (hover and click targets). */
export function hubs(graph: SerializedConceptGraph, count: number): Array<[number, number]> {
  return [...graph.nodes]
    .sort((a, b) => b.attributes.degree - a.attributes.degree || (a.key < b.key ? -1 : 1))
    .slice(0, count)
    .map((n) => [n.attributes.x, n.attributes.y]);
}

/** Waits until the accessible list holds every link (it is built after the first paint); polled (the CSP forbids waitForFunction). */
async function fullList(page: Page, edges: number, label: string): Promise<void> {
  for (const t0 = Date.now(); ; ) {
    const n = (await page.evaluate(`document.querySelectorAll('[data-edge]').length`)) as number;
    if (n >= edges) return;
    if (Date.now() - t0 > 120_000) throw new PageBenchError(`${label}: the accessible list has ${n} of ${edges} links after 120 s`);
    await page.waitForTimeout(250);
  }
}

/**
 * The page with every link drawn (`links=all`), not the default backbone: the rows keep measuring the heaviest
 * view (all of a synthetic graph's links on the canvas and in the accessible list), as the targets were set for it.
 */
export function allLinks(url: string): string {
  const u = new URL(url);
  u.searchParams.set('links', 'all');
  return u.toString();
}

export async function measureLarge(browser: Browser, pageUrl: string, graph: SerializedConceptGraph, o: LargeOptions): Promise<LargeSamples> {
  const url = allLinks(pageUrl);
  const firstRender: number[] = [];
  const interactive: number[] = [];
  const dataLoaded: number[] = [];
  const firstRenderCpu: number[] = [];
  const interactiveCpu: number[] = [];
  const dataLoadedCpu: number[] = [];
  let dataKB = 0;
  let page: Page | null = null;
  await alternate(
    o.loads,
    o.tracedLoads,
    async (i) => {
      const p = await openPage(browser, url);
      const first = await probe<{ name: string; mark: number; shown: number }>(p, 'paintAfterAnyMark', ['tg:preview-drawn', 'tg:graph-drawn'], 120000);
      const live = await probe<{ mark: number; shown: number }>(p, 'paintAfterMark', 'tg:graph-drawn', 120000);
      const nav = await probe<Navigation>(p, 'navigation');
      const data = nav.data[0];
      if (!data) throw new PageBenchError(`${o.label}: the page drew without fetching its graph file (inlined? check LARGE_GRAPH)`);
      firstRender.push(first.shown - data.end);
      interactive.push(live.shown - data.end);
      dataLoaded.push(data.end);
      dataKB = KB(data.encoded);
      o.log(`${o.label} load ${i + 1}/${o.loads}: data at ${data.end.toFixed(0)} ms, first render (${first.name}) ${(first.shown - data.end).toFixed(0)} ms after it, interactive view ${(live.shown - data.end).toFixed(0)} ms`);
      if (i < o.loads - 1) await closePage(p);
      else page = p;
    },
    async (i) => {
      const cpu = await tracedLoad(
        browser,
        url,
        { data: { to: 'tg:data-loaded' }, first: { from: 'tg:data-loaded', to: 'tg:preview-drawn' }, live: { from: 'tg:data-loaded', to: 'tg:graph-drawn' } },
        ['tg:graph-drawn']
      );
      dataLoadedCpu.push(cpu.data);
      firstRenderCpu.push(cpu.first);
      interactiveCpu.push(cpu.live);
      o.log(`${o.label} traced load ${i + 1}/${o.tracedLoads}: main-thread CPU ${cpu.data.toFixed(0)} ms to the data, then ${cpu.first.toFixed(0)} ms to the preview, ${cpu.live.toFixed(0)} ms to the interactive view`);
    }
  );
  if (!page) throw new PageBenchError(`${o.label}: no page load to measure the interactions on (loads must be >= 1)`);
  const pg: Page = page;
  // the accessible list and the side panels finish building after the first paint: wait for them
  await ready(pg, 120_000);
  await fullList(pg, graph.edges.length, o.label);
  await probe(pg, 'quiet', 500, 20000);
  const nav = await probe<Navigation>(pg, 'navigation');
  const jsKB = KB(nav.scripts.reduce((a, s) => a + s.encoded, 0));
  const meter = await cpuMeter(pg);
  const pause = async () => {
    await probe(pg, 'quiet', 400, 20000);
  };
  const fpsLine = (name: string, g: GestureSamples) => `${o.label} ${name}: ${list(g.fps)} fps, median frame ${median(g.frameMs).toFixed(1)} ms, CPU per frame ${median(g.cpuPerFrameMs).toFixed(1)} ms`;
  const pan = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(pg, 'pan', '.graph', o.gestureMs), pause);
  o.log(fpsLine('pan', pan));
  const zoom = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(pg, 'wheelZoom', '.graph', o.gestureMs), pause);
  o.log(fpsLine('wheel zoom', zoom));
  await pg.getByRole('button', { name: 'Zoom to fit' }).click();
  await pause();
  const points = hubs(graph, 40);
  const hover = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(pg, 'hoverCanvas', points, o.gestureMs), pause);
  o.log(fpsLine('hover', hover));
  const redraw: number[] = [];
  const redrawCpu: number[] = [];
  for (let i = 0; i < o.interactions; i++) {
    const name = i % 2 === 0 ? 'Zoom in' : 'Zoom out';
    const before = await pg.evaluate(`performance.getEntriesByName('tg:graph-drawn').at(-1)?.startTime ?? -1`);
    const r = await meter.around(
      () =>
        pg.evaluate(
          `(() => { const b = [...document.querySelectorAll('.zoom button')].find((x) => x.getAttribute('aria-label') === ${JSON.stringify(name)}); const t0 = performance.now(); b.click(); return window.__tgProbe.shownWhen(() => (performance.getEntriesByName('tg:graph-drawn').at(-1)?.startTime ?? -1) > ${before}).then((t1) => t1 - t0); })()`
        ) as Promise<number>
    );
    redraw.push(r.value);
    redrawCpu.push(r.cpu);
    await pause();
  }
  // back to the overview (an odd count of redraws ends zoomed in)
  if (o.interactions % 2 === 1) {
    await pg.getByRole('button', { name: 'Zoom out' }).click();
    await pause();
  }
  o.log(`${o.label} full redraw: ${list(redraw)} ms (CPU ${list(redrawCpu)} ms)`);
  const clickToPassages: number[] = [];
  const clickToPassagesCpu: number[] = [];
  for (let i = 0; i < o.interactions; i++) {
    const [x, y] = points[i % points.length];
    const r = await meter.around(() => probe<number>(pg, 'clickCanvasToPassages', x, y));
    clickToPassages.push(r.value);
    clickToPassagesCpu.push(r.cpu);
    await probe(pg, 'escape');
    await pause();
  }
  o.log(`${o.label} click to passages: ${list(clickToPassages)} ms (CPU ${list(clickToPassagesCpu)} ms)`);
  const [hx, hy] = points[0];
  const drag = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(pg, 'dragCanvasNode', hx, hy, o.gestureMs), pause);
  o.log(fpsLine('drag', drag));
  await closePage(pg);
  return {
    firstRender,
    interactive,
    dataLoaded,
    firstRenderCpu,
    interactiveCpu,
    dataLoadedCpu,
    dataKB,
    jsKB,
    pan,
    zoom,
    hover,
    drag,
    redraw,
    redrawCpu,
    clickToPassages,
    clickToPassagesCpu
  };
}
