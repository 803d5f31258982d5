/**
 * The bundled graph's page (SVG, prerendered) measured in Chromium, as samples for the page suite:
 * - loads (plain and traced, alternating): first graph paint (the graph is in the HTML, so first contentful paint),
 *   hydrated (tg:hydrated), the first click after load (a concept clicked as soon as the page hydrated: from
 *   tg:hydrated to the frame showing its passages), each with the renderer main thread's CPU time over the same
 *   interval from the traced loads;
 * - one more page for sizes (JavaScript after idle prefetches, the part started by hydration, HTML) and the
 *   interactions: click to passages, filter change to graph redrawn (CPU through ThreadTime around each), drag a
 *   node and pan (fps per gesture, every frame gap, CPU per frame).
 * Which parts run is chosen by the caller (`BundledParts`), so a focused rerun skips the others.
 */
import type { Browser } from '@playwright/test';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { alternate, closePage, cpuMeter, gestures, KB, list, openPage, PageBenchError, probe, ready, type FrameStats, type GestureSamples, type Navigation } from './measure';
import { median } from '../stats';
import { tracedLoad } from './trace';

export interface BundledOptions {
  /** Plain loads (wall-time rows) and traced loads (CPU rows). */
  loads: number;
  tracedLoads: number;
  /** Clicks and filter changes (each a sample). */
  interactions: number;
  /** Gesture length (ms) and count. */
  gestureMs: number;
  gestureRuns: number;
  log: (m: string) => void;
}

/** Which groups of rows to measure. */
export interface BundledParts {
  /** first-graph-paint, hydrated, first-click (and their CPU rows). */
  loads: boolean;
  /** js, js.critical, html. */
  sizes: boolean;
  clicks: boolean;
  filters: boolean;
  drag: boolean;
  pan: boolean;
}

export interface BundledSamples {
  firstGraphPaint: number[];
  hydrated: number[];
  firstClick: number[];
  firstGraphPaintCpu: number[];
  hydratedCpu: number[];
  firstClickCpu: number[];
  sizes: { jsKB: number; jsCriticalKB: number; htmlKB: number } | null;
  clickToPassages: number[];
  clickToPassagesCpu: number[];
  filterChange: number[];
  filterChangeCpu: number[];
  drag: GestureSamples | null;
  pan: GestureSamples | null;
}

/** A concept, a section whose unticking removes at least one concept, and the drag subject. */
export function bundledTargets(graph: SerializedConceptGraph): { clicks: string[]; section: string; hub: string } {
  const byDegree = [...graph.nodes].sort((a, b) => b.attributes.degree - a.attributes.degree || (a.key < b.key ? -1 : 1));
  const lonely = graph.nodes.find((n) => Object.keys(n.attributes.bySection).length === 1 && !('_none' in n.attributes.bySection));
  const section = lonely ? Object.keys(lonely.attributes.bySection)[0] : graph.attributes.sections[0].id;
  return { clicks: byDegree.slice(0, 7).map((n) => n.key), section, hub: byDegree[0].key };
}

