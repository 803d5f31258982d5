/**
 * Timing and statistics for the bench suites: median, percentiles, and a `measure` loop with warm-up runs
 * (discarded, so JIT compilation and lazy tables are not timed) and an optional GC between runs when Node runs
 * with --expose-gc (fewer collections landing inside a timed run).
 *
 * Only `performance.now()`, `process.cpuUsage()` and arithmetic: no fs, no output. Medians, not means: the machine is shared
 * and noisy, and one slow run must not move the result.
 */

/** Median of a non-empty list (mean of the two middle values for an even count). Throws on an empty list. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile (0..100) with linear interpolation between closest ranks (p50 = median, p0 = min,
 * p100 = max). Throws on an empty list or a p outside 0..100.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile: no values (a bench ran zero times?)');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Count, extremes and p10 / p90 of a non-empty list of samples (see `Spread` in types.ts). */
export function spreadOf(values: readonly number[]): { n: number; min: number; p10: number; p90: number; max: number } {
  if (values.length === 0) throw new RangeError('spreadOf: no values (a bench ran zero times?)');
  return { n: values.length, min: Math.min(...values), p10: percentile(values, 10), p90: percentile(values, 90), max: Math.max(...values) };
}

export interface MeasureOptions {
  /** Runs done first and thrown away. Default 2. */
  warmup?: number;
  /** Timed runs. Default 10. */
  runs: number;
  /**
   * Stop adding timed runs once this much time (ms) was spent in timed runs and at least `minRuns` were done:
   * keeps the big inputs from taking minutes. Default: no limit.
   */
  budgetMs?: number;
  /** Lower bound on timed runs when a budget applies. Default 3. */
  minRuns?: number;
}

export interface Measurement<T> {
  /** Wall time of each timed run in ms, in run order. */
  times: number[];
  /**
   * CPU time (user + system, all threads of this process) of each timed run in ms. On a shared machine this
   * barely moves when other processes compete for the cores, unlike wall time; GC helper threads can make it
   * exceed wall time.
   */
  cpuTimes: number[];
  /** What each timed run returned (for per-stage timings or result checks). */
  values: T[];
  median: number;
  p90: number;
  min: number;
  /** Median of cpuTimes. */
  cpuMedian: number;
}

/** Keeps results alive so the engine cannot drop the work that produced them. */
let sink: unknown = null;
export function consume(value: unknown): unknown {
  const previous = sink;
  sink = value;
  return previous;
}

const maybeGc = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
};

/** Runs `fn` `warmup` times untimed, then up to `runs` timed times; returns the times and their median / p90. */
export async function measure<T>(fn: () => T | Promise<T>, options: MeasureOptions): Promise<Measurement<T>> {
  const warmup = options.warmup ?? 2;
  const runs = Math.max(1, options.runs);
  const minRuns = Math.min(runs, Math.max(1, options.minRuns ?? 3));
  for (let i = 0; i < warmup; i++) consume(await fn());
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const values: T[] = [];
  let spent = 0;
  for (let i = 0; i < runs; i++) {
    if (options.budgetMs !== undefined && i >= minRuns && spent >= options.budgetMs) break;
    maybeGc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const value = await fn();
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    consume(value);
    times.push(dt);
    cpuTimes.push((c.user + c.system) / 1000);
    values.push(value);
    spent += dt;
  }
  return { times, cpuTimes, values, median: median(times), p90: percentile(times, 90), min: Math.min(...times), cpuMedian: median(cpuTimes) };
}
