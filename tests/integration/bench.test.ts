/**
 * The bench harness end to end (bench/run.ts), in-process: `--quick --only build,match` runs the build and match
 * suites on the bundled transcript and synthetic inputs and writes a well-formed report with every expected result,
 * the targets on the right results and an aligned table. Page suites (Chromium): ./bench-page.test.ts. No timing
 * assertions: values are only checked to be finite and positive.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../bench/report';
import { runBench } from '../../bench/run';
import type { BenchReport } from '../../bench/types';
import { BUILD_MATCH_RESULTS as EXPECTED, captureIo as capture } from '../support/bench';

/** Results that carry a target (the targets), with the target text. */
const TARGETS: Record<string, string> = {
  'build.bundled.median': '<= 150 ms',
  'build.scale.ratio': '<= 110 x',
  'match.throughput': '>= 50 MB/s',
  'match.synthetic.naive.ratio': '> 1 x',
  'match.bundled.naive.ratio': '> 1 x'
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-bench-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run bench -- --quick (in-process)', () => {
  let run: Awaited<ReturnType<typeof runBench>>;
  let file: string;
  let written: BenchReport;
  let stdout: string;
  beforeAll(async () => {
    file = join(dir, 'nested', 'quick.json');
    const c = capture();
    run = await runBench(['--quick', '--only', 'build,match', '--out', file], c.io);
    stdout = c.out.join('\n');
    written = JSON.parse(readFileSync(file, 'utf8'));
  }, 300_000);

  it('exits 0 and writes the report it returns', () => {
    expect(run.code).toBe(0);
    expect(run.out).toBe(file);
    expect(written).toEqual(run.report);
  });

  it('has the machine facts and an ISO date', () => {
    const m = written.machine;
    expect(typeof m.cpu).toBe('string');
    expect(m.cpu.length).toBeGreaterThan(0);
    expect(Number.isInteger(m.cores) && m.cores > 0).toBe(true);
    expect(m.memoryMB).toBeGreaterThan(0);
    expect(m.node).toMatch(/^v\d+\.\d+\.\d+/);
    expect(typeof m.os).toBe('string');
    expect(m.loadavg).toHaveLength(3);
    expect(written.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(new Date(written.date).toISOString()).toBe(written.date);
  });

  it('has every expected result, each well-formed with a finite positive value', () => {
    const names = written.results.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of EXPECTED) expect(names).toContain(name);
    for (const r of written.results) {
      expect(Object.keys(r).filter((k) => k !== 'spread').sort()).toEqual(['met', 'name', 'target', 'unit', 'value']);
      expect(typeof r.name).toBe('string');
      expect(typeof r.value).toBe('number');
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.value).toBeGreaterThan(0);
      expect(['ms', 'MB/s', 'x', 'MB']).toContain(r.unit);
      expect(r.target === null || typeof r.target === 'string').toBe(true);
      expect(r.met === null || typeof r.met === 'boolean').toBe(true);
      expect(r.met === null).toBe(r.target === null);
    }
    expect(checkReport(written)).toEqual([]);
  });

  it('puts the issue targets on the right results', () => {
    for (const r of written.results) expect(r.target).toBe(TARGETS[r.name] ?? null);
  });

  it('prints an aligned table naming every result', () => {
    const lines = stdout.split('\n');
    const header = lines.findIndex((l) => /^result\s+value\s+p10-p90\s+min-max\s+n\s+unit\s+target\s+met$/.test(l));
    expect(header).toBeGreaterThan(-1);
    for (const name of EXPECTED) expect(stdout).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}\\s`, 'm'));
    // Value column right-aligned: every row's value ends at the same column as the header's "value".
    const valueEnd = lines[header].indexOf('value') + 'value'.length;
    for (const line of lines.slice(header + 2, header + 2 + written.results.length)) expect(line[valueEnd - 1]).toMatch(/\d/);
    expect(stdout).toMatch(/targets: \d+\/5 met/);
  });

  it('leaves no temp file next to the report', () => {
    expect(readdirSync(join(dir, 'nested'))).toEqual(['quick.json']);
  });
});

