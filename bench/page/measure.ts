/**
 * The page measurements behind bench/suites/page.ts and bench/suites/sigma.ts: opens built sites in Debian's
 * Chromium through Playwright and reads numbers the page itself produced (paint timing, performance marks,
 * Resource Timing, requestAnimationFrame gaps) through the in-page probe (probe.browser.js). Input for gestures
 * is dispatched inside the page, one event per animation frame; the test driver only starts a step and reads
 * its result, so its round trips are never inside a timed interval.
 *
 * Marks the explorer sets: tg:hydrated (onMount), tg:data-loaded (a large graph's file arrived), tg:graph-drawn
 * (after each commit of the picture: SVG layers updated or Canvas base redrawn).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser-path.mjs';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { median } from '../stats';

const PROBE = fileURLToPath(new URL('./probe.browser.js', import.meta.url));
export const VIEWPORT = { width: 1440, height: 900 };

export class PageBenchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageBenchError';
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new PageBenchError('no Chromium found: install Debian\'s (apt-get install -y chromium) or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A fresh context (cold cache, as a first visit) with the probe installed, at the e2e viewport. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript({ path: PROBE });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { benchErrors?: string[] }).benchErrors = errors;
  await page.goto(url);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  const errors = (page as Page & { benchErrors?: string[] }).benchErrors ?? [];
  await page.context().close();
  if (errors.length) throw new PageBenchError(`the page threw: ${errors.slice(0, 3).join(' | ')}`);
}

/** Calls a probe function in the page (arguments as JSON: no functions cross, nothing is transpiled). */
export function probe<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`window.__tgProbe.${fn}(${args.map((a) => JSON.stringify(a)).join(',')})`) as Promise<T>;
}

export interface Navigation {
  fcp: number;
  domInteractive: number;
  htmlEncoded: number;
  hydrated: number;
  graphDrawn: number;
  scripts: Array<{ url: string; encoded: number; start: number; end: number }>;
  data: Array<{ url: string; encoded: number; decoded: number; end: number }>;
}

export interface FrameStats {
  frames: number;
  durationMs: number;
  fps: number;
  meanFrameMs: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
}

const KB = (bytes: number) => bytes / 1000;

/** Waits until the explorer says it is ready (its tg:ready mark: graph drawn, panels mounted), without polling. */
export async function ready(page: Page, timeout = 60_000): Promise<void> {
  await probe(page, 'waitMark', 'tg:ready', timeout);
}

/** Median frame statistics of `runs` gestures. */
async function gestures(runs: number, one: () => Promise<FrameStats>, pause: () => Promise<void>): Promise<{ fps: number; frameMs: number; p95: number }> {
  const all: FrameStats[] = [];
  for (let i = 0; i < runs; i++) {
    all.push(await one());
    await pause();
  }
  return { fps: median(all.map((s) => s.fps)), frameMs: median(all.map((s) => s.medianFrameMs)), p95: median(all.map((s) => s.p95FrameMs)) };
}

// --------------------------------------------------------------------------------------------------- bundled

export interface BundledOptions {
  /** Navigations / clicks / filter changes (medians). */
  runs: number;
  /** Gesture length and count. */
  gestureMs: number;
  gestureRuns: number;
  log: (m: string) => void;
}

export interface BundledNumbers {
  firstGraphPaint: number;
  hydrated: number;
  /** Main-thread CPU time (traced navigation) until first paint / hydrated. */
  firstGraphPaintCpu: number;
  hydratedCpu: number;
  jsKB: number;
  jsCriticalKB: number;
  htmlKB: number;
  clickToPassages: number;
  filterChange: number;
  dragFps: number;
  dragFrameMs: number;
  panFps: number;
}

