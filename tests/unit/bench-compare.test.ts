/**
 * The harness's steadier-numbers parts, without a browser (fast): medians with their spread (`sampled`), the
 * report's spread check and table columns, the `--only` row-prefix filter (what the runner runs and keeps), and
 * `--compare` of two reports, one of the previous format (no spreads): ratios, verdicts beyond the spread,
 * unreadable files. Hand-made reports with known numbers; no timing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beyondSpread, betterDirection, compareReports, formatComparison, readReport, ReportReadError } from '../../bench/compare';
import { isUnder, prefixProblem, rowFilter } from '../../bench/filter';
import { checkReport, formatTable } from '../../bench/report';
import { atLeast, atMost, result, sampled } from '../../bench/result';
import { parseArgs, runBench } from '../../bench/run';
import { spreadOf } from '../../bench/stats';
import type { BenchOptions, BenchReport, BenchResult, BenchSuite } from '../../bench/types';
import { captureIo as capture } from '../support/bench';

const dir = mkdtempSync(join(tmpdir(), 'bench-compare-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const machine = { cpu: 'cpu', cores: 2, memoryMB: 1024, node: 'v20.0.0', os: 'Linux', loadavg: [0, 0, 0] };
const report = (results: BenchResult[], date = '2026-01-01T00:00:00.000Z'): BenchReport => ({ machine, date, results });

describe('medians with their spread', () => {
  it('spreadOf gives count, extremes and interpolated p10 / p90', () => {
    expect(spreadOf([5, 1, 4, 2, 3, 6, 9, 8, 7, 10, 11])).toEqual({ n: 11, min: 1, p10: 2, p90: 10, max: 11 });
    expect(spreadOf([7])).toEqual({ n: 1, min: 7, p10: 7, p90: 7, max: 7 });
    expect(() => spreadOf([])).toThrow(/no values/);
  });

  it('sampled is the median with the spread and the target checked on the median', () => {
    const r = sampled('page.x', [300, 240, 260, 250, 900], 'ms', atMost(250));
    expect(r).toEqual({ name: 'page.x', value: 260, unit: 'ms', target: '<= 250 ms', met: false, spread: { n: 5, min: 240, p10: 244, p90: 660, max: 900 } });
    expect(checkReport(report([r]))).toEqual([]);
    expect(() => sampled('page.x', [], 'ms')).toThrow(/page\.x: no samples/);
    expect(() => sampled('page.x', [1, Number.NaN], 'ms')).toThrow(/page\.x: sample NaN/);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 5, /spread: must be an object/],
    ['n not a positive integer', { n: 0, min: 1, p10: 1, p90: 1, max: 1 }, /spread\.n: must be a positive integer/],
    ['a missing number', { n: 3, min: 1, p10: 1, max: 1 }, /spread\.p90: must be a finite number/],
    ['out of order', { n: 3, min: 1, p10: 3, p90: 2, max: 4 }, /min <= p10 <= p90 <= max/],
    ['value outside min..max', { n: 3, min: 5, p10: 5, p90: 6, max: 6 }, /value 2 lies outside min\.\.max/]
  ])('checkReport finds a bad spread: %s', (_, spread, message) => {
    const r = { ...result('a', 2, 'ms'), spread } as unknown as BenchResult;
    expect(checkReport(report([r])).join('\n')).toMatch(message);
  });

  it('the table shows p10-p90, min-max and n for rows with a spread, blanks for the others', () => {
    const t = formatTable(report([sampled('a', [10, 20, 30], 'ms'), result('b', 3, 'KB')]));
    expect(t).toMatch(/^result\s+value\s+p10-p90\s+min-max\s+n\s+unit\s+target\s+met$/m);
    expect(t).toMatch(/^a\s+20\.00\s+12\.00-28\.00\s+10\.00-30\.00\s+3\s+ms$/m);
    expect(t).toMatch(/^b\s+3\.000\s+KB$/m);
  });
});

describe('--only row prefixes', () => {
  const suite = (name: string, rows: string[], seen: BenchOptions[] = []): BenchSuite => ({
    name,
    description: name,
    resultNames: rows,
    run: async (o) => {
      seen.push(o);
      return rows.map((n) => result(n, 1, 'ms'));
    }
  });

  it.each([
    ['page.bundled.hydrated', 'page.bundled', true],
    ['page.bundled.hydrated.cpu', 'page.bundled.hydrated', true],
    ['page.bundled', 'page.bundled', true],
    ['page.1k0.x', 'page.1k', false],
    ['page.bundledx', 'page.bundled', false]
  ])('isUnder(%s, %s) = %s', (name, prefix, expected) => {
    expect(isUnder(name, prefix)).toBe(expected);
  });

  it('keeps rows under a prefix and wants the groups on the way to it', () => {
    const f = rowFilter(['page.bundled.first-click']);
    expect(f.matches('page.bundled.first-click.cpu')).toBe(true);
    expect(f.matches('page.bundled.hydrated')).toBe(false);
    expect([f.wants('page'), f.wants('page.bundled'), f.wants('page.bundled.first-click.cpu'), f.wants('page.5k'), f.wants('sigma')]).toEqual([true, true, true, false, false]);
    expect(rowFilter([]).wants('anything')).toBe(true);
  });

  it('says why a prefix selects nothing', () => {
    const suites = [suite('page', ['page.bundled.hydrated', 'page.5k.pan.fps'])];
    expect(prefixProblem('page.bundled', suites)).toBeNull();
    expect(prefixProblem('page', suites)).toBeNull();
    expect(prefixProblem('page.bundle', suites)).toMatch(/no result of suite page is named page\.bundle or starts with "page\.bundle\."/);
    expect(prefixProblem('ghost.x', suites)).toMatch(/unknown suite "ghost" \(known: page\) in --only ghost\.x/);
    expect(() => parseArgs(['--only', 'page.bundle'], suites)).toThrow(/no result of suite page/);
  });

  it('runs only the suites with wanted rows, tells them what is wanted and reports only the wanted rows', async () => {
    const seenA: BenchOptions[] = [];
    const seenB: BenchOptions[] = [];
    const a = suite('a', ['a.x.one', 'a.x.one.cpu', 'a.y.two'], seenA);
    const b = suite('b', ['b.z'], seenB);
    const c = capture();
    const out = join(dir, 'only.json');
    const r = await runBench(['--only', 'a.x.one', '--out', out], { ...c.io, suites: [a, b] });
    expect(r.code).toBe(0);
    expect(r.report!.results.map((x) => x.name)).toEqual(['a.x.one', 'a.x.one.cpu']);
    expect(seenB).toHaveLength(0);
    expect(seenA[0].wants!('a.x')).toBe(true);
    expect(seenA[0].wants!('a.y')).toBe(false);
    expect(c.err.join('\n')).not.toMatch(/did not report/);
  });
});

describe('--compare', () => {
  // A: previous format (no spreads); B: with spreads
  const a = report([
    result('page.paint', 400, 'ms', atMost(250)),
    result('page.fps', 40, 'fps', atLeast(55)),
    result('page.js', 112, 'KB'),
    result('page.ratio', 0.2, 'x'),
    result('page.gone', 1, 'ms')
  ]);
  const b = report(
    [
      sampled('page.paint', [250, 260, 270, 280, 300], 'ms', atMost(250)),
      sampled('page.fps', [38, 40, 41, 42, 44], 'fps', atLeast(55)),
      result('page.js', 118, 'KB'),
      result('page.ratio', 0.5, 'x'),
      sampled('page.new', [1, 2, 3], 'ms')
    ],
    '2026-01-02T00:00:00.000Z'
  );

  it('judges a row by the spread it has: the other median outside p10-p90, sizes by 1%', () => {
    const rows = compareReports(a, b);
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by['page.paint'].ratio).toBeCloseTo(270 / 400, 10);
    expect(by['page.paint'].verdict).toBe('better'); // 400 lies above B's p10-p90, lower is better
    expect(by['page.fps'].verdict).toBe(''); // 40 lies inside B's range
    expect(by['page.js'].verdict).toBe('worse'); // a size grew by 5%
    expect(by['page.ratio'].verdict).toBe(''); // no spread, not a size: not judged
    expect(by['page.gone']).toMatchObject({ b: null, ratio: null, verdict: '' });
    expect(by['page.new']).toMatchObject({ a: null, ratio: null });
    expect(rows.map((r) => r.name)).toEqual(['page.paint', 'page.fps', 'page.js', 'page.ratio', 'page.new', 'page.gone']);
  });

  it.each<[number[], number[], boolean]>([
    [[90, 100, 110], [120, 130, 140], true], // each median outside the other's range
    [[90, 100, 140], [120, 130, 140], false], // B's median 130 lies inside A's p10-p90 (92-132)
    [[100, 100, 100], [99, 100, 101], false],
    [[100], [200, 300], false] // one or two samples: no usable spread, not a size: not judged
  ])('beyondSpread with spreads on both sides: %j vs %j -> %s', (xs, ys, expected) => {
    expect(beyondSpread(sampled('r', xs, 'ms'), sampled('r', ys, 'ms'))).toBe(expected);
  });

  it('takes the direction from the target, else from the unit', () => {
    expect(betterDirection(result('r', 1, 'x', atMost(1)))).toBe('lower');
    expect(betterDirection(result('r', 1, 'x', atLeast(1)))).toBe('higher');
    expect(betterDirection(result('r', 1, 'fps'))).toBe('higher');
    expect(betterDirection(result('r', 1, 'ms'))).toBe('lower');
    expect(betterDirection(result('r', 1, 'x'))).toBeNull();
  });

  it('prints both reports side by side with B/A and the verdicts; --only filters the rows', async () => {
    const fa = join(dir, 'a.json');
    const fb = join(dir, 'b.json');
    writeFileSync(fa, JSON.stringify(a));
    writeFileSync(fb, JSON.stringify(b));
    const c = capture();
    const r = await runBench(['--compare', fa, fb], c.io);
    expect(r.code).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/^result\s+A\s+A p10-p90\s+B\s+B p10-p90\s+unit\s+B\/A\s+beyond spread$/m);
    expect(text).toMatch(/^page\.paint\s+400\.0\s+270\.0\s+254\.0-292\.0\s+ms\s+0\.675\s+better$/m);
    expect(text).toMatch(/^page\.js\s+112\.0\s+118\.0\s+KB\s+1\.054\s+worse$/m);
    expect(text).toMatch(/beyond spread: 1 worse, 1 better, 0 changed, of 6 rows/);
    const f = capture();
    await runBench(['--compare', fa, fb, '--only', 'page.js'], f.io);
    expect(f.out.join('\n')).not.toMatch(/^page\.paint/m);
    expect(formatComparison({ label: 'x', report: a }, { label: 'y', report: { ...b, machine: { ...machine, cpu: 'other' } } }, [])).toMatch(/different machines/);
  });

  it('exits 2 with what is wrong for a missing, non-JSON or malformed file, and 2 for one file only', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ machine, date: 'yesterday', results: [] }));
    const text = join(dir, 'text.json');
    writeFileSync(text, 'not json');
    for (const [file, message] of [
      [join(dir, 'missing.json'), /cannot read .*missing\.json/],
      [text, /text\.json is not JSON/],
      [bad, /bad\.json is not a bench report:\n\s+\$\.date/]
    ] as const) {
      const c = capture();
      const r = await runBench(['--compare', file, file], c.io);
      expect(r.code).toBe(2);
      expect(c.err.join('\n')).toMatch(message);
    }
    expect(() => readReport(bad)).toThrow(ReportReadError);
    const c = capture();
    expect((await runBench(['--compare', bad], c.io)).code).toBe(2);
    expect(c.err.join('\n')).toMatch(/--compare needs two report files/);
  });
});
