/**
 * Shared types of the benchmark harness: one measured number (`BenchResult`), the report written to
 * bench/results/latest.json (`BenchReport`), and the suite interface every file in bench/suites/ implements.
 *
 * Types and constants only (no runtime work), so suites, the runner and the tests can all import it.
 */

/**
 * How a median's samples were spread: their count, extremes and 10th / 90th percentiles (linear interpolation,
 * as `percentile` in stats.ts), in the result's unit. What one sample is depends on the row (one page load, one
 * click, one gesture, one frame, one in-process run): bench/README.md says it per row.
 */
export interface Spread {
  n: number;
  min: number;
  p10: number;
  p90: number;
  max: number;
}

/** One measured number, as it appears in the report's `results` array and in the printed table. */
export interface BenchResult {
  /** Dotted, stable name, e.g. `build.bundled.median`; the first segment is the suite name. */
  name: string;
  /** Finite number (a median, a throughput, a ratio, a size). */
  value: number;
  /** `ms`, `MB/s`, `x` (a ratio), `MB`, `count`, `fps`, `KB`, ... */
  unit: string;
  /** Human-readable target such as `<= 150 ms`, or null when the number is informative only. */
  target: string | null;
  /** Whether `value` meets `target`; null when there is no target. */
  met: boolean | null;
  /**
   * When `value` is the median of several samples: how they were spread. Absent for single numbers (sizes,
   * ratios of medians) and in reports written before spreads existed.
   */
  spread?: Spread;
}

/** Facts about the machine that produced a report (from node:os and process). */
export interface MachineInfo {
  /** CPU model string of the first core, e.g. "Intel(R) Xeon(R) ...". */
  cpu: string;
  /** Logical cores visible to Node (os.availableParallelism()). */
  cores: number;
  /** Total memory in MiB. */
  memoryMB: number;
  /** process.version, e.g. "v20.19.0". */
  node: string;
  /** `${os.type()} ${os.release()} ${os.arch()}`. */
  os: string;
  /** 1, 5 and 15 minute load averages when the run started (the machine is shared and noisy). */
  loadavg: number[];
}

/** The JSON written by `npm run bench` (bench/results/latest.json by default). */
export interface BenchReport {
  machine: MachineInfo;
  /** ISO 8601 timestamp of the start of the run. */
  date: string;
  results: BenchResult[];
}

/** What a suite gets from the runner. */
export interface BenchOptions {
  /** Small sizes and few runs: for the unit test and smoke checks; the numbers are not comparable. */
  quick: boolean;
  /** Repository root (absolute), for reading bundled data such as data/transcripts/. */
  root: string;
  /** Progress lines (the runner sends them to stderr so stdout holds only the table). */
  log: (message: string) => void;
  /**
   * Whether a row or group of rows is wanted by `--only` (a dotted row-name prefix such as `page.bundled`; true
   * when nothing was asked for). Suites may skip the work behind unwanted groups; the runner drops unwanted rows
   * either way. Optional so suites can be called directly: treat a missing one as "everything".
   */
  wants?: (prefix: string) => boolean;
}

/**
 * A bench suite: a file in bench/suites/ exporting one of these and listed in bench/suites/index.ts.
 * `run` may take seconds to minutes; it must not write files (the runner writes the report) and must return
 * every name listed in `resultNames` (the runner warns about missing ones).
 */
export interface BenchSuite {
  /** Short lowercase name used by `--only` and as the first segment of its result names. */
  name: string;
  /** One line for `--list` and the table heading. */
  description: string;
  /** Every result name the suite returns (also in quick mode). */
  resultNames: readonly string[];
  run(options: BenchOptions): Promise<BenchResult[]>;
}
