// `topicgraph build --project FILE`: a project saved by the page builds the same graph as its transcript and
// catalog given separately (nodes, edges, counts), a project without a catalog discovers its concepts, and a bad
// project is exit 1 with the file and the JSON path.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeProject } from '../../src/lib/core/project/project';
import { parseCatalog } from '../../src/lib/core/catalog/load';
import { runCli as run } from '../support/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const MINI = join(ROOT, 'tests/fixtures/cli/mini.md');
const CONCEPTS = join(ROOT, 'tests/fixtures/cli/mini.concepts.json');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-project-cli-'));
});

type G = { nodes: { key: string; attributes: { passageCount: number } }[]; edges: { source: string; target: string; attributes: { weight: number } }[] };
const shape = (g: G) => ({
  nodes: g.nodes.map((n) => `${n.key}:${n.attributes.passageCount}`).sort(),
  edges: g.edges.map((e) => `${[e.source, e.target].sort().join('|')}:${e.attributes.weight}`).sort()
});

describe('build --project', () => {
  it('builds the graph its transcript and catalog build', async () => {
    const catalog = parseCatalog(readFileSync(CONCEPTS, 'utf8'), 'mini.concepts.json').catalog;
    const p = join(dir, 'mini.topicgraph.json');
    writeFileSync(p, serializeProject({ name: 'mini', transcript: { name: 'mini.md', text: readFileSync(MINI, 'utf8') }, catalog, view: 'c=scaling' }));
    const a = await run(['build', '--project', p, '--out', join(dir, 'a.json')]);
    expect(a.code, a.stderr).toBe(0);
    const b = await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', join(dir, 'b.json')]);
    expect(b.code, b.stderr).toBe(0);
    const ga = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    const gb = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(shape(ga)).toEqual(shape(gb));
    expect(ga.nodes.length).toBeGreaterThan(3);
    expect(ga.attributes.source.file).toBe('mini.md');
  });

  it('a project without a catalog discovers its concepts', async () => {
    const p = join(dir, 'disc.topicgraph.json');
    writeFileSync(p, serializeProject({ name: 'disc', transcript: { name: 'mini.md', text: readFileSync(MINI, 'utf8') }, discoverTop: 8, view: '' }));
    const r = await run(['build', '--project', p, '--out', join(dir, 'disc.json')]);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(readFileSync(join(dir, 'disc.json'), 'utf8'));
    expect(g.attributes.source.catalog).toBe('discovered (top 8)');
    expect(g.nodes.length).toBeGreaterThan(0);
    expect(g.nodes.length).toBeLessThanOrEqual(8);
  });

  it('a bad project: exit 1, file and JSON path', async () => {
    const p = join(dir, 'bad.topicgraph.json');
    writeFileSync(p, JSON.stringify({ format: 'topicgraph-project', version: 1, name: 'x', transcript: { name: 'a.md', text: 'hi' }, catalog: { concepts: [{ id: 'A', label: { en: 'a' }, aliases: ['a'] }] } }));
    const r = await run(['build', '--project', p, '--out', join(dir, 'bad.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.topicgraph\.json: id must be lowercase.* at \$\.catalog\.concepts\[0\]\.id/);
    const empty = join(dir, 'empty.topicgraph.json');
    writeFileSync(empty, JSON.stringify({ format: 'topicgraph-project', version: 1, name: 'x', transcript: { name: 'a.md', text: '  \n' } }));
    const e = await run(['build', '--project', empty, '--out', join(dir, 'e.json')]);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/empty\.topicgraph\.json \(\$\.transcript\.text\)/);
  });

  it('--project with --transcript is a usage error', async () => {
    const r = await run(['build', '--project', 'x.topicgraph.json', '--transcript', MINI, '--out', join(dir, 'u.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/leave out --transcript/);
  });
});
