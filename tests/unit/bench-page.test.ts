/**
 * The page benches (bench/suites/page.ts, bench/suites/sigma.ts) at a small size: `--quick --only page,sigma` builds
 * the bundled site, two small synthetic sites (Canvas) and the sigma.js page, measures them in Chromium and writes a
 * well-formed report with every expected result. No timing assertions: values are only checked to be finite and in
 * their unit's range. Skipped when no Chromium is installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import mini from '../fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { findChromium } from '../../scripts/browser-path.mjs';
import { checkReport } from '../../bench/report';
import { runBench } from '../../bench/run';
import { SUITES } from '../../bench/suites/index';
import { pageResultNames, PAGE_TARGETS } from '../../bench/suites/page';
import { sigmaSuite } from '../../bench/suites/sigma';
import { bundledTargets, hubs } from '../../bench/page/measure';
import { nodeCount } from '../../bench/page/sites';
import { LARGE_GRAPH } from '../../src/lib/viz/renderer';
import type { BenchReport } from '../../bench/types';

const graph = mini as unknown as SerializedConceptGraph;
const dir = mkdtempSync(join(tmpdir(), 'bench-page-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('page bench: pure parts', () => {
  it('registers the page and sigma suites with dotted names under their suite', () => {
    const names = SUITES.map((s) => s.name);
    expect(names).toContain('page');
    expect(names).toContain('sigma');
    for (const n of pageResultNames) expect(n.startsWith('page.')).toBe(true);
    for (const n of sigmaSuite.resultNames) expect(n.startsWith('sigma.')).toBe(true);
    expect(pageResultNames).toContain('page.bundled.first-graph-paint');
    expect(pageResultNames).toContain('page.5k.hover.fps');
    expect(sigmaSuite.resultNames).toContain('sigma.5k.ratio.pan');
  });
  it('quick sizes stay above the Canvas threshold (so quick mode tests the Canvas view too)', () => {
    for (const size of ['1k', '5k'] as const) {
      expect(nodeCount(size, true)).toBeGreaterThan(LARGE_GRAPH.nodes);
      expect(nodeCount(size, false)).toBe(size === '1k' ? 1000 : 5000);
    }
  });
  it('picks targets from the graph: most connected concepts, a section whose removal drops a concept', () => {
    const t = bundledTargets(graph);
    const degree = (id: string) => graph.nodes.find((n) => n.key === id)!.attributes.degree;
    expect(degree(t.hub)).toBe(Math.max(...graph.nodes.map((n) => n.attributes.degree)));
    expect(t.clicks.length).toBeGreaterThan(3);
    expect(graph.attributes.sections.map((s) => s.id)).toContain(t.section);
    expect(hubs(graph, 3)).toHaveLength(3);
  });
  it('targets are the issue\'s', () => {
    expect(PAGE_TARGETS).toMatchObject({ firstGraphPaint: 300, hydrated: 500, clickToPassages: 50, filterChange: 100, dragFps: 55, jsKB: 120, largeFirstRender: 400, panFps: 55, hoverFps: 40 });
  });
});

describe.skipIf(!findChromium())('page bench in Chromium (quick)', () => {
  it(
    'runs page and sigma at small sizes and writes a well-formed report with every result',
    async () => {
      const out = join(dir, 'report.json');
      const lines: string[] = [];
      const r = await runBench(['--quick', '--only', 'page,sigma', '--out', out], { stdout: (t) => lines.push(t), stderr: () => {} });
      expect(r.code).toBe(0);
      expect(existsSync(out)).toBe(true);
      const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
      expect(checkReport(report)).toEqual([]);
      const names = report.results.map((x) => x.name);
      for (const n of [...pageResultNames, ...sigmaSuite.resultNames]) expect(names).toContain(n);
      for (const x of report.results) {
        expect(Number.isFinite(x.value)).toBe(true);
        if (x.unit === 'fps') expect(x.value).toBeGreaterThan(0);
        if (x.unit === 'ms' || x.unit === 'KB' || x.unit === 'x') expect(x.value).toBeGreaterThanOrEqual(0);
        if (x.target !== null) expect(typeof x.met).toBe('boolean');
      }
      expect(lines.join('\n')).toContain('page.bundled.first-graph-paint');
    },
    20 * 60_000
  );
});
