/**
 * `npm run bench -- --compare A.json B.json`: two reports side by side with the ratio B/A per row, and a verdict
 * on the rows whose change is larger than their spread. A change is judged by the ratio between two runs on one
 * machine, not by one absolute number. Reads reports of the previous format too (no spreads).
 *
 * Pure apart from `readReport` (reads one file): no timing, no suite knowledge.
 */
import { readFileSync } from 'node:fs';
import { alignRows, checkReport, formatValue, machineLine, rangeText } from './report';
import type { BenchReport, BenchResult } from './types';

export class ReportReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportReadError';
  }
}

/** Reads and checks a report file written by the harness (`--out`); throws ReportReadError saying what is wrong. */
export function readReport(file: string): BenchReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ReportReadError(`cannot read ${file}: ${(err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ReportReadError(`${file} is not JSON (${(err as Error).message}); give a report written by npm run bench (--out)`);
  }
  const problems = checkReport(value);
  if (problems.length) throw new ReportReadError(`${file} is not a bench report:\n  ${problems.slice(0, 8).join('\n  ')}`);
  return value as BenchReport;
}

/** `better` / `worse`: beyond the spread, in a known direction; `changed`: beyond it, direction unknown; '' within. */
export type Verdict = 'better' | 'worse' | 'changed' | '';

export interface ComparedRow {
  name: string;
  unit: string;
  a: BenchResult | null;
  b: BenchResult | null;
  /** b.value / a.value; null when a row is missing on one side or A's value is 0. */
  ratio: number | null;
  verdict: Verdict;
}

/** Units whose values are exact counts or sizes: any change above 1% is real, spread or not. */
const EXACT_UNITS = new Set(['KB', 'MB', 'count']);
const HIGHER_IS_BETTER_UNITS = new Set(['fps', 'MB/s']);
const LOWER_IS_BETTER_UNITS = new Set(['ms', 'KB', 'MB']);

/** Which way is better for a row: from its target when it has one, else from its unit; null when unknown. */
export function betterDirection(r: BenchResult): 'higher' | 'lower' | null {
  if (r.target?.startsWith('<')) return 'lower';
  if (r.target?.startsWith('>')) return 'higher';
  if (HIGHER_IS_BETTER_UNITS.has(r.unit)) return 'higher';
  if (LOWER_IS_BETTER_UNITS.has(r.unit)) return 'lower';
  return null;
}

/** Fewer samples than this say nothing about the noise (quick runs take one or two): such spreads are not used. */
export const MIN_SAMPLES = 3;

/** Whether `x` lies outside the row's p10-p90 range; null when the row has no usable spread. */
const outside = (x: number, r: BenchResult): boolean | null => (r.spread && r.spread.n >= MIN_SAMPLES ? x < r.spread.p10 || x > r.spread.p90 : null);

/**
 * Whether B differs from A by more than their spread: each median outside the other run's p10-p90 range; with a
 * spread on one side only (a report of the previous format), the other median outside that range; with none,
 * only exact units (sizes) are judged, by a change above 1%. Spreads of fewer than MIN_SAMPLES samples count as
 * none.
 */
export function beyondSpread(a: BenchResult, b: BenchResult): boolean {
  const ba = outside(b.value, a);
  const ab = outside(a.value, b);
  if (ba !== null && ab !== null) return ba && ab;
  if (ba !== null) return ba;
  if (ab !== null) return ab;
  if (!EXACT_UNITS.has(a.unit)) return false;
  if (a.value === 0) return b.value !== 0;
  return Math.abs(b.value / a.value - 1) > 0.01;
}

/** The rows of both reports (B's order, usually the newer harness's; then rows only A has), kept by `keep` (--only). */
export function compareReports(a: BenchReport, b: BenchReport, keep: (name: string) => boolean = () => true): ComparedRow[] {
  const byName = (r: BenchReport) => new Map(r.results.map((x) => [x.name, x]));
  const ma = byName(a);
  const mb = byName(b);
  const names = [...mb.keys(), ...[...ma.keys()].filter((n) => !mb.has(n))].filter(keep);
  return names.map((name) => {
    const ra = ma.get(name) ?? null;
    const rb = mb.get(name) ?? null;
    const unit = (ra ?? rb)!.unit;
    if (!ra || !rb || ra.unit !== rb.unit) return { name, unit, a: ra, b: rb, ratio: null, verdict: '' };
    const ratio = ra.value === 0 ? null : rb.value / ra.value;
    let verdict: Verdict = '';
    if (beyondSpread(ra, rb)) {
      const dir = betterDirection(rb) ?? betterDirection(ra);
      verdict = dir === null || ratio === null ? 'changed' : (ratio > 1) === (dir === 'higher') ? 'better' : 'worse';
    }
    return { name, unit, a: ra, b: rb, ratio, verdict };
  });
}

export interface Labelled {
  label: string;
  report: BenchReport;
}

/** The comparison as a plain-text table with both machine lines on top and a summary of the verdicts below. */
export function formatComparison(a: Labelled, b: Labelled, rows: readonly ComparedRow[]): string {
  const value = (r: BenchResult | null) => (r ? formatValue(r.value) : '-');
  const range = (r: BenchResult | null) => rangeText(r?.spread?.p10, r?.spread?.p90);
  const header = ['result', 'A', 'A p10-p90', 'B', 'B p10-p90', 'unit', 'B/A', 'beyond spread'];
  const cells = rows.map((r) => [r.name, value(r.a), range(r.a), value(r.b), range(r.b), r.unit, r.ratio === null ? '' : r.ratio.toFixed(3), r.verdict]);
  const same = a.report.machine.cpu === b.report.machine.cpu && a.report.machine.cores === b.report.machine.cores;
  const out = [
    `A: ${a.label}  ${a.report.date}`,
    `   ${machineLine(a.report.machine)}`,
    `B: ${b.label}  ${b.report.date}`,
    `   ${machineLine(b.report.machine)}`,
    ...(same ? [] : ['', 'note: the reports come from different machines; ratios between them say little']),
    '',
    ...alignRows(header, cells, [1, 2, 3, 4, 6])
  ];
  const of = (v: Verdict) => rows.filter((r) => r.verdict === v).map((r) => r.name);
  const usable = (r: BenchResult | null) => (r?.spread?.n ?? 0) >= MIN_SAMPLES;
  const withSpread = rows.filter((r) => usable(r.a) || usable(r.b)).length;
  out.push(
    '',
    `beyond spread: ${of('worse').length} worse, ${of('better').length} better, ${of('changed').length} changed, of ${rows.length} rows (${withSpread} with a spread of ${MIN_SAMPLES}+ samples)`
  );
  for (const v of ['worse', 'better', 'changed'] as const) if (of(v).length) out.push(`  ${v}: ${of(v).join(', ')}`);
  out.push(
    'A row is beyond its spread when each median lies outside the other run\'s p10-p90 range (one range when only one',
    `report has one; sizes without spreads: a change above 1%). Rows without a spread of ${MIN_SAMPLES}+ samples on either side`,
    'are not judged.'
  );
  return out.join('\n');
}