/** A concept, a section whose unticking removes at least one concept, and the drag subject. */
export function bundledTargets(graph: SerializedConceptGraph): { clicks: string[]; section: string; hub: string } {
  const byDegree = [...graph.nodes].sort((a, b) => b.attributes.degree - a.attributes.degree || (a.key < b.key ? -1 : 1));
  const lonely = graph.nodes.find((n) => Object.keys(n.attributes.bySection).length === 1 && !('_none' in n.attributes.bySection));
  const section = lonely ? Object.keys(lonely.attributes.bySection)[0] : graph.attributes.sections[0].id;
  return { clicks: byDegree.slice(0, 7).map((n) => n.key), section, hub: byDegree[0].key };
}

export async function measureBundled(browser: Browser, url: string, graph: SerializedConceptGraph, o: BundledOptions): Promise<BundledNumbers> {
  const t = bundledTargets(graph);
  const paints: number[] = [];
  const hydrated: number[] = [];
  let js = 0;
  let jsCritical = 0;
  let html = 0;
  for (let i = 0; i < o.runs; i++) {
    const page = await openPage(browser, url);
    await ready(page);
    const inHtml = await page.evaluate(`document.documentElement.outerHTML.length > 0 && !!document.querySelector('svg [data-concept]')`);
    if (!inHtml) throw new PageBenchError('the bundled page did not draw its graph in SVG (was it built as a large graph?)');
    await page.waitForTimeout(1200); // idle prefetches land
    const nav = await probe<Navigation>(page, 'navigation');
    // the graph is in the prerendered HTML, so the first contentful paint is the first graph paint
    paints.push(nav.fcp);
    hydrated.push(nav.hydrated);
    js = nav.scripts.reduce((a, s) => a + s.encoded, 0);
    jsCritical = nav.scripts.filter((s) => s.start <= nav.hydrated).reduce((a, s) => a + s.encoded, 0);
    html = nav.htmlEncoded;
    o.log(`bundled load ${i + 1}/${o.runs}: first paint ${nav.fcp.toFixed(0)} ms, hydrated ${nav.hydrated.toFixed(0)} ms, JS ${KB(js).toFixed(1)} KB`);
    await closePage(page);
  }
  const cpu = await medianTraced(Math.min(3, o.runs), () => tracedLoad(browser, url, ['firstContentfulPaint', 'tg:hydrated'], 'tg:ready'));
  o.log(`bundled main-thread CPU (median): ${cpu.firstContentfulPaint.toFixed(0)} ms to first paint, ${cpu['tg:hydrated'].toFixed(0)} ms to hydrated`);
  const page = await openPage(browser, url);
  await ready(page);
  await page.waitForTimeout(1500);
  const clicks: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    clicks.push(await probe<number>(page, 'clickToPassages', `[data-concept="${t.clicks[i % t.clicks.length]}"]`));
    await probe(page, 'escape');
    await page.waitForTimeout(150);
  }
  o.log(`bundled click to passages: ${clicks.map((c) => c.toFixed(0)).join(', ')} ms`);
  const filters: number[] = [];
  const box = `input[aria-describedby="sec-desc-${t.section}"]`;
  for (let i = 0; i < o.runs; i++) {
    filters.push(await probe<number>(page, 'filterToggle', box));
    await probe(page, 'quiet', 500, 15000);
  }
  o.log(`bundled filter change: ${filters.map((c) => c.toFixed(0)).join(', ')} ms`);
  // back to the whole graph for the gestures
  if (!(await page.locator(box).isChecked())) {
    await probe(page, 'filterToggle', box);
    await probe(page, 'quiet', 500, 15000);
  }
  const pause = async () => {
    await probe(page, 'quiet', 400, 15000);
  };
  const drag = await gestures(o.gestureRuns, () => probe<FrameStats>(page, 'dragSvgNode', `[data-concept="${t.hub}"]`, o.gestureMs), pause);
  o.log(`bundled drag: ${drag.fps.toFixed(1)} fps, median frame ${drag.frameMs.toFixed(1)} ms, p95 ${drag.p95.toFixed(1)} ms`);
  const pan = await gestures(o.gestureRuns, () => probe<FrameStats>(page, 'pan', '.graph svg', o.gestureMs), pause);
  o.log(`bundled pan: ${pan.fps.toFixed(1)} fps`);
  await closePage(page);
  return {
    firstGraphPaint: median(paints),
    hydrated: median(hydrated),
    firstGraphPaintCpu: cpu.firstContentfulPaint,
    hydratedCpu: cpu['tg:hydrated'],
    jsKB: KB(js),
    jsCriticalKB: KB(jsCritical),
    htmlKB: KB(html),
    clickToPassages: median(clicks),
    filterChange: median(filters),
    dragFps: drag.fps,
    dragFrameMs: drag.frameMs,
    panFps: pan.fps
  };
}

