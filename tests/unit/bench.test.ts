/**
 * Tests of the benchmark harness's parts (bench/): argument handling, statistics, result targets, the report
 * checker and atomic write; the synthetic generators (deterministic, valid catalog / transcript / graph); the naive
 * baseline finds exactly the matcher's mentions. The quick run itself is an integration test
 * (tests/integration/bench.test.ts). No timing assertions.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/lib/core/catalog/check';
import { validateCatalogShape, validateGraph } from '../../src/lib/core/contract/schema';
import type { BenchReport, BenchSuite } from '../../bench/types';
import { compileMatcher, matchPassages } from '../../src/lib/core/match';
import { parseTranscript } from '../../src/lib/core/parse';
import { loadBundled } from '../../bench/inputs';
import { compileNaive, naiveMatchPassages } from '../../bench/naive';
import { checkReport, formatTable, formatValue, writeReport } from '../../bench/report';
import { atLeast, atMost, above, below, result, roundValue } from '../../bench/result';
import { DEFAULT_OUT, parseArgs, runBench } from '../../bench/run';
import { measure, median, percentile } from '../../bench/stats';
import { SUITES } from '../../bench/suites/index';
import { stageOf } from '../../bench/suites/build';
import { mentionKey } from '../../bench/suites/match';
import { syntheticCatalog, syntheticGraph, syntheticTranscript, utf8Length } from '../../bench/synthetic';
import { BUILD_MATCH_RESULTS, captureIo as capture } from '../support/bench';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-bench-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('runner', () => {
  const ok: BenchSuite = {
    name: 'ok',
    description: 'always fine',
    resultNames: ['ok.a', 'ok.b'],
    run: async () => [result('ok.a', 1, 'ms', atMost(2))]
  };
  const broken: BenchSuite = {
    name: 'broken',
    description: 'always throws',
    resultNames: [],
    run: async () => {
      throw new Error('no browser');
    }
  };

  it.each([
    [['--nope'], /unknown argument "--nope"/],
    [['--only'], /--only needs a value/],
    [['--only', 'ghost'], /unknown suite "ghost" \(known: ok, broken\)/],
    [['--out', '--quick'], /--out needs a value/]
  ])('usage error for %j', async (argv, message) => {
    const c = capture();
    const out = join(dir, 'usage.json');
    const r = await runBench(argv, { ...c.io, suites: [ok, broken] });
    expect(r.code).toBe(2);
    expect(c.err.join('\n')).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[], { quick: false, only: [], list: false, help: false }],
    [['--quick'], { quick: true, only: [] }],
    [['--only', 'build', '--only=match'], { only: ['build', 'match'] }],
    [['--only', 'build, match'], { only: ['build', 'match'] }],
    [['--list'], { list: true }],
    [['-h'], { help: true }]
  ])('parses %j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it('defaults --out to bench/results/latest.json and resolves a relative --out against the cwd', () => {
    expect(parseArgs([]).out).toBe(DEFAULT_OUT);
    expect(DEFAULT_OUT.replace(/\\/g, '/')).toMatch(/\/bench\/results\/latest\.json$/);
    expect(parseArgs(['--out', 'x.json']).out).toBe(join(process.cwd(), 'x.json'));
  });

  it('keeps going after a failing suite, reports the rest, warns about missing results and exits 1', async () => {
    const c = capture();
    const out = join(dir, 'partial.json');
    const r = await runBench(['--out', out], { ...c.io, suites: [broken, ok] });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
    expect(report.results).toEqual([{ name: 'ok.a', value: 1, unit: 'ms', target: '<= 2 ms', met: true }]);
    const err = c.err.join('\n');
    expect(err).toMatch(/suite broken failed: Error: no browser/);
    expect(err).toMatch(/suite ok did not report ok\.b/);
  });

  it('lists the suites with --list and writes nothing', async () => {
    const c = capture();
    const r = await runBench(['--list'], { ...c.io, suites: [ok, broken] });
    expect(r).toEqual({ code: 0, report: null, out: null });
    expect(c.out.join('\n')).toMatch(/^ok\s+always fine\nbroken\s+always throws$/);
  });

  it('refuses to write a malformed report', async () => {
    const dup: BenchSuite = { name: 'dup', description: 'd', resultNames: [], run: async () => [result('x', 1, 'ms'), result('x', 2, 'ms')] };
    const c = capture();
    const out = join(dir, 'dup.json');
    const r = await runBench(['--out', out], { ...c.io, suites: [dup] });
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(c.err.join('\n')).toMatch(/\$\.results\[1\]\.name: "x" appears twice/);
  });

  it('registers uniquely named suites whose result names start with the suite name', () => {
    const names = SUITES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SUITES) for (const r of s.resultNames) expect(r.startsWith(`${s.name}.`)).toBe(true);
    for (const name of BUILD_MATCH_RESULTS) expect(SUITES.some((s) => s.resultNames.includes(name))).toBe(true);
  });
});

describe('stats', () => {
  it.each([
    [[5], 50, 5],
    [[3, 1, 2], 50, 2],
    [[4, 1, 3, 2], 50, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9.1],
    [[10, 20], 0, 10],
    [[10, 20], 100, 20]
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  it('median does not reorder its input and rejects an empty list', () => {
    const xs = [3, 1, 2];
    expect(median(xs)).toBe(2);
    expect(xs).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/within 0\.\.100/);
  });

  it('measure runs warm-ups untimed, then the timed runs, keeping each value', async () => {
    let calls = 0;
    const m = await measure(() => ++calls, { warmup: 2, runs: 4 });
    expect(calls).toBe(6);
    expect(m.values).toEqual([3, 4, 5, 6]);
    expect(m.times).toHaveLength(4);
    expect(m.cpuTimes).toHaveLength(4);
    for (const t of [...m.times, ...m.cpuTimes, m.median, m.p90, m.min, m.cpuMedian]) expect(Number.isFinite(t) && t >= 0).toBe(true);
  });

  it('measure stops at the budget once minRuns are done', async () => {
    let calls = 0;
    const m = await measure(
      () => {
        calls++;
        const end = performance.now() + 2;
        while (performance.now() < end);
      },
      { warmup: 0, runs: 50, budgetMs: 1, minRuns: 2 }
    );
    expect(m.times).toHaveLength(2);
    expect(calls).toBe(2);
  });
});

describe('results and report', () => {
  it.each([
    [atMost(150), 150, '<= 150 ms', true],
    [atMost(150), 151, '<= 150 ms', false],
    [below(1), 1, '< 1 ms', false],
    [atLeast(50, 'MB/s'), 50, '>= 50 MB/s', true],
    [above(1, 'x'), 1.5, '> 1 x', true]
  ])('target %j with value %d', (target, value, text, met) => {
    const r = result('a.b', value, 'ms', target);
    expect(r.target).toBe(text);
    expect(r.met).toBe(met);
  });

  it('has null target and met without a target, and rejects non-finite values', () => {
    expect(result('a', 2, 'x')).toEqual({ name: 'a', value: 2, unit: 'x', target: null, met: null });
    expect(() => result('a', Number.NaN, 'ms')).toThrow(/a: value NaN is not a finite number/);
    expect(() => result('a', Infinity, 'ms')).toThrow(/not a finite number/);
  });

  it.each([
    [123.456789, 123.5],
    [0.000123456, 0.000123],
    [98765.4, 98765],
    [1.23456, 1.235]
  ])('rounds %d to %d', (value, expected) => {
    expect(roundValue(value)).toBe(expected);
  });

  it.each([
    [1234.5, '1235'],
    [123.45, '123.5'],
    [12.345, '12.35'],
    [1.2345, '1.234'],
    [0.001234, '1.23e-3']
  ])('formats %d as %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  const good = (): BenchReport => ({
    machine: { cpu: 'cpu', cores: 2, memoryMB: 1024, node: 'v20.0.0', os: 'Linux', loadavg: [0, 0, 0] },
    date: '2026-01-01T00:00:00.000Z',
    results: [result('a', 1, 'ms', atMost(2)), result('b', 3, 'x')]
  });

  it.each<[string, (r: Record<string, unknown>) => void, RegExp]>([
    ['no machine', (r) => delete r.machine, /\$\.machine: must be an object/],
    ['bad cores', (r) => ((r.machine as Record<string, unknown>).cores = 0), /\$\.machine\.cores/],
    ['bad date', (r) => (r.date = 'yesterday'), /\$\.date/],
    ['results not an array', (r) => (r.results = {}), /\$\.results: must be an array/],
    ['NaN value', (r) => ((r.results as Record<string, unknown>[])[0].value = Number.NaN), /\$\.results\[0\]\.value/],
    ['met without target', (r) => ((r.results as Record<string, unknown>[])[1].met = true), /\$\.results\[1\]\.met: must be null exactly/],
    ['target not a string', (r) => ((r.results as Record<string, unknown>[])[0].target = 150), /\$\.results\[0\]\.target/],
    ['empty unit', (r) => ((r.results as Record<string, unknown>[])[0].unit = ''), /\$\.results\[0\]\.unit/]
  ])('checkReport finds: %s', (_, spoil, message) => {
    const r = good() as unknown as Record<string, unknown>;
    expect(checkReport(r)).toEqual([]);
    spoil(r);
    expect(checkReport(r).join('\n')).toMatch(message);
  });

  it('formatTable aligns columns and summarises the targets', () => {
    const t = formatTable(good(), 'quick');
    expect(t).toContain('(quick)');
    expect(t).toMatch(/^a\s+1\.000\s+ms\s+<= 2 ms\s+yes$/m);
    expect(t).toMatch(/^b\s+3\.000\s+x$/m);
    expect(t).toMatch(/targets: 1\/1 met$/);
  });

  it('writeReport replaces the file atomically and creates the directory', () => {
    const file = join(dir, 'w', 'r.json');
    writeReport(file, good());
    writeFileSync(join(dir, 'w', 'keep.txt'), 'x');
    const second = { ...good(), date: '2026-02-02T00:00:00.000Z' };
    writeReport(file, second);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(second);
    expect(readdirSync(join(dir, 'w')).sort()).toEqual(['keep.txt', 'r.json']);
  });
});

describe('build suite helpers', () => {
  it.each([
    ['parsing the transcript', 'parse'],
    ['matching 99 concepts in 248 passages', 'match'],
    ['counting co-mentions', 'cooccur'],
    ['communities, centralities and layout', 'graph'],
    ['something new', null]
  ])('stageOf(%s) = %s', (message, stage) => {
    expect(stageOf(message)).toBe(stage);
  });
});

describe('synthetic inputs', () => {
  it('catalog: deterministic, valid shape, no catalog errors, compiles; CJK and Latin aliases', () => {
    const a = syntheticCatalog({ concepts: 300, seed: 4 });
    expect(syntheticCatalog({ concepts: 300, seed: 4 })).toEqual(a);
    expect(syntheticCatalog({ concepts: 300, seed: 5 })).not.toEqual(a);
    expect(a.concepts).toHaveLength(300);
    expect(validateCatalogShape(a).ok).toBe(true);
    expect(checkCatalog(a).filter((i) => i.severity === 'error')).toEqual([]);
    expect(() => compileMatcher(a)).not.toThrow();
    const aliases = a.concepts.flatMap((c) => c.aliases as string[]);
    expect(aliases.some((s) => /^[\p{Script=Han}]+$/u.test(s))).toBe(true);
    expect(aliases.some((s) => /^[A-Za-z]+$/.test(s))).toBe(true);
    expect(aliases.some((s) => /\d/.test(s))).toBe(true);
  });

  it('transcript: deterministic, at least the asked size, a prefix of a bigger one, parses as a dialogue', () => {
    const catalog = syntheticCatalog({ concepts: 50, seed: 1 });
    const small = syntheticTranscript({ catalog, bytes: 20_000, seed: 9 });
    expect(syntheticTranscript({ catalog, bytes: 20_000, seed: 9 })).toBe(small);
    expect(utf8Length(small)).toBe(Buffer.byteLength(small, 'utf8'));
    expect(utf8Length(small)).toBeGreaterThanOrEqual(20_000);
    expect(utf8Length(small)).toBeLessThan(24_000);
    const big = syntheticTranscript({ catalog, bytes: 60_000, seed: 9 });
    expect(big.startsWith(small.slice(0, small.lastIndexOf('\n**')))).toBe(true);
    expect(small).not.toMatch(/\r/);

    const doc = parseTranscript(big, { format: 'markdown' });
    expect(doc.warnings).toEqual([]);
    expect(doc.speakers.map((s) => s.id)).toEqual(expect.arrayContaining(['russ', 'dwarkesh']));
    expect(doc.sections.length).toBeGreaterThan(3);
    const turns = doc.passages.filter((p) => p.kind === 'turn');
    expect(turns.length).toBeGreaterThan(doc.passages.length * 0.8);
    expect(turns.some((p) => /^[A-Z][a-z]/.test(p.text))).toBe(true); // all-English turns
    const { mentions } = matchPassages(compileMatcher(catalog), doc.passages);
    const count = [...mentions.values()].reduce((n, m) => n + m.length, 0);
    const chars = doc.passages.reduce((n, p) => n + p.text.length, 0);
    expect(chars / count).toBeGreaterThan(25);
    expect(chars / count).toBeLessThan(70);
  });

  it.each([10, 1000])('graph with %d nodes: valid per validateGraph, ~3 edges per node, positions, deterministic', (n) => {
    const g = syntheticGraph({ nodes: n, seed: 2 });
    const v = validateGraph(JSON.parse(JSON.stringify(g)));
    expect(v.ok ? [] : v.problems.slice(0, 5)).toEqual([]);
    expect(g.nodes).toHaveLength(n);
    expect(g.edges.length).toBeGreaterThanOrEqual((n < 100 ? 2 : 2.5) * n);
    expect(g.edges.length).toBeLessThanOrEqual(3 * n);
    expect(syntheticGraph({ nodes: n, seed: 2 })).toEqual(g);
    const keys = g.nodes.map((x) => x.key);
    expect([...keys].sort()).toEqual(keys);
    const edgeKeys = g.edges.map((e) => e.key);
    expect([...edgeKeys].sort()).toEqual(edgeKeys);
    const communities = new Set(g.nodes.map((x) => x.attributes.community));
    expect(communities.size).toBe(g.attributes.communityCount);
    expect([...communities].sort((a, b) => a - b)).toEqual([...Array(communities.size).keys()]);
    const passages = new Map(g.attributes.passages.map((p) => [p.id, p]));
    const byKey = new Map(g.nodes.map((x) => [x.key, x]));
    for (const x of g.nodes) {
      expect(Number.isFinite(x.attributes.x) && Number.isFinite(x.attributes.y)).toBe(true);
      expect(x.attributes.mentions.length).toBeGreaterThan(0);
      for (const m of x.attributes.mentions) {
        const label = passages.get(m.passage)!.text.slice(m.start, m.end);
        expect([x.attributes.label.zh, x.attributes.label.en]).toContain(label);
      }
    }
    for (const e of g.edges) {
      expect(e.attributes.passages).toHaveLength(e.attributes.weight);
      for (const pid of e.attributes.passages)
        for (const end of [e.source, e.target]) expect(byKey.get(end)!.attributes.mentions.some((m) => m.passage === pid)).toBe(true);
    }
  });
});

describe('naive baseline', () => {
  it('finds exactly the matcher mentions on the bundled transcript', () => {
    const bundled = loadBundled();
    const passages = parseTranscript(bundled.text, { fileName: bundled.fileName }).passages;
    const ours = matchPassages(compileMatcher(bundled.catalog), passages);
    const naive = naiveMatchPassages(compileNaive(bundled.catalog), passages);
    expect(ours.mentions.size).toBeGreaterThan(50);
    expect(mentionKey(naive)).toBe(mentionKey(ours));
    expect(naive.unmatched).toEqual(ours.unmatched);
  });

  it('finds exactly the matcher mentions on a synthetic transcript', () => {
    const catalog = syntheticCatalog({ concepts: 200, seed: 8 });
    const passages = parseTranscript(syntheticTranscript({ catalog, bytes: 40_000, seed: 8 }), { format: 'markdown' }).passages;
    const ours = matchPassages(compileMatcher(catalog), passages);
    expect(mentionKey(naiveMatchPassages(compileNaive(catalog), passages))).toBe(mentionKey(ours));
  });

  it.each([
    ['Latin word boundaries, case-insensitive', ['GPT'], 'gpt-4 and GPTx and 用GPT做', ['0-3', '20-23']], // (GPTs is the plural: it matches)
    ['CJK substring', ['算力'], '算力和总算力', ['0-2', '4-6']],
    ['regex syntax is literal', ['C++'], 'C++ or C+', ['0-3']],
    ['hyphen and digits', ['GPT-4'], 'GPT-4, GPT-40', ['0-5']]
  ])('%s', (_, aliases, text, expected) => {
    const catalog = { concepts: [{ id: 'x', label: { en: 'x' }, aliases }] };
    const passage = { id: 'p1', kind: 'paragraph' as const, section: null, speaker: null, text, start: 0, end: text.length, lineStart: 1, lineEnd: 1, time: null };
    const found = naiveMatchPassages(compileNaive(catalog), [passage]).mentions.get('x') ?? [];
    expect(found.map((m) => `${m.start}-${m.end}`)).toEqual(expected);
    const ours = matchPassages(compileMatcher(catalog), [passage]).mentions.get('x') ?? [];
    expect(ours).toEqual(found);
  });
});
