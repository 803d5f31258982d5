/**
 * What every page measurement shares (bundled.ts, large.ts, peer.ts): Chromium through Playwright, a fresh
 * context per page with the in-page probe (probe.browser.js), probe calls, gestures as samples, and the renderer
 * main thread's CPU time read through the DevTools Performance domain (ThreadTime) around an interaction.
 * Input for gestures is dispatched inside the page, one event per animation frame; the driver only starts a step
 * and reads its result, so its round trips are never inside a timed interval.
 *
 * Marks the explorer sets: tg:hydrated (onMount), tg:data-loaded (a large graph's file arrived), tg:preview-drawn,
 * tg:graph-drawn (after each commit of the picture), tg:ready (graph drawn, panels mounted).
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser-path.mjs';

export const PROBE = fileURLToPath(new URL('./probe.browser.js', import.meta.url));
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

/** What the probe should do during the load (read by probe.browser.js as window.__tgProbeArm). */
export interface ProbeArm {
  /** Click this element in the task after tg:hydrated and time until the passages are shown. */
  firstClick?: string;
}

/** A fresh context (cold cache, as a first visit) with the probe installed, at the e2e viewport; not navigated. */
export async function newProbedPage(browser: Browser, arm?: ProbeArm): Promise<Page> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript({ path: PROBE });
  if (arm) await page.addInitScript({ content: `window.__tgProbeArm = ${JSON.stringify(arm)};` });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { benchErrors?: string[] }).benchErrors = errors;
  return page;
}

/** newProbedPage, navigated to `url`. */
export async function openPage(browser: Browser, url: string, arm?: ProbeArm): Promise<Page> {
  const page = await newProbedPage(browser, arm);
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

/** Waits until the explorer says it is ready (its tg:ready mark: graph drawn, panels mounted), without polling. */
export async function ready(page: Page, timeout = 60_000): Promise<void> {
  await probe(page, 'waitMark', 'tg:ready', timeout);
}

export interface Navigation {
  fcp: number;
  domInteractive: number;
  htmlEncoded: number;
  hydrated: number;
  ready: number;
  graphDrawn: number;
  scripts: Array<{ url: string; encoded: number; start: number; end: number }>;
  data: Array<{ url: string; encoded: number; decoded: number; end: number }>;
}

export const KB = (bytes: number): number => bytes / 1000;

/**
 * The renderer main thread's CPU time in ms (the DevTools Performance domain's ThreadTime, counted from when the
 * meter was created). Read it before and after an interaction: the difference is the page's own work, which does
 * not grow when other processes hold the cores (wall time does). It includes the probe call itself (1-3 ms).
 */
export interface CpuMeter {
  read(): Promise<number>;
  /** Runs `step` and returns its result with the main-thread CPU spent meanwhile. */
  around<T>(step: () => Promise<T>): Promise<{ value: T; cpu: number }>;
}

export async function cpuMeter(page: Page): Promise<CpuMeter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = metrics.find((x) => x.name === 'ThreadTime');
    if (!m) throw new PageBenchError('Chromium reports no ThreadTime metric (DevTools Performance domain): too old?');
    return m.value * 1000;
  };
  return {
    read,
    async around(step) {
      const c0 = await read();
      const value = await step();
      return { value, cpu: (await read()) - c0 };
    }
  };
}

/** What the probe returns for one gesture (frame gaps are rAF timestamp differences). */
export interface FrameStats {
  frames: number;
  gaps: number[];
  durationMs: number;
  fps: number;
  meanFrameMs: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
}

/** Samples of repeated gestures: fps and main-thread CPU per frame per gesture, every frame gap of all of them. */
export interface GestureSamples {
  fps: number[];
  frameMs: number[];
  cpuPerFrameMs: number[];
}

/** Runs `runs` gestures, each with the CPU meter around it and `pause` after it. */
export async function gestures(runs: number, meter: CpuMeter, one: () => Promise<FrameStats>, pause: () => Promise<void>): Promise<GestureSamples> {
  const out: GestureSamples = { fps: [], frameMs: [], cpuPerFrameMs: [] };
  for (let i = 0; i < runs; i++) {
    const { value: s, cpu } = await meter.around(one);
    if (s.frames < 2) throw new PageBenchError(`a gesture drew ${s.frames} frame(s): too short to time`);
    out.fps.push(s.fps);
    out.frameMs.push(...s.gaps);
    out.cpuPerFrameMs.push(cpu / (s.frames - 1));
    await pause();
  }
  return out;
}

/** Numbers for a log line: `12, 15, 13 ms`. */
export const list = (xs: readonly number[]): string => xs.map((x) => x.toFixed(0)).join(', ');

/**
 * Runs `loads` plain and `traced` traced page loads alternately (plain, traced, plain, ...), so both sets see the
 * same machine while its load drifts.
 */
export async function alternate(loads: number, traced: number, plain: (i: number) => Promise<void>, withTrace: (i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < Math.max(loads, traced); i++) {
    if (i < loads) await plain(i);
    if (i < traced) await withTrace(i);
  }
}