// ------------------------------------------------------------------------------------------- large (Canvas)

export interface LargeNumbers {
  /**
   * Data file arrived (responseEnd) -> frame after the first picture of the graph was rendered: the preview the
   * loading worker prepared (tg:preview-drawn), or the Canvas view itself when there was none.
   */
  firstRender: number;
  /** Data file arrived -> frame after the interactive Canvas view drew (tg:graph-drawn). */
  interactive: number;
  /** Main-thread CPU time from the data (tg:data-loaded) to the first picture (tg:preview-drawn), traced. */
  firstRenderCpu: number;
  /** Navigation -> data file arrived. */
  dataLoaded: number;
  dataKB: number;
  jsKB: number;
  panFps: number;
  panFrameMs: number;
  zoomFps: number;
  hoverFps: number;
  hoverFrameMs: number;
  /** A full redraw of the base layer (zoom button -> frame rendered). */
  redrawMs: number;
  clickToPassages: number;
  dragFps: number;
}

/** Graph points of the most connected concepts (hover and click targets). */
export function hubs(graph: SerializedConceptGraph, count: number): Array<[number, number]> {
  return [...graph.nodes]
    .sort((a, b) => b.attributes.degree - a.attributes.degree || (a.key < b.key ? -1 : 1))
    .slice(0, count)
    .map((n) => [n.attributes.x, n.attributes.y]);
}

