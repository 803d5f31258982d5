/**
 * Bench suite "open": opening your own transcript in the page (bench/page/open.ts), on the bundled site.
 * - open.bundled-file: the bundled transcript and its catalog opened as files; change event -> graph drawn
 *   (target <= 1.5 s), and the longest main-thread task meanwhile (open.bundled-file.longest-task, <= 200 ms).
 * - open.1mb: the bundled transcript repeated to about 1 MB of UTF-8 under fresh headings (quick: 0.2 MB), with the
 *   bundled catalog (<= 5 s), its longest task, and how long the page went without the progress bar before the
 *   graph was drawn (open.1mb.bar-gap: 0 means progress was shown throughout).
 * - open.1mb.discover: the same file without a catalog (discovery proposes the concepts; informative).
 * Samples: 5 / 3 / 3 fresh pages (quick: 1 each). `npm run bench -- --only open` runs just these.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '../../src/lib/core/parse';
import { BUNDLED_CATALOG, BUNDLED_TRANSCRIPT } from '../inputs';
import { launchBrowser } from '../page/measure';
import { openOnce, type OpenCase, type OpenSample } from '../page/open';
import { serveStatic } from '../page/server';
import { bundledSite } from '../page/sites';
import { atMost, result, sampled } from '../result';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';

const ROWS = [
  'open.bundled-file',
  'open.bundled-file.longest-task',
  'open.1mb',
  'open.1mb.longest-task',
  'open.1mb.bar-gap',
  'open.1mb.steps',
  'open.1mb.discover',
  'open.1mb.discover.longest-task',
  'open.1mb.size'
];

/** The title the graph of a transcript gets (no --title): the parser's. */
const titleOf = (text: string, fileName: string) => parseTranscript(text, { fileName }).title;

export function oneMegabyte(text: string, target: number): string {
  const parts: string[] = [`# One megabyte of talk\n`];
  const bytes = Buffer.byteLength(text);
  for (let i = 0, size = 0; size < target; i++, size += bytes) parts.push(`## Copy ${i + 1}\n\n${text.replace(/^#{1,6} +/gm, `### ${i + 1}. `)}`);
  return parts.join('\n\n');
}

export const openSuite: BenchSuite = {
  name: 'open',
  description: 'open your own transcript in the page: a file chosen -> graph drawn (bundled file, 1 MB), longest task, progress',
  resultNames: ROWS,
  async run(o: BenchOptions): Promise<BenchResult[]> {
    const want = (p: string) => o.wants?.(p) ?? true;
    const transcript = readFileSync(join(o.root, BUNDLED_TRANSCRIPT), 'utf8');
    const catalog = { name: 'econtalk-dwarkesh-scaling-era.concepts.json', text: readFileSync(join(o.root, BUNDLED_CATALOG), 'utf8') };
    const site = await bundledSite(o.root, o.quick, o.log);
    const server = await serveStatic(site.dir);
    const browser = await launchBrowser();
    const out: BenchResult[] = [];
    const runs = async (label: string, n: number, c: OpenCase): Promise<OpenSample[]> => {
      const xs: OpenSample[] = [];
      for (let i = 0; i < n; i++) {
        const s = await openOnce(browser, server.url + '/', c);
        o.log(`open: ${label} #${i + 1}: drawn ${s.drawnMs.toFixed(0)} ms, longest task ${s.longestTaskMs.toFixed(0)} ms, bar gap ${s.barGapMs.toFixed(0)} ms, ${s.steps} steps, ${s.nodes} concepts`);
        xs.push(s);
      }
      return xs;
    };
    try {
      if (want('open.bundled-file')) {
        const xs = await runs('bundled file', o.quick ? 1 : 5, { transcript: { name: 'econtalk-dwarkesh-scaling-era.zh.md', text: transcript }, catalog, title: titleOf(transcript, 'econtalk-dwarkesh-scaling-era.zh.md') });
        out.push(sampled('open.bundled-file', xs.map((s) => s.drawnMs), 'ms', atMost(1500)), sampled('open.bundled-file.longest-task', xs.map((s) => s.longestTaskMs), 'ms', atMost(200)));
      }
      const big = oneMegabyte(transcript, o.quick ? 200_000 : 1_000_000);
      const bigCase = { transcript: { name: 'one-megabyte.md', text: big }, title: titleOf(big, 'one-megabyte.md') };
      if (want('open.1mb')) out.push(result('open.1mb.size', Buffer.byteLength(big) / 1000, 'KB'));
      if (want('open.1mb') && !(o.wants && !o.wants('open.1mb.longest-task') && o.wants('open.1mb.discover'))) {
        const xs = await runs('1 MB with the catalog', o.quick ? 1 : 3, { ...bigCase, catalog });
        out.push(
          sampled('open.1mb', xs.map((s) => s.drawnMs), 'ms', atMost(5000)),
          sampled('open.1mb.longest-task', xs.map((s) => s.longestTaskMs), 'ms', atMost(200)),
          sampled('open.1mb.bar-gap', xs.map((s) => s.barGapMs), 'ms'),
          sampled('open.1mb.steps', xs.map((s) => s.steps), 'count')
        );
      }
      if (want('open.1mb.discover')) {
        const xs = await runs('1 MB discovered', o.quick ? 1 : 3, bigCase);
        out.push(sampled('open.1mb.discover', xs.map((s) => s.drawnMs), 'ms'), sampled('open.1mb.discover.longest-task', xs.map((s) => s.longestTaskMs), 'ms'));
      }
      return out;
    } finally {
      await browser.close();
      await server.close();
    }
  }
};
