/**
 * The "open your own transcript" flow in Chromium (bench suite "open"): the bundled site is loaded, a catalog is
 * chosen in "Open catalog" (when the row has one), then a transcript in "Open transcript"; timed in the page from
 * the transcript control's change event to the first frame in which the new graph is drawn (its title in the
 * header and all its concept nodes on the page). Meanwhile a PerformanceObserver records long tasks of the main
 * thread (the longest is reported) and the progress bar's values are sampled every frame (how long the page went
 * without a progress bar, or with the same step). One fresh browser context per sample (a first open: the build
 * worker and the language tools are loaded each time).
 */
import type { Browser } from '@playwright/test';
import { closePage, newProbedPage, ready } from './measure';

export interface OpenSample {
  /** Change event -> new graph drawn, ms. */
  drawnMs: number;
  /** Longest main-thread task in that time (0 when none reached 50 ms, the long-task threshold), ms. */
  longestTaskMs: number;
  /** Longest stretch without a visible progress bar before the graph was drawn (after the first frame), ms. */
  barGapMs: number;
  /** Progress values seen (distinct steps). */
  steps: number;
  /** Concepts drawn. */
  nodes: number;
}

export interface OpenCase {
  transcript: { name: string; text: string };
  catalog?: { name: string; text: string };
  /** The title the new graph gets (the transcript's first heading). */
  title: string;
}

interface InPage {
  drawn: number;
  longest: number;
  barGap: number;
  steps: number;
  nodes: number;
}

/** In-page watch: change event of "Open transcript" -> new graph drawn, long tasks, the progress bar per frame. */
const WATCH = `({ title, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const input = [...document.querySelectorAll('input[type=file]')].find((i) => i.closest('label')?.textContent?.trim() === 'Open transcript');
    let t0 = -1;
    let longest = 0;
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (t0 >= 0 && e.startTime >= t0) longest = Math.max(longest, e.duration);
    });
    obs.observe({ type: 'longtask', buffered: false });
    const seen = new Set();
    let lastBar = -1;
    let barGap = 0;
    input.addEventListener('change', () => {
      t0 = performance.now();
      lastBar = t0;
      const tick = () => {
        const now = performance.now();
        const bar = document.querySelector('[role=progressbar]');
        if (bar) {
          seen.add(bar.getAttribute('aria-valuenow') ?? '');
          lastBar = now;
        } else barGap = Math.max(barGap, now - lastBar);
        const h1 = document.querySelector('.app h1')?.textContent;
        const nodes = document.querySelectorAll('[data-concept]').length;
        if (h1 === title && nodes > 0 && !bar) {
          setTimeout(() => {
            obs.disconnect();
            resolve({ drawn: performance.now() - t0, longest, barGap, steps: seen.size, nodes });
          }, 0);
          return;
        }
        if (now - t0 > timeoutMs) return reject(new Error('open: the graph "' + title + '" was not drawn within ' + timeoutMs + ' ms'));
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, { once: true, capture: true });
  })`;

/** Opens `c` in the page at `url` once; resolves with the timings. */
export async function openOnce(browser: Browser, url: string, c: OpenCase, timeoutMs = 120_000): Promise<OpenSample> {
  const page = await newProbedPage(browser);
  try {
    await page.goto(url);
    await ready(page);
    await page.getByLabel('Open transcript', { exact: true }).waitFor({ state: 'attached' });
    if (c.catalog) {
      await page.getByLabel('Open catalog', { exact: true }).setInputFiles({ name: c.catalog.name, mimeType: 'application/json', buffer: Buffer.from(c.catalog.text) });
      await page.getByRole('status').filter({ hasText: c.catalog.name }).waitFor();
    }
    // arm the in-page watch: change event -> drawn, long tasks, progress bar per frame
    // (plain JavaScript in a string: a function here would be transformed by tsx, whose helpers the page lacks)
    const done = page.evaluate(`(${WATCH})(${JSON.stringify({ title: c.title, timeoutMs })})`) as Promise<InPage>;
    await page.getByLabel('Open transcript', { exact: true }).setInputFiles({ name: c.transcript.name, mimeType: 'text/markdown', buffer: Buffer.from(c.transcript.text) });
    const r = await done;
    const alert = await page.getByRole('alert').count();
    if (alert) throw new Error(`open: the page showed an alert: ${await page.getByRole('alert').first().textContent()}`);
    return { drawnMs: r.drawn, longestTaskMs: r.longest, barGapMs: r.barGap, steps: r.steps, nodes: r.nodes };
  } finally {
    await closePage(page);
  }
}
