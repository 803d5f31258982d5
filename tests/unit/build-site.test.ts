// scripts/build-site.ts refuses an output folder it did not write, before building anything (in-process: the
// refusal comes before any build). tests/integration/build-site.test.ts builds real sites.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSite, checkOutDir, OutDirError, SITE_MARKER, siteGraphFileName } from '../../scripts/build-site';

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-build-site-'));
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (stderr.push(String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every file under `d` with its content, to compare before and after. */
function snapshot(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(d, { withFileTypes: true, recursive: true })) if (e.isFile()) out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  return out;
}
const put = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('build-site --out-dir', () => {
  it('a folder with unrelated files: refused with exit 1, every file kept', () => {
    put(join(dir, 'notes.txt'), 'mine');
    put(join(dir, 'photos', 'a.jpg'), 'jpeg');
    const before = snapshot(dir);
    expect(buildSite({ noGraph: true, outDir: dir, quiet: true })).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    expect(stderr.join('')).toMatch(/is not empty and is not a site built by build-site \(no \.topicgraph-site file\)\. Choose a new or empty folder for --out-dir \(nothing was deleted\)/);
  });
  it('a checkout (`--out-dir .` in a clone): refused, .git and the sources kept', () => {
    put(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    put(join(dir, 'src', 'main.ts'), 'code');
    const before = snapshot(dir);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(buildSite({ noGraph: true, outDir: '.', quiet: true })).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    expect(snapshot(dir)).toEqual(before);
  });
  it('a file where the folder should be: refused', () => {
    put(join(dir, 'site'), 'a file');
    expect(buildSite({ noGraph: true, outDir: join(dir, 'site'), quiet: true })).toBe(1);
    expect(stderr.join('')).toMatch(/exists and is not a folder/);
  });
  it.each([
    ['not JSON', 'oops'],
    ['no file list', '{}'],
    ['a path outside the folder', JSON.stringify({ files: ['../victim.txt'] })],
    ['an absolute path', JSON.stringify({ files: ['/etc/passwd'] })]
  ])('a marker that build-site did not write (%s): refused, nothing deleted', (_, marker) => {
    put(join(dir, 'site', SITE_MARKER), marker);
    put(join(dir, 'victim.txt'), 'keep');
    const before = snapshot(dir);
    expect(() => checkOutDir(join(dir, 'site'))).toThrow(OutDirError);
    expect(buildSite({ noGraph: true, outDir: join(dir, 'site'), quiet: true })).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });
  it('a new folder, an empty one, or a previous output (its file list) are accepted', () => {
    expect(checkOutDir(join(dir, 'new'))).toEqual([]);
    mkdirSync(join(dir, 'empty'));
    expect(checkOutDir(join(dir, 'empty'))).toEqual([]);
    put(join(dir, 'old', SITE_MARKER), JSON.stringify({ files: ['index.html', 'data/talk.graph.json'] }));
    expect(checkOutDir(join(dir, 'old'))).toEqual(['index.html', 'data/talk.graph.json']);
  });
});

describe('the site graph file name', () => {
  it.each<[Parameters<typeof siteGraphFileName>[0], string]>([
    [{ transcript: '/x/Talk One.md', concepts: 'c.json', outDir: 'o' }, 'talk-one.graph.json'],
    [{ graph: 'g/econtalk.graph.json', outDir: 'o' }, 'econtalk.graph.json'],
    [{ graph: 'broken.json', outDir: 'o' }, 'broken.graph.json'],
    [{ noGraph: true, outDir: 'o' }, 'graph.graph.json'],
    [{ noGraph: true, outDir: 'o', name: 'talk' }, 'talk.graph.json'],
    [{ transcript: 't.md', concepts: 'c.json', outDir: 'o', name: 'Scaling Era' }, 'scaling-era.graph.json']
  ])('%o -> %s', (opts, file) => expect(siteGraphFileName(opts)).toBe(file));
});
