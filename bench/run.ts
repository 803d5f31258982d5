/**
 * Entry of `npm run bench` (tsx bench/run.ts): runs the registered suites (bench/suites/index.ts), prints an
 * aligned table to stdout (progress goes to stderr) and writes the JSON report atomically; or compares two
 * reports side by side (compare.ts).
 *
 *   npm run bench -- [--quick] [--only PREFIX[,PREFIX]] [--out FILE] [--list]
 *   npm run bench -- --compare A.json B.json [--only PREFIX]
 *
 * --quick    small sizes and few runs (for the unit test and smoke checks; numbers not comparable)
 * --only     only the rows under these dotted prefixes: a suite (`page`) or part of one (`page.bundled`); the
 *            suites skip the work behind other rows (repeatable or comma-separated)
 * --out      report file (default bench/results/latest.json under the repository root)
 * --compare  print two reports side by side with the ratio B/A per row; runs nothing, writes nothing
 * Exit status: 0 done, 1 a suite failed (the others still run and are reported), 2 usage error or unreadable
 * report. `runBench(argv)` does the same in-process (the unit test uses it); it never calls process.exit.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './inputs';
import { compareReports, formatComparison, readReport, ReportReadError } from './compare';
import { prefixProblem, rowFilter } from './filter';
import { checkReport, formatTable, machineInfo, writeReport } from './report';
import { SUITES } from './suites/index';
import type { BenchReport, BenchResult, BenchSuite } from './types';

export const USAGE = `Usage: npm run bench -- [--quick] [--only PREFIX[,PREFIX]] [--out FILE] [--list]
       npm run bench -- --compare A.json B.json [--only PREFIX]

  --quick           small sizes, few runs (smoke test; numbers not comparable)
  --only PREFIX     only the rows under these dotted prefixes: a suite (page) or part of one (page.bundled,
                    page.20k, sigma.20k.ratio.pan); repeatable or comma-separated
  --out FILE        where to write the JSON report (default bench/results/latest.json)
  --compare A B     print reports A and B side by side with the ratio B/A per row and mark the rows whose
                    change exceeds their spread; runs nothing
  --list            list the suites and exit`;

export const DEFAULT_OUT = resolve(REPO_ROOT, 'bench/results/latest.json');

export interface BenchArgs {
  quick: boolean;
  only: string[];
  out: string;
  list: boolean;
  help: boolean;
  /** The two report files of --compare, or null. */
  compare: [string, string] | null;
}

export class BenchUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchUsageError';
  }
}

/** Parses the command line (without node and script). Throws BenchUsageError with what is wrong. */
export function parseArgs(argv: readonly string[], suites: readonly BenchSuite[] = SUITES): BenchArgs {
  const args: BenchArgs = { quick: false, only: [], out: DEFAULT_OUT, list: false, help: false, compare: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new BenchUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--quick':
        args.quick = true;
        break;
      case '--only':
        args.only.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case '--out':
        args.out = resolve(value());
        break;
      case '--list':
        args.list = true;
        break;
      case '--compare': {
        const first = value();
        const second = argv[++i];
        if (second === undefined || second.startsWith('--')) throw new BenchUsageError('--compare needs two report files: --compare A.json B.json');
        args.compare = [resolve(first), resolve(second)];
        break;
      }
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new BenchUsageError(`unknown argument "${a}"`);
    }
  }
  // with --compare the prefixes filter rows of the files, which may come from other versions of the suites
  if (!args.compare)
    for (const prefix of args.only) {
      const problem = prefixProblem(prefix, suites);
      if (problem) throw new BenchUsageError(problem);
    }
  return args;
}

export interface BenchIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Suites to choose from (default: the registry). */
  suites?: readonly BenchSuite[];
}

const processIO: BenchIO = {
  stdout: (t) => process.stdout.write(t + '\n'),
  stderr: (t) => process.stderr.write(t + '\n')
};

export interface BenchRun {
  /** 0 done, 1 a suite failed or the report is malformed, 2 usage. */
  code: number;
  report: BenchReport | null;
  /** Where the report was written, or null. */
  out: string | null;
}

/** Runs the harness in-process (see the module header). */
export async function runBench(argv: readonly string[], io: BenchIO = processIO): Promise<BenchRun> {
  const suites = io.suites ?? SUITES;
  let args: BenchArgs;
  try {
    args = parseArgs(argv, suites);
  } catch (err) {
    if (!(err instanceof BenchUsageError)) throw err;
    io.stderr(`bench: ${err.message}\n\n${USAGE}`);
    return { code: 2, report: null, out: null };
  }
  if (args.help) {
    io.stdout(USAGE);
    return { code: 0, report: null, out: null };
  }
  if (args.list) {
    for (const s of suites) io.stdout(`${s.name.padEnd(10)} ${s.description}`);
    return { code: 0, report: null, out: null };
  }
  const filter = rowFilter(args.only);
  if (args.compare) {
    try {
      const [a, b] = args.compare.map((file) => ({ label: file, report: readReport(file) }));
      io.stdout(formatComparison(a, b, compareReports(a.report, b.report, filter.matches)));
      return { code: 0, report: null, out: null };
    } catch (err) {
      if (!(err instanceof ReportReadError)) throw err;
      io.stderr(`bench: ${err.message}`);
      return { code: 2, report: null, out: null };
    }
  }

  const selected = suites.filter((s) => filter.wants(s.name));
  const report: BenchReport = { machine: machineInfo(), date: new Date().toISOString(), results: [] };
  let code = 0;
  for (const suite of selected) {
    const t0 = performance.now();
    io.stderr(`bench: suite ${suite.name}${args.quick ? ' (quick)' : ''}: ${suite.description}`);
    let results: BenchResult[];
    try {
      results = (await suite.run({ quick: args.quick, root: REPO_ROOT, log: (m) => io.stderr(`  ${m}`), wants: filter.wants })).filter((r) => filter.matches(r.name));
    } catch (err) {
      code = 1;
      io.stderr(`bench: suite ${suite.name} failed: ${(err as Error)?.stack ?? String(err)}`);
      continue;
    }
    const names = new Set(results.map((r) => r.name));
    const missing = suite.resultNames.filter((n) => filter.matches(n) && !names.has(n));
    if (missing.length) io.stderr(`bench: suite ${suite.name} did not report ${missing.join(', ')}`);
    report.results.push(...results);
    io.stderr(`bench: suite ${suite.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const problems = checkReport(report);
  if (problems.length) {
    io.stderr(`bench: the report is malformed (a suite bug), not written:\n  ${problems.join('\n  ')}`);
    return { code: 1, report, out: null };
  }
  io.stdout(formatTable(report, args.quick ? 'quick mode: small sizes, not comparable' : undefined));
  writeReport(args.out, report);
  io.stderr(`bench: wrote ${args.out}`);
  return { code, report, out: args.out };
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  runBench(process.argv.slice(2)).then(
    (r) => {
      process.exitCode = r.code;
    },
    (err) => {
      process.stderr.write(`bench: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 70;
    }
  );
}
