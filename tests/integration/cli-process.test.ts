/**
 * The CLI as a real process, through the bin shim (bin/topicgraph.mjs, tsx): exit statuses 0 / 1 / 2 and where
 * the words go, atomic writes seen from outside (a failed run leaves the previous output and no temporary file),
 * the same bytes as the in-process build the unit tests drive, relative paths from another working directory, and
 * a 50 MB transcript under a bounded heap. Everything else about the CLI is tested in-process (tests/unit/cli.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/lib/core/contract/schema';
import { runCli } from '../support/cli';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/topicgraph.mjs');
const MINI = join(ROOT, 'tests/fixtures/cli/mini.md');
const CONCEPTS = join(ROOT, 'tests/fixtures/cli/mini.concepts.json');

function spawnCli(args: string[], opts: { cwd?: string; node?: string[]; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [...(opts.node ?? []), BIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', timeout: opts.timeout ?? 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-cli-process-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI process', () => {
  it('exits 0 with help on stdout, 2 with usage on stderr', () => {
    const help = spawnCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^topicgraph: concept co-mention graphs/);
    expect(help.stderr).toBe('');
    const usage = spawnCli(['draw']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/unknown command "draw"/);
  });

  it('builds the mini fixture with exit 0: a valid graph, byte-identical to the in-process build, no temporary file', async () => {
    const folder = join(dir, 'ok');
    mkdirSync(folder);
    const r = spawnCli(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', join(folder, 'g.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^topicgraph: wrote .*g\.json .*6 concepts/m);
    const bytes = readFileSync(join(folder, 'g.json'));
    expect(validateGraph(JSON.parse(bytes.toString('utf8'))).ok).toBe(true);
    expect((await runCli(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', join(folder, 'in-process.json')])).code).toBe(0);
    expect(readFileSync(join(folder, 'in-process.json'))).toEqual(bytes);
    expect(readdirSync(folder).sort()).toEqual(['g.json', 'in-process.json']);
  });

  it('exits 1 on bad input with one error line, keeping the previous output and leaving no temporary file', () => {
    const folder = join(dir, 'bad');
    mkdirSync(folder);
    const out = join(folder, 'g.json');
    writeFileSync(out, '{"previous": true}\n');
    writeFileSync(join(folder, 'bad.json'), '{"concepts": [{"id": "x",}]}');
    const r = spawnCli(['build', '--transcript', MINI, '--concepts', join(folder, 'bad.json'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^topicgraph: error: .*bad\.json:1:\d+: not valid JSON/)]);
    expect(readFileSync(out, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(folder).sort()).toEqual(['bad.json', 'g.json']);
  });

  it('resolves relative paths against its working directory', () => {
    mkdirSync(join(dir, 'sub'));
    const r = spawnCli(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', 'rel.json'], { cwd: join(dir, 'sub') });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'sub/rel.json'), 'utf8')).toContain('"schemaVersion":1');
  });

  it('builds a 50 MB transcript with progress on stderr under a 1.5 GB heap', () => {
    const base = readFileSync(join(ROOT, 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md'), 'utf8');
    const parts: string[] = [];
    let size = 0;
    for (let i = 1; size < 50_000_000; i++) {
      const chunk = base.replace(/\n## /g, `\n## ${i}.`);
      parts.push(chunk);
      size += Buffer.byteLength(chunk);
    }
    const big = join(dir, 'big50.md');
    writeFileSync(big, parts.join(''));
    const out = join(dir, 'big50.graph.json');
    // The build must fit in the cap (it needs about 0.7 GB resident).
    const r = spawnCli(['build', '--transcript', big, '--concepts', join(ROOT, 'data/concepts/econtalk-dwarkesh-scaling-era.concepts.json'), '--out', out], {
      node: ['--max-old-space-size=1536'],
      timeout: 240_000
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\.\.\. reading .*big50\.md \(50\.0 MB\)/);
    expect(r.stderr).toMatch(/\.\.\. matching 99 concepts in \d{6} passages/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.passages.length).toBeGreaterThan(100_000);
  }, 300_000);
});
