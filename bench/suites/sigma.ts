/**
 * Bench suite "sigma": the peer. The same synthetic graphs (1,000 / 5,000 / 20,000 nodes) drawn by sigma.js v3
 * (WebGL, software-rendered on this machine) in a bench-only page (bench/sigma/), in the same browser build, with
 * the explorer's colours, sizes and label font: first render after the data arrived (5 loads; 3 at 20k), frames
 * while panning (the same in-page drag gesture as the explorer's, 3 gestures), the duration of its render() calls;
 * and the ratios of our frame time to sigma's (pan: median frame while panning; redraw: our full Canvas redraw
 * against sigma's frame; first render). Reuses the page suite's samples for our side when it ran in the same
 * process, measures them otherwise (their rows are then left out of the report unless --only asks for them).
 */
import { median } from '../stats';
import { below, result, sampled } from '../result';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';
import { launchBrowser } from '../page/measure';
import { measureSigma } from '../page/peer';
import { serveStatic } from '../page/server';
import { sigmaSite, SIZES, type SizeName } from '../page/sites';
import { measureOursLarge } from './page';

const NAMES = ['first-render', 'pan.fps', 'pan.frame', 'render', 'ratio.pan', 'ratio.redraw', 'ratio.first-render'];

export function sigmaPlan(size: SizeName, quick: boolean) {
  if (quick) return { loads: 1, gestureMs: 500, gestureRuns: 1 };
  // at 20k sigma draws about one frame a second: longer gestures so each has a few frames
  return size === '20k' ? { loads: 3, gestureMs: 4000, gestureRuns: 3 } : { loads: 5, gestureMs: 2000, gestureRuns: 3 };
}

export const sigmaSuite: BenchSuite = {
  name: 'sigma',
  description: "sigma.js v3 on the same synthetic graphs, same browser; ratio of our frame time to sigma's",
  resultNames: SIZES.flatMap((s) => NAMES.map((n) => `sigma.${s}.${n}`)),
  async run(o: BenchOptions): Promise<BenchResult[]> {
    const out: BenchResult[] = [];
    for (const size of SIZES) {
      if (!(o.wants?.(`sigma.${size}`) ?? true)) continue;
      const dir = await sigmaSite(o.root, size, o.quick, o.log);
      const server = await serveStatic(dir);
      const browser = await launchBrowser();
      let s;
      try {
        s = await measureSigma(browser, server.url, { ...sigmaPlan(size, o.quick), name: size, log: o.log });
      } finally {
        await browser.close();
        await server.close();
      }
      const ours = await measureOursLarge(o, size);
      const sigmaFrame = median(s.pan.frameMs);
      out.push(
        sampled(`sigma.${size}.first-render`, s.firstRender, 'ms'),
        sampled(`sigma.${size}.pan.fps`, s.pan.fps, 'fps'),
        sampled(`sigma.${size}.pan.frame`, s.pan.frameMs, 'ms'),
        s.renderMs.length ? sampled(`sigma.${size}.render`, s.renderMs, 'ms') : result(`sigma.${size}.render`, 0, 'ms'),
        result(`sigma.${size}.ratio.pan`, median(ours.pan.frameMs) / sigmaFrame, 'x', below(1)),
        result(`sigma.${size}.ratio.redraw`, median(ours.redraw) / sigmaFrame, 'x'),
        result(`sigma.${size}.ratio.first-render`, median(ours.firstRender) / median(s.firstRender), 'x')
      );
    }
    return out;
  }
};
