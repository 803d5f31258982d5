// The explorer derives the geometry of nodes and edges apart from the focus flags: a selection or hover changes
// which items are dimmed or highlighted (nodes / edges), never the geometry arrays (nodeGeometry / edgeGeometry),
// which the SVG node layer, the cached edge pictures and the hidden hit paths follow.
import { describe, expect, it } from 'vitest';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { ExplorerState } from '$lib/state/explorer.svelte';
import mini from '../../fixtures/graphs/mini.graph.json';

const graph = mini as unknown as SerializedConceptGraph;

describe('ExplorerState geometry and focus', () => {
  it('geometry does not depend on selection or hover (the focus flags live in nodes / edges only)', () => {
    const ex = new ExplorerState(graph, 'mini');
    const nodes = structuredClone(ex.nodeGeometry);
    const edges = structuredClone(ex.edgeGeometry);
    for (const change of [() => ex.selectNode('scaling'), () => (ex.hovered = 'agi'), () => ex.selectEdge('scaling|transformer'), () => ex.clearSelection(), () => (ex.hovered = null)]) {
      change();
      expect(ex.nodeGeometry).toStrictEqual(nodes);
      expect(ex.edgeGeometry).toStrictEqual(edges);
      for (const n of ex.nodeGeometry) expect(Object.keys(n)).not.toContain('dimmed');
    }
  });

  it.each([
    { name: 'nothing focused', act: (_: ExplorerState) => {}, highlighted: [] as string[] },
    { name: 'a node selected', act: (ex: ExplorerState) => ex.selectNode('scaling'), highlighted: 'touching:scaling' },
    { name: 'an edge selected', act: (ex: ExplorerState) => ex.selectEdge('scaling|transformer'), highlighted: ['scaling|transformer'] }
  ])('flags and order of the edge views: $name', ({ act, highlighted }) => {
    const ex = new ExplorerState(graph, 'mini');
    act(ex);
    const want = new Set(
      highlighted === 'touching:scaling' ? ex.edgeGeometry.filter((e) => e.edge.source === 'scaling' || e.edge.target === 'scaling').map((e) => e.key) : highlighted
    );
    const views = ex.edges;
    expect(views).toHaveLength(ex.edgeGeometry.length);
    expect(new Set(views.filter((e) => e.highlighted).map((e) => e.key))).toEqual(want);
    // highlighted last; dimmed = focused and not highlighted
    const firstHigh = views.findIndex((e) => e.highlighted);
    if (firstHigh >= 0) expect(views.slice(firstHigh).every((e) => e.highlighted)).toBe(true);
    const focused = ex.focusSet !== null;
    for (const e of views) expect(e.dimmed).toBe(focused && !e.highlighted);
    // same geometry as the geometry array
    const geo = new Map(ex.edgeGeometry.map((g) => [g.key, g]));
    for (const e of views) expect([e.x1, e.y1, e.x2, e.y2, e.width, e.opacity]).toEqual([geo.get(e.key)!.x1, geo.get(e.key)!.y1, geo.get(e.key)!.x2, geo.get(e.key)!.y2, geo.get(e.key)!.width, geo.get(e.key)!.opacity]);
  });

  it('node views carry the geometry and the focus flags', () => {
    const ex = new ExplorerState(graph, 'mini');
    ex.selectNode('scaling');
    const focus = ex.focusSet!;
    expect(focus.has('scaling')).toBe(true);
    for (const n of ex.nodes) {
      const g = ex.nodeGeometry.find((x) => x.id === n.id)!;
      expect([n.sx, n.sy, n.r, n.fill, n.ariaLabel, n.pinned]).toEqual([g.sx, g.sy, g.r, g.fill, g.ariaLabel, g.pinned]);
      expect(n.highlighted).toBe(focus.has(n.id));
      expect(n.dimmed).toBe(!focus.has(n.id));
    }
  });
});
