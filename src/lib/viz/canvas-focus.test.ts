import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { buildCanvasModel } from './canvas-model';
import { canvasHighlight } from './canvas-focus';

const graph = mini as unknown as SerializedConceptGraph;
const m = buildCanvasModel(graph, new Map(), { size: 'passages', measure: 'npmi', lang: 'zh' });
const none = { selection: null, hovered: null, hoveredEdge: null, focused: null, communities: null };
const ids = (s: ReadonlySet<number>) => [...s].map((i) => m.ids[i]).sort();
const keys = (s: ReadonlySet<number>) => [...s].map((e) => m.edgeKeys[e]).sort();

describe('canvasHighlight', () => {
  it('nothing in focus: no overlay', () => {
    expect(canvasHighlight(m, none, graph.nodes)).toBeNull();
  });

  it('a selected concept: it, its neighbours and its links', () => {
    const h = canvasHighlight(m, { ...none, selection: { type: 'node', id: 'scaling' } }, graph.nodes)!;
    const mine = graph.edges.filter((e) => e.source === 'scaling' || e.target === 'scaling');
    expect(keys(h.edges)).toEqual(mine.map((e) => e.key).sort());
    expect(ids(h.nodes)).toEqual([...new Set(['scaling', ...mine.flatMap((e) => [e.source, e.target])])].sort());
    expect(m.ids[h.selected]).toBe('scaling');
  });

  it('highlighted communities: their concepts and the links inside and between them; a selection wins', () => {
    const [a, b] = [...new Set(graph.nodes.map((n) => n.attributes.community))];
    const members = graph.nodes.filter((n) => n.attributes.community === a || n.attributes.community === b).map((n) => n.key);
    expect(members.length).toBeLessThan(graph.nodes.length);
    const h = canvasHighlight(m, { ...none, communities: new Set([a, b]) }, graph.nodes)!;
    expect(ids(h.nodes)).toEqual([...members].sort());
    expect(keys(h.edges)).toEqual(graph.edges.filter((e) => members.includes(e.source) && members.includes(e.target)).map((e) => e.key).sort());
    const sel = canvasHighlight(m, { ...none, communities: new Set([a, b]), selection: { type: 'edge', key: 'scaling|transformer' } }, graph.nodes)!;
    expect(keys(sel.edges)).toEqual(['scaling|transformer']);
  });
});
