// The workspace in Node (the build job runs in this thread): opening a transcript with and without a catalog, a
// catalog alone (kept for the next transcript, or rebuilding the one on screen), bad input as the alert with the
// graph kept, edits with undo/redo rebuilding the graph, and save/reopen giving the same graph and view.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadySession } from '$lib/session/session';
import { Workspace } from './workspace.svelte';

const FIX = resolve(import.meta.dirname, '../../../tests/fixtures/cli');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIX, name))) });
const keys = (s: ReadySession) => ({ nodes: s.graph.nodes.map((n) => n.key).sort(), edges: s.graph.edges.map((e) => `${e.source}|${e.target}`).sort() });

function setup() {
  const ws = new Workspace();
  const shown: Array<{ s: ReadySession; query: string | null }> = [];
  ws.connect((s, query) => shown.push({ s, query }));
  return { ws, shown, last: () => shown.at(-1)!.s };
}

describe('workspace', () => {
  it('opens a transcript with its catalog, edits, undoes and redoes, each time rebuilding', async () => {
    const { ws, shown, last } = setup();
    await ws.open([file('mini.md'), file('mini.concepts.json')]);
    expect(ws.problem).toBeNull();
    expect(keys(last()).nodes).toEqual(['agi', 'compute', 'hive-mind', 'moravec-paradox', 'scaling', 'transformer']);
    expect(shown[0].query).toBe('');
    expect(await ws.edit({ type: 'merge', into: 'scaling', from: 'compute' })).toBe(true);
    expect(keys(last()).nodes).not.toContain('compute');
    expect(shown.at(-1)!.query).toBeNull(); // an edit keeps the view in the URL
    await ws.edit({ type: 'rename', id: 'agi', label: { en: 'General AI' } });
    expect(last().graph.nodes.find((n) => n.key === 'agi')!.attributes.label.en).toBe('General AI');
    await ws.undo();
    await ws.undo();
    expect(keys(last()).nodes).toContain('compute');
    expect(ws.canUndo).toBe(false);
    await ws.redo();
    expect(keys(last()).nodes).not.toContain('compute');
    expect(ws.status).toMatch(/^Redone: merge compute into scaling/);
  });

  it('an impossible edit is the alert and changes nothing', async () => {
    const { ws, shown } = setup();
    await ws.open([file('mini.md'), file('mini.concepts.json')]);
    const n = shown.length;
    expect(await ws.edit({ type: 'add-alias', id: 'agi', alias: 'scaling' })).toBe(false);
    expect(ws.problem?.problem).toMatch(/already an alias of "scaling"/);
    expect(shown.length).toBe(n);
  });

  it('without a catalog discovers; a catalog opened later rebuilds the transcript on screen', async () => {
    const { ws, last } = setup();
    await ws.open([file('mini.md')]);
    expect(ws.discovered).toBe(true);
    expect(last().graph.attributes.source.catalog).toMatch(/^discovered/);
    await ws.open([file('mini.concepts.json')]);
    expect(ws.discovered).toBe(false);
    expect(keys(last()).nodes).toHaveLength(6);
  });

  it('a catalog opened first waits for the transcript', async () => {
    const { ws, shown, last } = setup();
    await ws.open([file('mini.concepts.json')]);
    expect(shown).toHaveLength(0);
    expect(ws.status).toMatch(/next/);
    await ws.open([file('mini.md')]);
    expect(keys(last()).nodes).toHaveLength(6);
    expect(ws.pendingCatalog).toBeNull();
  });

  it('bad input is the alert, and the graph on screen stays', async () => {
    const { ws, shown } = setup();
    await ws.open([file('mini.md'), file('mini.concepts.json')]);
    const n = shown.length;
    await ws.open([{ name: 'bad.md', bytes: new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]) }]);
    expect(ws.problem).toMatchObject({ title: 'The transcript could not be read' });
    expect(ws.problem!.problem).toMatch(/^bad\.md:1: .*UTF-8/);
    await ws.open([file('mini.md'), { name: 'c.json', bytes: new TextEncoder().encode('{"concepts": [{"id": "x"}]}') }]);
    expect(ws.problem!.problem).toMatch(/^c\.json: .* at \$\.concepts\[0\]/);
    await ws.paste('   \n');
    expect(ws.problem!.title).toBe('The transcript could not be read');
    expect(shown.length).toBe(n);
    expect(ws.project?.transcript.name).toBe('mini.md');
  });

  it('saves a project that reopens to the same graph and view, and a catalog the reader accepts', async () => {
    const { ws, last } = setup();
    await ws.open([file('mini.md'), file('mini.concepts.json')]);
    await ws.edit({ type: 'add', text: 'easy things' });
    const before = keys(last());
    const saved = ws.projectFile('c=agi&lang=en')!;
    expect(saved.name).toBe('mini.topicgraph.json');
    const { ws: other, shown } = setup();
    await other.open([{ name: saved.name, bytes: new TextEncoder().encode(saved.text) }]);
    expect(keys(shown.at(-1)!.s)).toEqual(before);
    expect(shown.at(-1)!.query).toBe('c=agi&lang=en');
    expect(before.nodes).toContain('easy-things');
    const { parseCatalog } = await import('$lib/core/catalog/load');
    expect(parseCatalog(ws.catalogFile()!.text, 'x.json').catalog.concepts).toHaveLength(7);
  });
});
