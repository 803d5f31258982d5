// scripts/build-site.ts end to end, in a fresh copy of the repository as `npm ci` leaves it (no .svelte-kit/): it
// builds (running `svelte-kit sync` itself), prints how to serve the site instead of SvelteKit's `npm run preview`,
// leaves no kit folder behind, names the graph file after the input, and rebuilds its own output in place while
// keeping files the user added there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;
let repo: string;

function buildSite(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stderr: `${r.stdout}${r.stderr}` };
}

/** A copy of the tracked files only (what a clone has), with the installed packages, as `npm ci` leaves it. */
function freshClone(repo: string): void {
  const files = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    cpSync(join(ROOT, f), join(repo, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'topicgraph-build-site-it-'));
  repo = join(work, 'repo');
  freshClone(repo);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('build-site in a fresh clone', () => {
  it('builds right after `npm ci`, says how to serve the site, and leaves no kit folder', () => {
    expect(existsSync(join(repo, '.svelte-kit'))).toBe(false);
    const site = join(work, 'site');
    const r = buildSite(['--transcript', 'tests/fixtures/cli/mini.md', '--concepts', 'tests/fixtures/cli/mini.concepts.json', '--out-dir', site]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/npm run preview/);
    expect(r.stderr).not.toMatch(/Your tsconfig\.json should extend/);
    expect(r.stderr).toMatch(/Serve it with any static file server, e\.g\. `npx tsx scripts\/serve-site\.ts .*site`/);
    expect(readdirSync(repo).filter((f) => f.startsWith('.svelte-kit-'))).toEqual([]);
    expect(readdirSync(join(site, 'data'))).toContain('mini.graph.json');
    const marker = JSON.parse(readFileSync(join(site, '.topicgraph-site'), 'utf8')) as { files: string[] };
    expect(marker.files).toContain('index.html');
    expect(marker.files).toContain('data/mini.graph.json');
    // the page reads its own graph file, not the bundled one's name
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('href="./data/mini.graph.json"');
    // an English transcript: the prerendered page is English before any script runs
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toMatch(/^<!doctype html>\s*<html lang="en">/);
  });

  it('rebuilds its own output in place: its old files replaced, files the user added kept', () => {
    const site = join(work, 'site');
    writeFileSync(join(site, 'notes.txt'), 'mine');
    writeFileSync(join(site, 'data', 'extra.csv'), 'mine too');
    const r = buildSite(['--graph', 'tests/fixtures/graphs/mini.graph.json', '--name', 'again', '--out-dir', site]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(join(site, 'data')).sort()).toEqual(['.gitkeep', 'again.graph.json', 'extra.csv']);
  });
});

describe('the page bench in a fresh clone', () => {
  it('syncs SvelteKit before its first site build, and leaves no kit folder of its own', async () => {
    const clone = join(work, 'bench-clone');
    freshClone(clone);
    expect(existsSync(join(clone, '.svelte-kit'))).toBe(false);
    const { buildSiteWith } = await import('../../bench/page/site');
    const out = join(work, 'bench-site');
    const built = await buildSiteWith(clone, readFileSync(join(ROOT, 'tests/fixtures/graphs/mini.graph.json'), 'utf8'), out, 'fresh');
    expect(existsSync(join(built.dir, 'index.html'))).toBe(true);
    expect(readdirSync(clone).filter((f) => f.startsWith('.svelte-kit-'))).toEqual([]);
  });
});
