/**
 * Bench suite "sigma": the peer. The same synthetic graphs (1,000 / 5,000 nodes) drawn by sigma.js v3 (WebGL,
 * software-rendered on this machine) in a bench-only page (bench/sigma/), in the same browser build, with the
 * explorer's colours, sizes and label font: first render after the data arrived, frames while panning (the same
 * in-page drag gesture as the explorer's), the median duration of its render() calls; and the ratios of our frame
 * time to sigma's (pan: frame while panning; redraw: our full Canvas redraw against sigma's frame; first render).
 * Reuses the page suite's numbers for our side when it ran in the same process, measures them otherwise.
 */
import { below, result } from '../result';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';
import { launchBrowser, measureSigma } from '../page/measure';
import { serveStatic } from '../page/server';
import { benchSites, SIZES } from '../page/sites';
import { measureOursLarge, runOptions } from './page';

const NAMES = ['first-render', 'pan.fps', 'pan.frame', 'render', 'ratio.pan', 'ratio.redraw', 'ratio.first-render'];

export const sigmaSuite: BenchSuite = {
  name: 'sigma',
  description: 'sigma.js v3 on the same synthetic graphs, same browser; ratio of our frame time to sigma\'s',
  resultNames: SIZES.flatMap((s) => NAMES.map((n) => `sigma.${s}.${n}`)),
  async run(o: BenchOptions): Promise<BenchResult[]> {
    const sites = await benchSites(o.root, o.quick, o.log);
    const out: BenchResult[] = [];
    for (const size of SIZES) {
      const server = await serveStatic(sites.sigma);
      const browser = await launchBrowser();
      let s;
      try {
        s = await measureSigma(browser, server.url, { ...runOptions(o.quick, o.log), label: size, name: size });
      } finally {
        await browser.close();
        await server.close();
      }
      const ours = await measureOursLarge(o, size);
      out.push(
        result(`sigma.${size}.first-render`, s.firstRender, 'ms'),
        result(`sigma.${size}.pan.fps`, s.panFps, 'fps'),
        result(`sigma.${size}.pan.frame`, s.panFrameMs, 'ms'),
        result(`sigma.${size}.render`, s.renderMs, 'ms'),
        result(`sigma.${size}.ratio.pan`, ours.panFrameMs / s.panFrameMs, 'x', below(1)),
        result(`sigma.${size}.ratio.redraw`, ours.redrawMs / s.panFrameMs, 'x'),
        result(`sigma.${size}.ratio.first-render`, ours.firstRender / s.firstRender, 'x')
      );
    }
    return out;
  }
};
