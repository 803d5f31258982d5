/**
 * The sigma.js peer page (bench/sigma/) measured in Chromium, as samples for the sigma suite: first render after
 * the data arrived (per load), frames while panning with the same in-page drag gesture as the explorer's, and the
 * duration of sigma's render() calls (its JavaScript side; WebGL runs in software here, in the GPU process, so the
 * renderer main thread's CPU says little about it and is not reported).
 */
import type { Browser, Page } from '@playwright/test';
import { closePage, cpuMeter, gestures, list, openPage, probe, type FrameStats, type GestureSamples } from './measure';
import { median } from '../stats';

export interface SigmaOptions {
  loads: number;
  gestureMs: number;
  gestureRuns: number;
  /** Graph file name on the peer page (data/<name>.json) and the label for log lines. */
  name: string;
  log: (m: string) => void;
}

export interface SigmaSamples {
  firstRender: number[];
  pan: GestureSamples;
  /** Duration of each render() during the pans. */
  renderMs: number[];
}

export async function measureSigma(browser: Browser, url: string, o: SigmaOptions): Promise<SigmaSamples> {
  const firstRender: number[] = [];
  let page: Page | null = null;
  for (let i = 0; i < o.loads; i++) {
    const p = await openPage(browser, `${url}/index.html?g=${encodeURIComponent(o.name)}`);
    await probe(p, 'waitMark', 'sigma:first-render', 180000);
    const first = (await p.evaluate(
      `(() => { const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/')); return window.__sigmaBench.firstRender - r.responseEnd; })()`
    )) as number;
    firstRender.push(first);
    o.log(`sigma ${o.name} load ${i + 1}/${o.loads}: first render ${first.toFixed(0)} ms after the data arrived`);
    if (i < o.loads - 1) await closePage(p);
    else page = p;
  }
  const pg = page!;
  await pg.waitForTimeout(500);
  const before = (await pg.evaluate('window.__sigmaBench.renders.length')) as number;
  const meter = await cpuMeter(pg);
  const pan = await gestures(o.gestureRuns, meter, () => probe<FrameStats>(pg, 'pan', '.sigma-mouse', o.gestureMs), () => pg.waitForTimeout(400));
  const renderMs = (await pg.evaluate(`window.__sigmaBench.renders.slice(${before})`)) as number[];
  o.log(`sigma ${o.name} pan: ${list(pan.fps)} fps, median frame ${median(pan.frameMs).toFixed(1)} ms, render() ${renderMs.length ? median(renderMs).toFixed(1) : '-'} ms`);
  await closePage(pg);
  return { firstRender, pan, renderMs };
}
