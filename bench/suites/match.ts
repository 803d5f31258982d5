/**
 * Bench suite "match": the matcher alone (compileMatcher + matchPassages from src/lib/core/match) against the
 * naive baseline of ../naive.ts (one RegExp per alias over each passage).
 * - match.synthetic.*: a synthetic ~10 MB transcript with a 1,000-concept catalog (quick: 0.2 MB, 200 concepts).
 *   Throughput = UTF-8 MB of passage text (what the matcher scans; headings and speaker labels excluded)
 *   per second of matchPassages, median of runs; compile time reported apart.
 * - match.bundled.*: the bundled transcript and catalog.
 * - *.naive.ratio: naive time / our time on the same passages (> 1 means we are faster). The naive matcher's
 *   mentions are compared with ours and a difference is logged (the unit test asserts they agree).
 * .cpu results: the same throughput / ratios in process CPU time (see stats.ts), informative on a busy machine
 * (the naive and our runs happen minutes apart, so the wall-time ratio also absorbs changes in the load).
 * Passages come from parseTranscript, run once, untimed.
 */
import type { Catalog, MatchResult, Passage } from '../../src/lib/core/contract/types';
import { compileMatcher, matchPassages } from '../../src/lib/core/match';
import { parseTranscript } from '../../src/lib/core/parse';
import { compileNaive, naiveMatchPassages } from '../naive';
import { loadBundled, toMB } from '../inputs';
import { above, atLeast, result, sampled } from '../result';
import { measure } from '../stats';
import { syntheticCatalog, syntheticTranscript, utf8Length } from '../synthetic';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';

/** A comparable fingerprint of a MatchResult (concept -> passage:start-end list). */
export function mentionKey(r: MatchResult): string {
  const parts: string[] = [];
  for (const [id, ms] of r.mentions) parts.push(`${id}=${ms.map((m) => `${m.passage}:${m.start}-${m.end}`).join(',')}`);
  return parts.join(';');
}

export function countMentions(r: MatchResult): number {
  let n = 0;
  for (const ms of r.mentions.values()) n += ms.length;
  return n;
}

interface Comparison {
  ours: number;
  oursCpu: number;
  naive: number;
  naiveCpu: number;
  /** Each timed run (ms), for the spreads. */
  oursTimes: number[];
  oursCpuTimes: number[];
  naiveTimes: number[];
  compile: number;
  mentions: number;
  agree: boolean;
}

async function compare(
  label: string,
  catalog: Catalog,
  passages: Passage[],
  plan: { warmup: number; runs: number; naiveWarmup: number; naiveRuns: number; naiveBudgetMs?: number },
  log: (m: string) => void
): Promise<Comparison> {
  const compile = await measure(() => compileMatcher(catalog), { warmup: 1, runs: 5 });
  const matcher = compileMatcher(catalog);
  const ours = await measure(() => matchPassages(matcher, passages), { warmup: plan.warmup, runs: plan.runs });
  log(`match: ${label} ours runs ${ours.times.map((t) => t.toFixed(1)).join(' ')} ms`);
  const naiveMatcher = compileNaive(catalog);
  const naive = await measure(() => naiveMatchPassages(naiveMatcher, passages), {
    warmup: plan.naiveWarmup,
    runs: plan.naiveRuns,
    budgetMs: plan.naiveBudgetMs,
    minRuns: 1
  });
  log(`match: ${label} naive runs ${naive.times.map((t) => t.toFixed(0)).join(' ')} ms`);
  const agree = mentionKey(ours.values[0]) === mentionKey(naive.values[0]);
  const mentions = countMentions(ours.values[0]);
  if (!agree)
    log(`match: WARNING ${label}: the naive baseline found ${countMentions(naive.values[0])} mentions, the matcher ${mentions}; the ratio compares different work`);
  return { ours: ours.median, oursCpu: ours.cpuMedian, oursTimes: ours.times, oursCpuTimes: ours.cpuTimes, naive: naive.median, naiveCpu: naive.cpuMedian, naiveTimes: naive.times, compile: compile.median, mentions, agree };
}

export const matchSuite: BenchSuite = {
  name: 'match',
  description: 'matcher throughput on a synthetic 10 MB / 1,000-concept input, and the naive one-RegExp-per-alias baseline',
  resultNames: [
    'match.throughput',
    'match.throughput.cpu',
    'match.synthetic.ms',
    'match.synthetic.compile',
    'match.synthetic.size',
    'match.synthetic.naive.ms',
    'match.synthetic.naive.ratio',
    'match.synthetic.naive.ratio.cpu',
    'match.bundled.ms',
    'match.bundled.naive.ms',
    'match.bundled.naive.ratio',
    'match.bundled.naive.ratio.cpu'
  ],
  async run(options: BenchOptions): Promise<BenchResult[]> {
    const { quick, log } = options;
    const out: BenchResult[] = [];

    const concepts = quick ? 200 : 1000;
    const bytes = quick ? 200_000 : 10_000_000;
    const catalog = syntheticCatalog({ concepts, seed: 21 });
    const text = syntheticTranscript({ catalog, bytes, seed: 22 });
    const passages = parseTranscript(text, { format: 'markdown' }).passages;
    const scanned = passages.reduce((n, p) => n + utf8Length(p.text), 0);
    log(`match: synthetic ${toMB(utf8Length(text)).toFixed(2)} MB file, ${toMB(scanned).toFixed(2)} MB in ${passages.length} passages, ${concepts} concepts`);
    const s = await compare('synthetic', catalog, passages, quick
      ? { warmup: 1, runs: 3, naiveWarmup: 0, naiveRuns: 1 }
      : { warmup: 2, runs: 10, naiveWarmup: 0, naiveRuns: 3, naiveBudgetMs: 90_000 }, log);
    log(`match: synthetic ${s.mentions} mentions`);
    out.push(
      sampled('match.throughput', s.oursTimes.map((t) => toMB(scanned) / (t / 1000)), 'MB/s', atLeast(50)),
      sampled('match.throughput.cpu', s.oursCpuTimes.map((t) => toMB(scanned) / (t / 1000)), 'MB/s'),
      sampled('match.synthetic.ms', s.oursTimes, 'ms'),
      result('match.synthetic.compile', s.compile, 'ms'),
      result('match.synthetic.size', toMB(scanned), 'MB'),
      sampled('match.synthetic.naive.ms', s.naiveTimes, 'ms'),
      result('match.synthetic.naive.ratio', s.naive / s.ours, 'x', above(1)),
      result('match.synthetic.naive.ratio.cpu', s.naiveCpu / s.oursCpu, 'x')
    );

    const bundled = loadBundled(options.root);
    const bp = parseTranscript(bundled.text, { fileName: bundled.fileName }).passages;
    const b = await compare('bundled', bundled.catalog, bp, quick
      ? { warmup: 1, runs: 3, naiveWarmup: 1, naiveRuns: 3 }
      : { warmup: 3, runs: 20, naiveWarmup: 2, naiveRuns: 10 }, log);
    out.push(
      sampled('match.bundled.ms', b.oursTimes, 'ms'),
      sampled('match.bundled.naive.ms', b.naiveTimes, 'ms'),
      result('match.bundled.naive.ratio', b.naive / b.ours, 'x', above(1)),
      result('match.bundled.naive.ratio.cpu', b.naiveCpu / b.oursCpu, 'x')
    );
    return out;
  }
};
