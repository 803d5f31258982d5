/**
 * The page benches (bench/suites/page.ts, bench/suites/sigma.ts) at a small size: `--quick --only page,sigma` builds
 * the bundled site, three small synthetic sites (Canvas) and the sigma.js page, measures them in Chromium and writes a
 * well-formed report with every expected result. No timing assertions: values are only checked to be finite and in
 * their unit's range. Skipped when no Chromium is installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/browser-path.mjs';
import { checkReport } from '../../bench/report';
import { runBench } from '../../bench/run';
import { pageResultNames } from '../../bench/suites/page';
import { sigmaSuite } from '../../bench/suites/sigma';
import type { BenchReport } from '../../bench/types';

const dir = mkdtempSync(join(tmpdir(), 'bench-page-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
        if (x.name.startsWith('page.') && (x.unit === 'ms' || x.unit === 'fps')) expect(x.spread?.n).toBeGreaterThan(0);
      }
      expect(lines.join('\n')).toContain('page.bundled.first-graph-paint');
    },
    20 * 60_000
  );
});
