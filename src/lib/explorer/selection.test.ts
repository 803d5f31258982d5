// Selection and focus, and the evidence they open: checked against the mini fixture's edges and mentions.
import { describe, expect, it } from 'vitest';
import type { Filter } from '$lib/core/count/scope';
import { Evidence } from './evidence.svelte';
import { GraphIndex } from './graph-index';
import { SelectionState } from './selection.svelte';
import { FilteredView } from './view.svelte';
import { miniGraph } from './test-graphs';

const graph = miniGraph();
const NONE: Filter = { sections: null, speakers: null, kinds: null, minWeight: 1 };

function make() {
  let filter: Filter = NONE;
  const index = new GraphIndex(graph);
  const view = new FilteredView(graph, () => filter);
  const focus = new SelectionState(view);
  const evidence = new Evidence(index, view, focus, () => filter.sections);
  return { view, focus, evidence, setFilter: (f: Partial<Filter>) => (filter = { ...NONE, ...f }) };
}
const aliases = (id: string) => graph.nodes.find((n) => n.key === id)!.attributes.aliases.map((a) => a.toLowerCase());
const text = (pid: string) => graph.attributes.passages.find((p) => p.id === pid)!.text;

describe('SelectionState', () => {
  it('selects only what the view holds', () => {
    const { focus } = make();
    focus.selectNode('nope');
    focus.selectEdge('agi|nope');
    expect(focus.selection).toBeNull();
    focus.selectEdge('scaling|transformer');
    expect(focus.selection).toEqual({ type: 'edge', key: 'scaling|transformer' });
    expect(focus.selectedIds).toEqual(['scaling', 'transformer']);
    expect(focus.selectedEdge?.attributes.weight).toBe(1);
    focus.clear();
    expect([focus.selection, focus.selectedNode, focus.selectedEdge, focus.focusSet]).toEqual([null, null, null, null]);
  });

  it.each([
    ['the selected link', { select: 'edge' as const, id: 'asi|hive-mind' }, ['asi|hive-mind']],
    ['the edges of the selected concept', { select: 'node' as const, id: 'llm' }, ['compute|llm', 'llm|scaling', 'llm|transformer']],
    ['the hovered concept’s edges over the selection', { select: 'node' as const, id: 'llm', hover: 'asi' }, ['asi|hive-mind']]
  ])('highlighted edges: %s', (_n, s, want) => {
    const { focus } = make();
    if (s.select === 'edge') focus.selectEdge(s.id);
    else focus.selectNode(s.id);
    if ('hover' in s) focus.hovered = s.hover ?? null;
    expect(graph.edges.filter((e) => focus.isEdgeHighlighted(e)).map((e) => e.key).sort()).toEqual(want);
  });

  it('a filter change forgets a selection and a hover that left the view, and keeps the others', async () => {
    const { view, focus, setFilter } = make();
    focus.selectNode('transhumanism'); // mentioned in the briefing only
    focus.hovered = 'agi';
    setFilter({ sections: new Set(['s2', 's3']) });
    await new Promise<void>((r) => view.whenRecounted(r));
    focus.dropVanished();
    expect(focus.selection).toBeNull();
    expect(focus.hovered).toBe('agi');
  });
});

describe('Evidence', () => {
  it('a concept: its passages in document order, each mention marked on an alias', () => {
    const { focus, evidence } = make();
    focus.selectNode('hive-mind');
    const ids = evidence.passages.map((e) => e.passage.id);
    expect(ids).toEqual(['p4', 'p17', 'p18', 'p19']);
    for (const e of evidence.passages) {
      expect(e.marks.length).toBeGreaterThan(0);
      for (const m of e.marks) expect(aliases('hive-mind')).toContain(text(e.passage.id).slice(m.start, m.end).toLowerCase());
    }
    expect(evidence.passages[0].sectionTitle).toBe('「简报」AI的“规模化”浪潮');
    expect(evidence.passages[0].speakerName).toBeNull();
    expect(evidence.passages[1].speakerName).toBe('Dwarkesh');
  });

  it('a link: the passages with both, the first concept in tone a and the second in tone b', () => {
    const { focus, evidence } = make();
    focus.selectEdge('llm|transformer');
    expect(evidence.passages.map((e) => e.passage.id)).toEqual(['p2', 'p9']);
    for (const e of evidence.passages) {
      const a = e.marks.filter((m) => m.tone === 'a').map((m) => text(e.passage.id).slice(m.start, m.end).toLowerCase());
      const b = e.marks.filter((m) => m.tone === 'b').map((m) => text(e.passage.id).slice(m.start, m.end).toLowerCase());
      expect(a.length && a.every((s) => aliases('llm').includes(s))).toBeTruthy();
      expect(b.length && b.every((s) => aliases('transformer').includes(s))).toBeTruthy();
    }
  });

  it('per section: every section in scope with passages, the counts adding up to the passages shown', async () => {
    const { view, focus, evidence, setFilter } = make();
    focus.selectNode('scaling');
    expect(evidence.bySection.map((r) => r.id)).toEqual(['s1', 's2', 's3']);
    expect(evidence.bySection.reduce((s, r) => s + r.count, 0)).toBe(evidence.passages.length);
    setFilter({ sections: new Set(['s2', 's3']) });
    await new Promise<void>((r) => view.whenRecounted(r));
    expect(evidence.bySection.map((r) => r.id)).toEqual(['s2', 's3']);
    expect(evidence.passages.every((e) => e.passage.section !== 's1')).toBe(true);
    // the reader shows the whole transcript: its marks still cover the briefing
    expect([...evidence.readerMarks.keys()]).toContain('p1');
  });
});