export async function measureBundled(browser: Browser, url: string, graph: SerializedConceptGraph, o: BundledOptions, parts: BundledParts): Promise<BundledSamples> {
  const t = bundledTargets(graph);
  const s: BundledSamples = {
    firstGraphPaint: [],
    hydrated: [],
    firstClick: [],
    firstGraphPaintCpu: [],
    hydratedCpu: [],
    firstClickCpu: [],
    sizes: null,
    clickToPassages: [],
    clickToPassagesCpu: [],
    filterChange: [],
    filterChangeCpu: [],
    drag: null,
    pan: null
  };
  const arm = { firstClick: `[data-concept="${t.hub}"]` };
  const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  if (parts.loads) {
    const t0 = performance.now();
    await alternate(
      o.loads,
      o.tracedLoads,
      async (i) => {
        const page = await openPage(browser, url, arm);
        const first = await probe<{ ms: number; lag: number }>(page, 'firstClick');
        await ready(page);
        const inHtml = await page.evaluate(`!!document.querySelector('svg [data-concept]')`);
        if (!inHtml) throw new PageBenchError('the bundled page did not draw its graph in SVG (was it built as a large graph?)');
        const nav = await probe<Navigation>(page, 'navigation');
        // the graph is in the prerendered HTML, so the first contentful paint is the first graph paint
        s.firstGraphPaint.push(nav.fcp);
        s.hydrated.push(nav.hydrated);
        s.firstClick.push(first.ms);
        o.log(
          `bundled load ${i + 1}/${o.loads}: first paint ${nav.fcp.toFixed(0)} ms, hydrated ${nav.hydrated.toFixed(0)} ms, ` +
            `a click then answered in ${first.ms.toFixed(0)} ms (waited ${first.lag.toFixed(0)} ms for the main thread), ready at ${nav.ready.toFixed(0)} ms`
        );
        await closePage(page);
      },
      async (i) => {
        const cpu = await tracedLoad(
          browser,
          url,
          { fcp: { to: 'firstContentfulPaint' }, hydrated: { to: 'tg:hydrated' }, click: { from: 'tg:hydrated', to: 'bench:first-click:end' } },
          ['tg:ready', 'bench:first-click:end'],
          arm
        );
        s.firstGraphPaintCpu.push(cpu.fcp);
        s.hydratedCpu.push(cpu.hydrated);
        s.firstClickCpu.push(cpu.click);
        o.log(`bundled traced load ${i + 1}/${o.tracedLoads}: main-thread CPU ${cpu.fcp.toFixed(0)} ms to first paint, ${cpu.hydrated.toFixed(0)} ms to hydrated, ${cpu.click.toFixed(0)} ms in the first click`);
      }
    );
    o.log(`bundled: ${o.loads} plain and ${o.tracedLoads} traced loads in ${seconds(t0)}`);
  }
  if (!(parts.sizes || parts.clicks || parts.filters || parts.drag || parts.pan)) return s;
  const t1 = performance.now();

  const page = await openPage(browser, url);
  await ready(page);
  await page.waitForTimeout(1500); // idle prefetches land (the sizes) and the page settles
  if (parts.sizes) {
    const nav = await probe<Navigation>(page, 'navigation');
    const js = nav.scripts.reduce((a, x) => a + x.encoded, 0);
    const critical = nav.scripts.filter((x) => x.start <= nav.hydrated).reduce((a, x) => a + x.encoded, 0);
    s.sizes = { jsKB: KB(js), jsCriticalKB: KB(critical), htmlKB: KB(nav.htmlEncoded) };
    o.log(`bundled JS ${KB(js).toFixed(1)} KB gzip (${KB(critical).toFixed(1)} KB by hydration), HTML ${KB(nav.htmlEncoded).toFixed(1)} KB`);
  }
  const meter = await cpuMeter(page);
  if (parts.clicks) {
    for (let i = 0; i < o.interactions; i++) {
      const r = await meter.around(() => probe<number>(page, 'clickToPassages', `[data-concept="${t.clicks[i % t.clicks.length]}"]`));
      s.clickToPassages.push(r.value);
      s.clickToPassagesCpu.push(r.cpu);
      await probe(page, 'escape');
      await page.waitForTimeout(150);
    }
    o.log(`bundled click to passages: ${list(s.clickToPassages)} ms (CPU ${list(s.clickToPassagesCpu)} ms)`);
  }
  const box = `input[aria-describedby="sec-desc-${t.section}"]`;
  if (parts.filters) {
    for (let i = 0; i < o.interactions; i++) {
      const r = await meter.around(() => probe<number>(page, 'filterToggle', box));
      s.filterChange.push(r.value);
      s.filterChangeCpu.push(r.cpu);
      await probe(page, 'quiet', 500, 15000);
    }
    o.log(`bundled filter change: ${list(s.filterChange)} ms (CPU ${list(s.filterChangeCpu)} ms)`);
    // back to the whole graph for the gestures
    if (!(await page.locator(box).isChecked())) {
      await probe(page, 'filterToggle', box);
      await probe(page, 'quiet', 500, 15000);
    }
  }
  const pause = async () => {
    await probe(page, 'quiet', 400, 15000);
  };
  if (parts.drag) {
    s.drag = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(page, 'dragSvgNode', `[data-concept="${t.hub}"]`, o.gestureMs), pause);
    o.log(`bundled drag: ${list(s.drag.fps)} fps, median frame ${median(s.drag.frameMs).toFixed(1)} ms, CPU per frame ${median(s.drag.cpuPerFrameMs).toFixed(1)} ms`);
  }
  if (parts.pan) {
    s.pan = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(page, 'pan', '.graph svg', o.gestureMs), pause);
    o.log(`bundled pan: ${list(s.pan.fps)} fps, CPU per frame ${median(s.pan.cpuPerFrameMs).toFixed(1)} ms`);
  }
  await closePage(page);
  o.log(`bundled: sizes and interactions in ${seconds(t1)}`);
  return s;
}
