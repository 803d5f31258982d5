import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { buildCanvasModel, edgeBucketOf, hitEdge, NodeGrid, radiusRange, updatePositions, zoomBoost } from './canvas-model';
import { segmentDistance2 } from './geometry';

const graph = mini as unknown as SerializedConceptGraph;
const opts = { size: 'passages', measure: 'npmi', lang: 'zh' } as const;
const model = () => buildCanvasModel(graph, new Map(), opts);

describe('buildCanvasModel', () => {
  it('has one entry per node and edge, in the file order', () => {
    const m = model();
    expect(m.ids).toEqual(graph.nodes.map((n) => n.key));
    expect(m.edgeKeys).toEqual(graph.edges.map((e) => e.key));
    graph.nodes.forEach((n, i) => {
      expect(m.x[i]).toBe(n.attributes.x);
      expect(m.y[i]).toBe(n.attributes.y);
    });
  });
  it('adjacency lists every neighbour and the edge to it', () => {
    const m = model();
    for (let e = 0; e < m.edgeKeys.length; e++) {
      const [a, b] = [m.source[e], m.target[e]];
      const around = (i: number) => Array.from({ length: m.off[i + 1] - m.off[i] }, (_, k) => [m.adj[m.off[i] + k], m.adjEdge[m.off[i] + k]]);
      expect(around(a)).toContainEqual([b, e]);
      expect(around(b)).toContainEqual([a, e]);
    }
    expect(m.off[m.ids.length]).toBe(2 * m.edgeKeys.length);
  });
  it('orders nodes by importance (the size measure), edges by style bucket, nodes grouped by colour', () => {
    const m = model();
    const value = (i: number) => graph.nodes[i].attributes.passageCount;
    for (let k = 1; k < m.order.length; k++) expect(value(m.order[k - 1])).toBeGreaterThanOrEqual(value(m.order[k]));
    for (let k = 1; k < m.edgeOrder.length; k++) expect(m.edgeBucket[m.edgeOrder[k - 1]]).toBeLessThanOrEqual(m.edgeBucket[m.edgeOrder[k]]);
    for (let c = 0; c < m.colours.length; c++)
      for (let k = m.colourStart[c]; k < m.colourStart[c + 1]; k++) expect(m.colourIndex[m.colourOrder[k]]).toBe(c);
    expect([...m.colourOrder].sort((a, b) => a - b)).toEqual(m.ids.map((_, i) => i));
  });
  it('takes positions from the layout when it has them', () => {
    const m = model();
    updatePositions(m, graph, new Map([['agi', { x: 1, y: 2 }]]));
    const i = m.index.get('agi')!;
    expect([m.x[i], m.y[i]]).toEqual([1, 2]);
  });
});

describe('sizes', () => {
  it.each([
    [99, 780, 720],
    [1000, 810, 679],
    [5000, 810, 679],
    [100000, 810, 679]
  ])('radiusRange(%i nodes) stays within 1.2..8 px and min < max', (n, w, h) => {
    const r = radiusRange(n, w, h);
    expect(r.min).toBeGreaterThanOrEqual(1.2);
    expect(r.max).toBeLessThanOrEqual(8);
    expect(r.min).toBeLessThan(r.max);
  });
  it.each([
    [1, 1, 1],
    [4, 1, 2],
    [100, 1, 3],
    [0.5, 1, 1],
    [1, 0, 1]
  ])('zoomBoost(%d, %d) = %d', (k, ref, b) => expect(zoomBoost(k, ref)).toBeCloseTo(b, 9));
  it('edge buckets are opacity steps 1..15', () => {
    for (const a of [0, 0.02, 0.3, 0.6, 1]) {
      const b = edgeBucketOf(1, a);
      expect(b).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(15);
    }
  });
});

describe('hit tests', () => {
  const t = { k: 2, x: 40, y: -30 };
  it('NodeGrid finds the same node as a scan of every circle', () => {
    const m = model();
    const grid = new NodeGrid(m);
    const scan = (sx: number, sy: number) => {
      let best = -1;
      let bestD = Infinity;
      for (let i = 0; i < m.ids.length; i++) {
        const d = (m.x[i] * t.k + t.x - sx) ** 2 + (m.y[i] * t.k + t.y - sy) ** 2;
        const r = m.r[i] + 2;
        if (d <= r * r && d <= bestD) {
          bestD = d;
          best = i;
        }
      }
      return best;
    };
    let s = 3;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    for (let q = 0; q < 400; q++) {
      const i = q % m.ids.length;
      const sx = q < 200 ? m.x[i] * t.k + t.x + (rnd() - 0.5) * 12 : rnd() * 1200 - 100;
      const sy = q < 200 ? m.y[i] * t.k + t.y + (rnd() - 0.5) * 12 : rnd() * 1200 - 100;
      expect(grid.hit(sx, sy, t, 1)).toBe(scan(sx, sy));
    }
  });
  it('hitEdge finds an edge under its midpoint and none far away', () => {
    const m = model();
    for (let e = 0; e < m.edgeKeys.length; e++) {
      const a = m.source[e];
      const b = m.target[e];
      const mx = ((m.x[a] + m.x[b]) / 2) * t.k + t.x;
      const my = ((m.y[a] + m.y[b]) / 2) * t.k + t.y;
      const hit = hitEdge(m, mx, my, t, 4);
      expect(hit).toBeGreaterThanOrEqual(0);
      const seg = { x1: m.x[m.source[hit]], y1: m.y[m.source[hit]], x2: m.x[m.target[hit]], y2: m.y[m.target[hit]] };
      expect(segmentDistance2(seg, (mx - t.x) / t.k, (my - t.y) / t.k)).toBeLessThanOrEqual((4 / t.k) ** 2 + 1e-9);
    }
    expect(hitEdge(m, -5000, -5000, t, 4)).toBe(-1);
  });
});
