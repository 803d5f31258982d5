// What a selection or a hover does to the explorer's node and edge views, on the mini fixture, with the expected
// sets written out by hand from tests/fixtures/graphs/mini.graph.json: the focused concept and its neighbours are
// highlighted and the rest dimmed, the focused concept's edges are highlighted and drawn last, hover wins over
// selection; and focus never moves anything (positions, radii, colours, edge ends and widths stay the same).
import { describe, expect, it } from 'vitest';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { Explorer } from '$lib/explorer/explorer.svelte';
import mini from '../../fixtures/graphs/mini.graph.json';

const graph = mini as unknown as SerializedConceptGraph;

// mini.graph.json: the 6 edges of "scaling", the 3 of "agi", and the 14 concepts.
const SCALING_EDGES = ['anthropic|scaling', 'compute|scaling', 'dario-amodei|scaling', 'inference-scaling|scaling', 'llm|scaling', 'scaling|transformer'];
const SCALING_FOCUS = ['scaling', 'anthropic', 'compute', 'dario-amodei', 'inference-scaling', 'llm', 'transformer'];
const AGI_EDGES = ['agi|hive-mind', 'agi|inference-scaling', 'agi|transhumanism'];
const AGI_FOCUS = ['agi', 'hive-mind', 'inference-scaling', 'transhumanism'];
const ALL = ['scaling', 'compute', 'transformer', 'llm', 'inference-scaling', 'moravec-paradox', 'computer-use', 'common-sense', 'hive-mind', 'agi', 'asi', 'transhumanism', 'anthropic', 'dario-amodei'];

const sorted = (xs: Iterable<string>) => [...xs].sort();
const flags = <T extends { highlighted: boolean; dimmed: boolean }>(views: readonly T[], id: (v: T) => string) => ({
  highlighted: sorted(views.filter((v) => v.highlighted).map(id)),
  dimmed: sorted(views.filter((v) => v.dimmed).map(id))
});
const nodeFlags = (ex: Explorer) => flags(ex.display.nodes, (n) => n.id);
// every link drawn (the backbone default is src/lib/explorer/display.test.ts's)
const make = () => {
  const ex = new Explorer(graph, 'mini', { clock: null });
  ex.choices.links = 'all';
  return ex;
};
const edgeFlags = (ex: Explorer) => flags(ex.display.edges, (e) => e.key);
const except = (xs: string[]) => sorted(ALL.filter((x) => !xs.includes(x)));

describe('explorer views: focus flags', () => {
  it('nothing focused: nothing highlighted or dimmed, edges in the graph order', () => {
    const ex = make();
    expect(nodeFlags(ex)).toEqual({ highlighted: [], dimmed: [] });
    expect(edgeFlags(ex)).toEqual({ highlighted: [], dimmed: [] });
    expect(ex.display.edges.map((e) => e.key)).toEqual(graph.edges.map((e) => e.key));
  });

  it('a selected concept: it and its neighbours highlighted, its edges highlighted and drawn last', () => {
    const ex = make();
    ex.focus.selectNode('scaling');
    expect(nodeFlags(ex)).toEqual({ highlighted: sorted(SCALING_FOCUS), dimmed: except(SCALING_FOCUS) });
    expect(edgeFlags(ex).highlighted).toEqual(SCALING_EDGES);
    expect(edgeFlags(ex).dimmed).toHaveLength(19 - 6);
    expect(sorted(ex.display.edges.slice(-6).map((e) => e.key))).toEqual(SCALING_EDGES);
  });

  it('a selected edge: only it and its two ends highlighted', () => {
    const ex = make();
    ex.focus.selectEdge('scaling|transformer');
    expect(nodeFlags(ex)).toEqual({ highlighted: ['scaling', 'transformer'], dimmed: except(['scaling', 'transformer']) });
    expect(edgeFlags(ex).highlighted).toEqual(['scaling|transformer']);
    expect(ex.display.edges.at(-1)?.key).toBe('scaling|transformer');
  });

  it('a hovered concept wins over the selection, and the selection returns when the hover ends', () => {
    const ex = make();
    ex.focus.selectNode('scaling');
    ex.focus.hovered = 'agi';
    expect(nodeFlags(ex)).toEqual({ highlighted: sorted(AGI_FOCUS), dimmed: except(AGI_FOCUS) });
    expect(edgeFlags(ex).highlighted).toEqual(AGI_EDGES);
    ex.focus.hovered = null;
    expect(nodeFlags(ex).highlighted).toEqual(sorted(SCALING_FOCUS));
    ex.focus.clear();
    expect(nodeFlags(ex)).toEqual({ highlighted: [], dimmed: [] });
  });

  it('focus moves nothing: node places, sizes, colours and edge ends, widths stay as they were', () => {
    const ex = make();
    const nodeShape = () => new Map(ex.display.nodes.map((n) => [n.id, [n.sx, n.sy, n.r, n.fill]]));
    const edgeShape = () => new Map(ex.display.edges.map((e) => [e.key, [e.x1, e.y1, e.x2, e.y2, e.width, e.opacity]]));
    const nodes = nodeShape();
    const edges = edgeShape();
    expect(nodes.size).toBe(14);
    expect(edges.size).toBe(19);
    for (const change of [() => ex.focus.selectNode('scaling'), () => (ex.focus.hovered = 'agi'), () => ex.focus.selectEdge('scaling|transformer'), () => ex.focus.clear(), () => (ex.focus.hovered = null)]) {
      change();
      expect(nodeShape()).toEqual(nodes);
      expect(edgeShape()).toEqual(edges);
    }
  });
});
