/**
 * `topicgraph suggest` and `build` with discovery, in-process (tests/support/cli.ts): table, JSON, a written draft that
 * `validate` and `build` accept as written, build without a catalog (all nodes discovered), --discover N on top
 * of a catalog, and the usage errors of the new flags.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/lib/core/contract/schema';
import { runCli as run } from '../support/cli';

const ROOT = resolve(__dirname, '../..');
const EN = join(ROOT, 'tests/fixtures/discover/batteries.en.md');
const ZH = join(ROOT, 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md');
const ZH_CATALOG = join(ROOT, 'data/concepts/econtalk-dwarkesh-scaling-era.concepts.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-discover-cli-'));
});

describe('topicgraph suggest', () => {
  it('prints a table, and JSON with the documented fields', async () => {
    const table = await run(['suggest', '--transcript', EN, '--top', '12']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^#\s+concept\s+kind\s+score\s+passages\s+sections\s+speakers\s+aliases$/);
    expect(lines.length).toBe(13);
    const json = await run(['suggest', '--transcript', EN, '--top', '12', '--json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.candidates).toHaveLength(12);
    for (const c of parsed.candidates) expect(Object.keys(c).sort()).toEqual(['aliases', 'id', 'kind', 'label', 'passages', 'sample', 'score', 'sections', 'speakers']);
    expect(parsed.candidates.map((c: { label: { en?: string } }) => c.label.en)).toContain('Energy density');
  });

  it('--write: a draft that validate and build accept as written; a bad --write path leaves nothing half-done', async () => {
    const draft = join(dir, 'draft.json');
    expect((await run(['suggest', '--transcript', EN, '--top', '30', '--write', draft])).code).toBe(0);
    const v = await run(['validate', '--concepts', draft, '--transcript', EN]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/valid catalog, 30 concepts/);
    expect(v.stdout).toMatch(/30 of 30 concepts mentioned/);
    const out = join(dir, 'from-draft.json');
    expect((await run(['build', '--transcript', EN, '--concepts', draft, '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes).toHaveLength(30);
    const bad = await run(['suggest', '--transcript', EN, '--write', join(dir, 'no/such/dir.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/does not exist/);
  });

  it('with --concepts proposes only what the catalog lacks, and --write extends it', async () => {
    const ext = join(dir, 'extended.json');
    const r = await run(['suggest', '--transcript', ZH, '--concepts', ZH_CATALOG, '--top', '5', '--write', ext]);
    expect(r.code).toBe(0);
    const catalog = JSON.parse(readFileSync(ZH_CATALOG, 'utf8'));
    expect(JSON.parse(readFileSync(ext, 'utf8')).concepts).toHaveLength(catalog.concepts.length + 5);
    expect((await run(['validate', '--concepts', ext])).code).toBe(0);
  });

  it.each([
    [['suggest'], /missing --transcript/],
    [['suggest', '--transcript', EN, '--top', '0'], /--top must be a whole number/],
    [['build', '--transcript', EN, '--out', 'x.json', '--discover', '3'], /--discover N adds to a catalog/],
    [['build', '--transcript', EN, '--concepts', ZH_CATALOG, '--top', '3', '--out', 'x.json'], /with --concepts use --discover N/]
  ])('usage error %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('topicgraph build with discovery', () => {
  it('without --concepts: every node discovered, valid graph', async () => {
    const out = join(dir, 'en.graph.json');
    const r = await run(['build', '--transcript', EN, '--out', out, '--top', '25']);
    expect(r.code).toBe(0);
    const g = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateGraph(g).ok).toBe(true);
    expect(g.nodes).toHaveLength(25);
    expect(g.nodes.every((n: { attributes: { origin: string } }) => n.attributes.origin === 'discovered')).toBe(true);
  });
  it('--discover N adds N discovered nodes to the catalog ones, byte-identical on a rebuild', async () => {
    const out = join(dir, 'zh.graph.json');
    expect((await run(['build', '--transcript', ZH, '--concepts', ZH_CATALOG, '--discover', '6', '--out', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    const g = JSON.parse(first);
    expect(g.nodes.filter((n: { attributes: { origin: string } }) => n.attributes.origin === 'discovered')).toHaveLength(6);
    writeFileSync(out, 'old');
    expect((await run(['build', '--transcript', ZH, '--concepts', ZH_CATALOG, '--discover', '6', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });
});
