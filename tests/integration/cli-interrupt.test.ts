/**
 * Issue 15: Ctrl-C while the CLI writes its output removes the temporary file (before: a hidden .tmp file stayed)
 * and leaves the previous output untouched. A real process, a real SIGINT; the write is held after its first
 * chunk by the fixture tests/fixtures/defects/interrupt-write.ts, so nothing here is timed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'topicgraph-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ctrl-C while writing', () => {
  it('removes the temporary file and leaves the output untouched (before: a hidden .tmp file stayed)', async () => {
    const sub = dir;
    const out = join(sub, 'graph.json');
    writeFileSync(out, 'previous');
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/fixtures/defects/interrupt-write.ts'), out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (d) => String(d).includes('chunk') && done());
      child.on('exit', () => fail(new Error(`exited early: ${stderr}`)));
    });
    expect(readdirSync(sub).filter((f) => f.endsWith('.tmp'))).toHaveLength(1); // the write is in progress
    const code = await new Promise<number | null>((done) => {
      child.on('exit', (c) => done(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted \(SIGINT\)/);
    expect(readdirSync(sub)).toEqual(['graph.json']);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  }, 30_000);
});
