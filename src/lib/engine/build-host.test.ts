// The build job, run through its client in this thread (no Worker in Node: the same host the worker serves), on
// the CLI's fixture: the graph is the CLI's output byte for byte, with stage progress; bad input comes back with
// the CLI's wording. tests/e2e/build-worker.spec.ts runs it in a real worker in Chromium on the bundled transcript.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { toJson } from '../core/export/json';
import { buildGraph, type BuildProgress } from './build-client';
import { BUILD_STEPS, DISCOVER_STEPS } from './build-host';
import { serializeProject } from '../core/project/project';
import { CancelledError, JobError } from './protocol';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIX = join(ROOT, 'tests/fixtures/cli');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIX, name))) });
const silent = { out() {}, info() {}, warn() {}, progress() {}, usage: () => 2 };

async function cliGraph(...extra: string[]): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'topicgraph-build-host-')), 'mini.graph.json');
  const status = await main(['build', '--transcript', join(FIX, 'mini.md'), '--concepts', join(FIX, 'mini.concepts.json'), '--out', out, ...extra], silent);
  expect(status).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('the build job', () => {
  it('gives the CLI graph byte for byte (hashes and file names included), reporting every stage in order', async () => {
    const progress: BuildProgress[] = [];
    const { graph, warnings } = await buildGraph({ transcript: file('mini.md'), catalog: file('mini.concepts.json') }, { onProgress: (p) => progress.push(p) });
    expect(toJson(graph)).toBe(await cliGraph());
    expect(warnings).toEqual([]);
    expect(progress.map((p) => p.step)).toEqual(Array.from({ length: BUILD_STEPS }, (_, i) => i + 1));
    expect(progress.every((p) => p.steps === BUILD_STEPS)).toBe(true);
    expect(progress[0].stage).toBe('reading mini.md');
    expect(progress[1].stage).toBe('reading the catalog mini.concepts.json');
  });

  it('passes title and parameters through as the CLI does', async () => {
    const { graph } = await buildGraph({ transcript: file('mini.md'), catalog: file('mini.concepts.json'), title: '  Mini  ', parameters: { unit: 'sentence', seed: 7 } });
    expect(toJson(graph)).toBe(await cliGraph('--title', 'Mini', '--unit', 'sentence', '--seed', '7'));
  });

  it.each<[string, { name: string; bytes: Uint8Array }, { name: string; bytes: Uint8Array }, string, RegExp]>([
    ['a transcript that is not UTF-8', { name: 'talk.md', bytes: new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]) }, file('mini.concepts.json'), 'SourceError', /^talk\.md:1: /],
    ['an empty transcript', { name: 'empty.md', bytes: new Uint8Array() }, file('mini.concepts.json'), 'SourceError', /^empty\.md: /],
    ['a catalog that is not JSON', file('mini.md'), { name: 'bad.json', bytes: new TextEncoder().encode('{"concepts": [,]}') }, 'CatalogError', /^bad\.json(:\d+:\d+)?: not valid JSON/],
    ['a catalog of the wrong shape', file('mini.md'), { name: 'shape.json', bytes: new TextEncoder().encode('{"concepts": [{"id": "x"}]}') }, 'CatalogError', /^shape\.json: .* at \$\.concepts\[0\]/]
  ])('%s: JobError with the class and the CLI wording', async (_, transcript, catalog, kind, text) => {
    const e = await buildGraph({ transcript, catalog }).catch((x) => x);
    expect(e).toBeInstanceOf(JobError);
    expect(e.kind).toBe(kind);
    expect(e.text).toMatch(text);
  });

  it('reports the catalog and transcript warnings with their file, line or JSON path', async () => {
    const catalog = JSON.parse(readFileSync(join(FIX, 'mini.concepts.json'), 'utf8'));
    catalog.concepts[0].aliases.push('Scaling');
    const fence = { name: 'fence.md', bytes: new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/transcripts/unclosed-fence.md'))) };
    const { warnings } = await buildGraph({ transcript: fence, catalog: { name: 'c.json', bytes: new TextEncoder().encode(JSON.stringify(catalog)) } });
    expect(warnings[0]).toMatchObject({ file: 'c.json', path: '$.concepts[0].aliases[1]' });
    expect(warnings[0].message).toContain('listed twice');
    // the fence opened on line 5 is never closed (the parser says so; the CLI prints it as fence.md:5: ...)
    expect(warnings.find((w) => w.line === 5)).toMatchObject({ file: 'fence.md', message: expect.stringMatching(/fence/i) });
  });

  it('a broader id that does not exist stops the build with its JSON path', async () => {
    const catalog = JSON.parse(readFileSync(join(FIX, 'mini.concepts.json'), 'utf8'));
    catalog.concepts.push({ id: 'never', label: { en: 'Never' }, aliases: ['zzz-never'], broader: 'nowhere' });
    const r = await buildGraph({ transcript: file('mini.md'), catalog: { name: 'c.json', bytes: new TextEncoder().encode(JSON.stringify(catalog)) } }).catch((x) => x);
    expect(r).toBeInstanceOf(JobError);
    expect(r.text).toMatch(/^c\.json: .*\$\.concepts\[6\]\.broader/);
  });

  it('a cancelled build rejects with CancelledError', async () => {
    const ctl = new AbortController();
    const run = buildGraph({ transcript: file('mini.md'), catalog: file('mini.concepts.json') }, { signal: ctl.signal });
    ctl.abort();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    // and the next build works
    expect((await buildGraph({ transcript: file('mini.md'), catalog: file('mini.concepts.json') })).graph.nodes.length).toBeGreaterThan(0);
  });

  it('without a catalog discovers the concepts: the graph of `build` without --concepts, byte for byte', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'topicgraph-build-host-')), 'disc.graph.json');
    expect(await main(['build', '--transcript', join(FIX, 'mini.md'), '--top', '12', '--out', out], silent)).toBe(0);
    const progress: BuildProgress[] = [];
    const r = await buildGraph({ transcript: file('mini.md'), discoverTop: 12 }, { onProgress: (p) => progress.push(p) });
    expect(toJson(r.graph)).toBe(readFileSync(out, 'utf8'));
    expect(r.discovered).toBe(true);
    expect(r.project.catalog!.concepts.map((c) => c.id).sort()).toEqual(r.graph.nodes.map((n) => n.key).sort());
    expect(progress.map((p) => `${p.step}/${p.steps}`)).toEqual(Array.from({ length: DISCOVER_STEPS }, (_, i) => `${i + 1}/${DISCOVER_STEPS}`));
    expect(progress[1].stage).toMatch(/English tagger/);
  });

  it('a saved project opened as the transcript rebuilds the same graph, with its view', async () => {
    const first = await buildGraph({ transcript: file('mini.md'), catalog: file('mini.concepts.json') });
    expect(first.project.transcript.text).toBe(readFileSync(join(FIX, 'mini.md'), 'utf8'));
    const saved = serializeProject({ ...first.project, view: 'c=agi' });
    const again = await buildGraph({ transcript: { name: 'mini.topicgraph.json', bytes: new TextEncoder().encode(saved) } });
    expect(again.graph.nodes.map((n) => n.key)).toEqual(first.graph.nodes.map((n) => n.key));
    expect(again.graph.edges.map((e) => e.key)).toEqual(first.graph.edges.map((e) => e.key));
    expect(again.project.view).toBe('c=agi');
    expect(again.project.catalog).toEqual(first.project.catalog);
    expect(again.graph.attributes.source.file).toBe('mini.md');
    const bad = JSON.parse(saved);
    bad.catalog.concepts[1].label = {};
    const e = await buildGraph({ transcript: { name: 'bad.topicgraph.json', bytes: new TextEncoder().encode(JSON.stringify(bad)) } }).catch((x) => x);
    expect(e).toBeInstanceOf(JobError);
    expect(e.text).toMatch(/^bad\.topicgraph\.json: .*\$\.catalog\.concepts\[1\]\.label/);
  });
});
