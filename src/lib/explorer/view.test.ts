// The filtered view: the loaded graph itself without a filter (no recount code loaded), the whole graph while
// the recount code loads, then the recount; lookups and counts follow. Expectations from the fixture's own
// per-section counts.
import { describe, expect, it } from 'vitest';
import type { Filter } from '$lib/core/count/scope';
import { FilteredView } from './view.svelte';
import { miniGraph } from './test-graphs';

const graph = miniGraph();
const NONE: Filter = { sections: null, speakers: null, kinds: null, minWeight: 1 };

function make() {
  let filter: Filter = NONE;
  let loads = 0;
  const view = new FilteredView(graph, () => filter, () => (loads++, import('./filter-kit')));
  return { view, set: (f: Partial<Filter>) => (filter = { ...NONE, ...f }), loads: () => loads };
}

describe('FilteredView', () => {
  it('without a filter: the loaded graph itself, and the recount code is not loaded', () => {
    const { view, loads } = make();
    expect(view.graph).toBe(graph);
    expect(view.recounted).toBe(true);
    expect(view.stats).toEqual({ concepts: graph.nodes.length, edges: graph.edges.length, passages: graph.attributes.passages.length });
    expect(view.neighbours.get('llm')).toEqual(new Set(['compute', 'scaling', 'transformer']));
    expect(loads()).toBe(0);
  });

  it('a filter before the recount code is here: still the whole graph; whenRecounted waits for the code', async () => {
    const { view, set, loads } = make();
    set({ sections: new Set(['s2', 's3']) });
    expect(view.recounted).toBe(false);
    expect(view.graph).toBe(graph);
    // the passages in scope need no recount
    expect(view.stats.passages).toBe(graph.attributes.passages.filter((p) => p.section !== 's1').length);
    const done = new Promise<void>((resolve) => view.whenRecounted(resolve));
    await done;
    expect(loads()).toBe(1);
    expect(view.recounted).toBe(true);
    // the recount: concepts only the briefing (s1) mentions are gone, counts are those outside s1
    const onlyBriefing = graph.nodes.filter((n) => Object.keys(n.attributes.bySection).every((s) => s === 's1')).map((n) => n.key);
    expect(onlyBriefing).toContain('transhumanism');
    for (const id of onlyBriefing) expect(view.nodeById.has(id)).toBe(false);
    const scaling = graph.nodes.find((n) => n.key === 'scaling')!.attributes;
    expect(view.nodeById.get('scaling')!.attributes.passageCount).toBe(scaling.passageCount - (scaling.bySection.s1 ?? 0));
    // edges seen only in the briefing are gone too
    const briefingOnly = graph.edges.filter((e) => e.attributes.passages.every((p) => graph.attributes.passages.find((q) => q.id === p)!.section === 's1'));
    for (const e of briefingOnly) expect(view.edgeByKey.has(e.key)).toBe(false);
    expect(view.stats.edges).toBe(graph.edges.length - briefingOnly.length);
  });

  it('loads the recount code once, and exports the filtered graph with the given positions', async () => {
    const { view, set, loads } = make();
    set({ minWeight: 2 });
    const g = await view.exportGraph(new Map([['scaling', { x: 1, y: 2 }]]));
    await view.loadFilterKit();
    expect(loads()).toBe(1);
    expect(g.edges.map((e) => e.key).sort()).toEqual(graph.edges.filter((e) => e.attributes.weight >= 2).map((e) => e.key).sort());
    const s = g.nodes.find((n) => n.key === 'scaling')!;
    expect([s.attributes.x, s.attributes.y]).toEqual([1, 2]);
    expect(graph.nodes.find((n) => n.key === 'scaling')!.attributes.x).not.toBe(1); // the loaded graph is untouched
  });
});
