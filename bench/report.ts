/**
 * The bench report: machine facts (node:os), the aligned table printed to stdout, a shape check, and the
 * atomic JSON write (temp file in the same directory, then rename: a crashed or interrupted run never leaves a
 * half-written latest.json behind).
 *
 * No timing here and no suite knowledge: suites produce `BenchResult`s, this module only presents them.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { BenchReport, MachineInfo } from './types';

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length;
  return {
    cpu: (cpus[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    cores,
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100)
  };
}

/** A number for the table: about 3-4 significant digits, thousands not grouped (so it can be copied). */
export function formatValue(value: number): string {
  const a = Math.abs(value);
  if (a >= 1000) return value.toFixed(0);
  if (a >= 100) return value.toFixed(1);
  if (a >= 10) return value.toFixed(2);
  if (a >= 0.01 || a === 0) return value.toFixed(3);
  return value.toExponential(2);
}

const metText = (met: boolean | null): string => (met === null ? '' : met ? 'yes' : 'NO');

/** `lo-hi` with formatValue, or '' without a spread. */
export const rangeText = (lo: number | undefined, hi: number | undefined): string =>
  lo === undefined || hi === undefined ? '' : `${formatValue(lo)}-${formatValue(hi)}`;

/** Aligns rows of cells under a header: columns listed in `right` are right-aligned, the others left-aligned. */
export function alignRows(header: string[], rows: string[][], right: readonly number[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The machine line of a report: CPU, cores, memory, Node, OS and the load averages at the start. */
export const machineLine = (m: MachineInfo): string =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryMB} MiB, Node ${m.node}, ${m.os}, load ${m.loadavg.join(' ')}`;

/**
 * The results as an aligned plain-text table with a machine line on top: name, value (a median when the row has
 * a spread), its p10-p90 and min-max ranges and sample count, unit, target, met.
 */
export function formatTable(report: BenchReport, note?: string): string {
  const header = ['result', 'value', 'p10-p90', 'min-max', 'n', 'unit', 'target', 'met'];
  const rows = report.results.map((r) => [
    r.name,
    formatValue(r.value),
    rangeText(r.spread?.p10, r.spread?.p90),
    rangeText(r.spread?.min, r.spread?.max),
    r.spread ? String(r.spread.n) : '',
    r.unit,
    r.target ?? '',
    metText(r.met)
  ]);
  const out = [machineLine(report.machine), `${report.date}${note ? `  (${note})` : ''}`, '', ...alignRows(header, rows, [1, 2, 3, 4])];
  const targets = report.results.filter((r) => r.met !== null);
  const missed = targets.filter((r) => r.met === false);
  out.push('', `targets: ${targets.length - missed.length}/${targets.length} met${missed.length ? ` (missed: ${missed.map((r) => r.name).join(', ')})` : ''}`);
  return out.join('\n');
}

/**
 * Problems with a report's shape, as `path: message` strings (empty when well-formed). Checks what consumers rely
 * on: machine fields, an ISO date, and for each result a non-empty name, a finite value, a unit, a string-or-null
 * target and a boolean-or-null met that is null exactly when the target is, an optional spread that is ordered
 * and holds the value; names unique.
 */
export function checkReport(value: unknown): string[] {
  const problems: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(value)) return ['$: the report must be a JSON object'];
  const m = value.machine;
  if (!isObj(m)) problems.push('$.machine: must be an object');
  else {
    for (const k of ['cpu', 'node', 'os'] as const) if (typeof m[k] !== 'string' || m[k] === '') problems.push(`$.machine.${k}: must be a non-empty string`);
    for (const k of ['cores', 'memoryMB'] as const)
      if (typeof m[k] !== 'number' || !Number.isFinite(m[k]) || (m[k] as number) <= 0) problems.push(`$.machine.${k}: must be a positive number`);
  }
  if (typeof value.date !== 'string' || Number.isNaN(Date.parse(value.date)) || !/^\d{4}-\d{2}-\d{2}T/.test(value.date))
    problems.push('$.date: must be an ISO 8601 date-time string');
  if (!Array.isArray(value.results)) problems.push('$.results: must be an array');
  else {
    const seen = new Set<string>();
    value.results.forEach((r: unknown, i: number) => {
      const p = `$.results[${i}]`;
      if (!isObj(r)) return void problems.push(`${p}: must be an object`);
      if (typeof r.name !== 'string' || r.name === '') problems.push(`${p}.name: must be a non-empty string`);
      else if (seen.has(r.name)) problems.push(`${p}.name: "${r.name}" appears twice`);
      else seen.add(r.name);
      if (typeof r.value !== 'number' || !Number.isFinite(r.value)) problems.push(`${p}.value: must be a finite number`);
      if (typeof r.unit !== 'string' || r.unit === '') problems.push(`${p}.unit: must be a non-empty string`);
      if (r.target !== null && typeof r.target !== 'string') problems.push(`${p}.target: must be a string or null`);
      if (r.met !== null && typeof r.met !== 'boolean') problems.push(`${p}.met: must be a boolean or null`);
      if ((r.target === null) !== (r.met === null)) problems.push(`${p}.met: must be null exactly when target is null`);
      if (r.spread !== undefined) problems.push(...spreadProblems(r.spread, r.value, `${p}.spread`));
    });
  }
  return problems;
}

function spreadProblems(spread: unknown, value: unknown, p: string): string[] {
  if (typeof spread !== 'object' || spread === null || Array.isArray(spread)) return [`${p}: must be an object {n, min, p10, p90, max}`];
  const s = spread as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof s.n !== 'number' || !Number.isInteger(s.n) || s.n < 1) problems.push(`${p}.n: must be a positive integer`);
  const keys = ['min', 'p10', 'p90', 'max'] as const;
  for (const k of keys) if (typeof s[k] !== 'number' || !Number.isFinite(s[k])) problems.push(`${p}.${k}: must be a finite number`);
  if (problems.length) return problems;
  const [min, p10, p90, max] = keys.map((k) => s[k] as number);
  if (!(min <= p10 && p10 <= p90 && p90 <= max)) problems.push(`${p}: must have min <= p10 <= p90 <= max (got ${min}, ${p10}, ${p90}, ${max})`);
  else if (typeof value === 'number' && !(min <= value && value <= max)) problems.push(`${p}: the value ${value} lies outside min..max (${min}..${max})`);
  return problems;
}

/** Writes the report as pretty JSON to `file` atomically (creating the directory). */
export function writeReport(file: string, report: BenchReport): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, JSON.stringify(report, null, 2) + '\n', 'utf8');
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

