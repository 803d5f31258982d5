// A graph built from opened files (in Node the build job runs in this thread; in the browser, in its worker).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '$lib/engine/protocol';
import { buildError, openBuilt } from './built';
import { sessionRenderer } from './session';

const FIX = resolve(import.meta.dirname, '../../../tests/fixtures/cli');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIX, name)));
/** A stand-in for a File from an <input type="file">: a name and arrayBuffer(). */
const opened = (name: string, data = bytes(name)) => ({ name, arrayBuffer: async () => data.slice().buffer });

describe('openBuilt', () => {
  it('builds a ready session from opened files, named after the transcript, drawn by size', async () => {
    const steps: number[] = [];
    const s = await openBuilt(opened('mini.md'), opened('mini.concepts.json'), { onProgress: (p) => steps.push(p.step) });
    expect(s.status).toBe('ready');
    if (s.status !== 'ready') return;
    expect(s.origin).toMatchObject({ kind: 'built', transcript: 'mini.md', catalog: 'mini.concepts.json', warnings: [], discovered: false });
    expect(s.origin.kind === 'built' && s.origin.project?.transcript.text).toBe(readFileSync(join(FIX, 'mini.md'), 'utf8'));
    expect(s.name).toBe('mini');
    expect(s.graph.attributes.source).toMatchObject({ file: 'mini.md', catalog: 'mini.concepts.json' });
    expect(s.graph.nodes.map((n) => n.key).sort()).toEqual(['agi', 'compute', 'hive-mind', 'moravec-paradox', 'scaling', 'transformer']);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sessionRenderer(s)).toBe('svg');
  });
  it('reads a File that has a bytes() method of its own (Chromium\'s Blob.bytes) through arrayBuffer', async () => {
    const file = { ...opened('mini.md'), bytes: async () => bytes('mini.md') };
    const s = await openBuilt(file, opened('mini.concepts.json'));
    expect(s.status).toBe('ready');
  });
  it('takes names and bytes as well as Files, and the title as the CLI does', async () => {
    const s = await openBuilt({ name: 'Talk One.md', bytes: bytes('mini.md') }, { name: 'c.json', bytes: bytes('mini.concepts.json') }, { title: 'One' });
    expect(s.status === 'ready' && [s.name, s.graph.attributes.title]).toEqual(['talk-one', 'One']);
  });
  it.each<[string, Uint8Array, Uint8Array, string, RegExp]>([
    ['a binary transcript', new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x89, 0x50]), bytes('mini.concepts.json'), 'The transcript could not be read', /^talk\.md/],
    ['a broken catalog', bytes('mini.md'), new TextEncoder().encode('{"concepts": 3}'), 'The catalog has a problem', /^c\.json: .* at \$\.concepts/]
  ])('%s: the error view with the CLI message', async (_, transcript, catalog, title, problem) => {
    const s = await openBuilt({ name: 'talk.md', bytes: transcript }, { name: 'c.json', bytes: catalog });
    expect(s.status).toBe('error');
    if (s.status !== 'error') return;
    expect([s.error.kind, s.error.title]).toEqual(['input', title]);
    expect(s.error.problem).toMatch(problem);
    expect(sessionRenderer(s)).toBeNull();
  });
  it('a cancelled build rejects with CancelledError (the page keeps the graph it has)', async () => {
    const ctl = new AbortController();
    const run = openBuilt(opened('mini.md'), opened('mini.concepts.json'), { signal: ctl.signal });
    ctl.abort();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });
  it('any other failure is an error view too', () => {
    expect(buildError(new Error('worker failed: blocked'))).toEqual({ kind: 'input', title: 'The graph could not be built', problem: 'worker failed: blocked', fix: [] });
  });
});
