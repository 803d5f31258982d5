/**
 * Rules the unit project's configuration relies on (vite.config.ts: `isolate: false`, one module registry per
 * worker): no unit test mocks a module with the hoisted `vi.mock` (it would leak into every file the worker runs
 * after it, or miss modules already loaded); use `vi.doMock` + `vi.resetModules` inside the test instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return testFiles(p);
    return d.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('unit test rules', () => {
  it('no unit test uses the hoisted vi.mock', () => {
    const files = [...testFiles(join(ROOT, 'src')), ...testFiles(join(ROOT, 'tests/unit'))];
    expect(files.length).toBeGreaterThan(40);
    const offenders = files.filter((f) => /\bvi\.mock\(/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