export async function measureLarge(browser: Browser, url: string, graph: SerializedConceptGraph, o: BundledOptions & { label: string }): Promise<LargeNumbers> {
  const firsts: number[] = [];
  const interactive: number[] = [];
  const loads: number[] = [];
  let dataKB = 0;
  let jsKB = 0;
  let page: Page | null = null;
  for (let i = 0; i < o.runs; i++) {
    page = await openPage(browser, url);
    const first = await probe<{ name: string; mark: number; shown: number }>(page, 'paintAfterAnyMark', ['tg:preview-drawn', 'tg:graph-drawn'], 60000);
    const live = await probe<{ mark: number; shown: number }>(page, 'paintAfterMark', 'tg:graph-drawn', 60000);
    const nav = await probe<Navigation>(page, 'navigation');
    const data = nav.data[0];
    if (!data) throw new PageBenchError(`${o.label}: the page drew without fetching its graph file (inlined? check LARGE_GRAPH)`);
    firsts.push(first.shown - data.end);
    interactive.push(live.shown - data.end);
    loads.push(data.end);
    dataKB = KB(data.encoded);
    o.log(`${o.label} load ${i + 1}/${o.runs}: data at ${data.end.toFixed(0)} ms, first render (${first.name}) ${(first.shown - data.end).toFixed(0)} ms after it, interactive view ${(live.shown - data.end).toFixed(0)} ms`);
    if (i < o.runs - 1) await closePage(page);
  }
  page = page!;
  const cpu = await medianTraced(Math.min(3, o.runs), () => tracedLoad(browser, url, ['tg:preview-drawn', 'tg:graph-drawn'], 'tg:graph-drawn', 'tg:data-loaded'));
  o.log(`${o.label} main-thread CPU from data to the preview: ${cpu['tg:preview-drawn'].toFixed(0)} ms, to the interactive view: ${cpu['tg:graph-drawn'].toFixed(0)} ms`);
  // the accessible list and the side panels finish building after the first paint: wait for them
  await ready(page);
  // (polled from here: the page's CSP forbids the string evaluation waitForFunction would use)
  for (const t0 = Date.now(); ; ) {
    const n = (await page.evaluate(`document.querySelectorAll('[data-edge]').length`)) as number;
    if (n >= graph.edges.length) break;
    if (Date.now() - t0 > 60000) throw new PageBenchError(`${o.label}: the accessible list has ${n} of ${graph.edges.length} links after 60 s`);
    await page.waitForTimeout(250);
  }
  await probe(page, 'quiet', 500, 20000);
  const nav = await probe<Navigation>(page, 'navigation');
  jsKB = KB(nav.scripts.reduce((a, s) => a + s.encoded, 0));
  const pause = async () => {
    await probe(page!, 'quiet', 400, 20000);
  };
  const pan = await gestures(o.gestureRuns, () => probe<FrameStats>(page!, 'pan', '.graph', o.gestureMs), pause);
  o.log(`${o.label} pan: ${pan.fps.toFixed(1)} fps, median frame ${pan.frameMs.toFixed(1)} ms`);
  const zoom = await gestures(o.gestureRuns, () => probe<FrameStats>(page!, 'wheelZoom', '.graph', o.gestureMs), pause);
  o.log(`${o.label} wheel zoom: ${zoom.fps.toFixed(1)} fps`);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await pause();
  const points = hubs(graph, 40);
  const hover = await gestures(o.gestureRuns, () => probe<FrameStats>(page!, 'hoverCanvas', points, o.gestureMs), pause);
  o.log(`${o.label} hover: ${hover.fps.toFixed(1)} fps, median frame ${hover.frameMs.toFixed(1)} ms`);
  const redraws: number[] = [];
  for (let i = 0; i < Math.max(1, Math.min(3, o.runs)); i++) {
    for (const name of ['Zoom in', 'Zoom out']) {
      const before = await page.evaluate(`performance.getEntriesByName('tg:graph-drawn').at(-1)?.startTime ?? -1`);
      const t = await page.evaluate(`(() => { const b = [...document.querySelectorAll('.zoom button')].find((x) => x.getAttribute('aria-label') === ${JSON.stringify(name)}); const t0 = performance.now(); b.click(); return window.__tgProbe.shownWhen(() => (performance.getEntriesByName('tg:graph-drawn').at(-1)?.startTime ?? -1) > ${before}).then((t1) => t1 - t0); })()`);
      redraws.push(t as number);
      await pause();
    }
  }
  o.log(`${o.label} full redraw: ${redraws.map((r) => r.toFixed(0)).join(', ')} ms`);
  const [hx, hy] = points[0];
  const clicks: number[] = [];
  for (let i = 0; i < Math.max(1, Math.min(3, o.runs)); i++) {
    const [x, y] = points[i % points.length];
    clicks.push(await probe<number>(page, 'clickCanvasToPassages', x, y));
    await probe(page, 'escape');
    await pause();
  }
  const drag = await gestures(1, () => probe<FrameStats>(page!, 'dragCanvasNode', hx, hy, o.gestureMs), pause);
  o.log(`${o.label} click to passages ${median(clicks).toFixed(0)} ms; drag ${drag.fps.toFixed(1)} fps`);
  await closePage(page);
  return {
    firstRender: median(firsts),
    interactive: median(interactive),
    firstRenderCpu: cpu['tg:preview-drawn'],
    dataLoaded: median(loads),
    dataKB,
    jsKB,
    panFps: pan.fps,
    panFrameMs: pan.frameMs,
    zoomFps: zoom.fps,
    hoverFps: hover.fps,
    hoverFrameMs: hover.frameMs,
    redrawMs: median(redraws),
    clickToPassages: median(clicks),
    dragFps: drag.fps
  };
}

// ------------------------------------------------------------------------------------------------- sigma.js

export interface SigmaNumbers {
  firstRender: number;
  panFps: number;
  panFrameMs: number;
  /** Median duration of sigma's render() (JS side) during the pan. */
  renderMs: number;
}

