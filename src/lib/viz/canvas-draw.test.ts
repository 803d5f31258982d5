// The Canvas layers against a recording stand-in for CanvasRenderingContext2D: what is drawn, not how it looks.
import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { buildCanvasModel, growMovingSet, movingSet, updatePositions } from './canvas-model';
import { drawBase, drawMoving, drawOverlay, drawPreview, previewTransform } from './canvas-draw';
import { anyOverlap } from '$lib/core/text/box-grid';

const graph = mini as unknown as SerializedConceptGraph;

function recorder() {
  const calls: Record<string, number> = {};
  const texts: string[] = [];
  const target: Record<string, unknown> = {};
  const ctx = new Proxy(target, {
    get(t, name: string) {
      if (name in t) return t[name];
      return (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        if (name === 'fillText') texts.push(String(args[0]));
      };
    },
    set(t, name: string, v) {
      t[name] = v;
      return true;
    }
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls, texts };
}

describe('drawBase', () => {
  const m = buildCanvasModel(graph, new Map(), { size: 'passages', measure: 'npmi', lang: 'zh' });
  const xs = graph.nodes.map((n) => n.attributes.x);
  const ys = graph.nodes.map((n) => n.attributes.y);
  const k = Math.min(700 / (Math.max(...xs) - Math.min(...xs)), 500 / (Math.max(...ys) - Math.min(...ys)));
  const t = { k, x: 50 - Math.min(...xs) * k, y: 50 - Math.min(...ys) * k };
  it('draws every edge and node inside the view, labels without overlap', () => {
    const r = recorder();
    const res = drawBase(r.ctx, m, { t, width: 800, height: 600, boost: 1 });
    expect(res.edges).toBe(graph.edges.length);
    expect(res.nodes).toBe(graph.nodes.length);
    expect(r.calls.arc).toBe(graph.nodes.length);
    expect(r.calls.lineTo).toBe(graph.edges.length);
    expect(res.labels.length).toBeGreaterThan(3);
    expect(anyOverlap(res.labels.map((l) => l.box))).toBe(false);
    expect(r.texts.length).toBe(res.labels.length);
  });
  it('a drag: the base leaves the moving neighbourhood out, the moving layer draws just it and the dragged label', () => {
    const agi = m.index.get('agi')!;
    const s = movingSet(m, agi);
    const degree = m.off[agi + 1] - m.off[agi];
    expect(s.nodes.length).toBe(degree + 1);
    expect(s.edges.length).toBeGreaterThanOrEqual(degree);
    const touching = (e: number) => s.mask[m.source[e]] || s.mask[m.target[e]];
    expect(s.edges.every(touching)).toBe(true);
    expect(Array.from(m.source, (_, e) => e).filter(touching).length).toBe(s.edges.length);
    const b = recorder();
    const res = drawBase(b.ctx, m, { t, width: 800, height: 600, boost: 1 }, 400, s.mask);
    expect(res.nodes).toBe(graph.nodes.length - s.nodes.length);
    expect(res.edges).toBe(graph.edges.length - s.edges.length);
    expect(res.labels.some((l) => s.mask[l.key])).toBe(false);
    const r = recorder();
    drawMoving(r.ctx, m, { t, width: 800, height: 600, boost: 1 }, s.nodes, s.edges, agi);
    expect(r.calls.arc).toBe(s.nodes.length);
    expect(r.calls.lineTo).toBe(s.edges.length);
    expect(r.texts.join('')).toContain(m.lines[agi][0].text);
    // a node outside the set moved: it joins, with its edges
    const out = Array.from(m.ids, (_, i) => i).find((i) => !s.mask[i])!;
    growMovingSet(m, s, [out]);
    expect(s.mask[out]).toBe(1);
    for (let k2 = m.off[out]; k2 < m.off[out + 1]; k2++) expect(s.edges).toContain(m.adjEdge[k2]);
  });
  it('updatePositions reports the nodes that moved', () => {
    const m2 = buildCanvasModel(graph, new Map(), { size: 'passages', measure: 'npmi', lang: 'zh' });
    const moved: number[] = [];
    updatePositions(m2, graph, new Map([['agi', { x: 1, y: 2 }]]), moved);
    expect(moved).toEqual([m2.index.get('agi')]);
    moved.length = 0;
    updatePositions(m2, graph, new Map([['agi', { x: 1, y: 2 }]]), moved);
    expect(moved).toEqual([]);
  });
  it('culls what is off screen', () => {
    const r = recorder();
    const res = drawBase(r.ctx, m, { t: { k: t.k, x: t.x + 5000, y: t.y }, width: 800, height: 600, boost: 1 });
    expect(res.nodes).toBe(0);
    expect(res.edges).toBe(0);
    expect(res.labels).toEqual([]);
  });
  it('the overlay draws only the highlighted neighbourhood, the forced labels first', () => {
    const r = recorder();
    const agi = m.index.get('agi')!;
    const nodes = new Set([agi]);
    const edges = new Set<number>();
    for (let k2 = m.off[agi]; k2 < m.off[agi + 1]; k2++) {
      nodes.add(m.adj[k2]);
      edges.add(m.adjEdge[k2]);
    }
    const placed = drawOverlay(r.ctx, m, { t, width: 800, height: 600, boost: 1 }, { nodes, edges, forced: new Set([agi]), selected: agi, focused: -1 });
    expect(r.calls.fillRect).toBe(1); // the veil
    expect(r.calls.lineTo).toBe(edges.size);
    expect(placed[0].key).toBe(agi);
    expect(placed.every((p) => nodes.has(p.key))).toBe(true);
    const none = recorder();
    expect(drawOverlay(none.ctx, m, { t, width: 800, height: 600, boost: 1 }, null)).toEqual([]);
    expect(none.calls.fillRect ?? 0).toBe(0);
  });
});

describe('previewTransform / drawPreview (the first picture, also drawn in the loading worker)', () => {
  const m = buildCanvasModel(graph, new Map(), { size: 'passages', measure: 'npmi', lang: 'zh' });
  it.each([
    [800, 600],
    [300, 900],
    [1200, 200]
  ])('fits every node inside a %i x %i stage, with a margin', (width, height) => {
    const t = previewTransform(m, width, height);
    for (let i = 0; i < m.ids.length; i++) {
      const x = m.x[i] * t.k + t.x;
      const y = m.y[i] * t.k + t.y;
      expect(x).toBeGreaterThanOrEqual(24);
      expect(x).toBeLessThanOrEqual(width - 24);
      expect(y).toBeGreaterThanOrEqual(24);
      expect(y).toBeLessThanOrEqual(height - 24);
    }
  });
  it('scales to the device pixels, then draws the whole base layer', () => {
    const r = recorder();
    const transforms: number[][] = [];
    (r.ctx as unknown as { setTransform: (...a: number[]) => void }).setTransform = (...a: number[]) => void transforms.push(a);
    drawPreview(r.ctx, m, 800, 600, 2);
    expect(transforms).toEqual([[2, 0, 0, 2, 0, 0]]);
    expect(r.calls.fill).toBe(m.colours.length);
    expect(r.texts.length).toBeGreaterThan(0);
  });
});