export async function measureSigma(browser: Browser, url: string, o: BundledOptions & { label: string; name: string }): Promise<SigmaNumbers> {
  const firsts: number[] = [];
  let page: Page | null = null;
  for (let i = 0; i < Math.max(1, Math.min(3, o.runs)); i++) {
    page = await openPage(browser, `${url}/index.html?g=${encodeURIComponent(o.name)}`);
    await probe(page, 'waitMark', 'sigma:first-render', 120000);
    const first = (await page.evaluate(`(() => { const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/')); return window.__sigmaBench.firstRender - r.responseEnd; })()`)) as number;
    firsts.push(first);
    o.log(`sigma ${o.label} load ${i + 1}: first render ${first.toFixed(0)} ms after the data arrived`);
    if (i < Math.max(1, Math.min(3, o.runs)) - 1) await closePage(page);
  }
  page = page!;
  await page.waitForTimeout(500);
  const before = (await page.evaluate('window.__sigmaBench.renders.length')) as number;
  const pan = await gestures(o.gestureRuns, () => probe<FrameStats>(page!, 'pan', '.sigma-mouse', o.gestureMs), () => page!.waitForTimeout(400));
  const renders = (await page.evaluate(`window.__sigmaBench.renders.slice(${before})`)) as number[];
  o.log(`sigma ${o.label} pan: ${pan.fps.toFixed(1)} fps, median frame ${pan.frameMs.toFixed(1)} ms, render() ${renders.length ? median(renders).toFixed(1) : '-'} ms`);
  await closePage(page);
  return { firstRender: median(firsts), panFps: pan.fps, panFrameMs: pan.frameMs, renderMs: renders.length ? median(renders) : 0 };
}

// ------------------------------------------------------------------------------------------- CPU time (trace)

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

/**
 * Main-thread CPU time (thread time of the renderer's top-level tasks) from navigation start to each named event
 * (trace event names: `firstContentfulPaint`, or performance marks such as `tg:hydrated`). On a machine shared
 * with other processes the wall-clock numbers wait for a core; these show the page's own work.
 */
export function mainThreadCpu(trace: Buffer, until: string[], from?: string): Record<string, number> {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const ev = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const threads = new Map<string, string>();
  for (const e of ev) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const start = from ? ev.find((e) => e.name === from)?.ts : nav?.ts;
  if (start === undefined) throw new PageBenchError(`trace: no ${from ?? 'navigationStart'} event`);
  const mainPid = nav?.pid;
  const tasks = ev.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && (mainPid === undefined || e.pid === mainPid));
  const out: Record<string, number> = {};
  for (const name of until) {
    const end = ev.filter((e) => e.name === name && e.ts >= start).sort((a, b) => a.ts - b.ts)[0];
    if (!end) throw new PageBenchError(`trace: no ${name} event`);
    // tasks overlapping [start, end], each counted for the part of it inside (its CPU time in proportion)
    let cpu = 0;
    for (const t of tasks) {
      const dur = t.dur ?? 0;
      const inside = Math.min(t.ts + dur, end.ts) - Math.max(t.ts, start);
      if (inside <= 0 || dur <= 0) continue;
      cpu += (t.tdur ?? dur) * (inside / dur);
    }
    out[name] = cpu / 1000;
  }
  return out;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

/** One traced navigation: main-thread CPU until each event (see mainThreadCpu). */
export async function tracedLoad(browser: Browser, url: string, until: string[], waitFor: string, from?: string): Promise<Record<string, number>> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript({ path: PROBE });
  await page.goto('about:blank');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let trace: Buffer | undefined;
  try {
    await page.goto(url);
    await probe(page, 'waitMark', waitFor, 60000);
    await page.waitForTimeout(300);
  } finally {
    trace = await browser.stopTracing();
    await ctx.close();
  }
  return mainThreadCpu(trace, until, from);
}

/** Medians per key of `runs` traced loads. */
async function medianTraced(runs: number, one: () => Promise<Record<string, number>>): Promise<Record<string, number>> {
  const all: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) all.push(await one());
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k]))]));
}

/** Reads a graph file of a built site. */
export function readGraph(file: string): SerializedConceptGraph {
  return JSON.parse(readFileSync(file, 'utf8')) as SerializedConceptGraph;
}
