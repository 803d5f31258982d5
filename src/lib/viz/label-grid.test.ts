import { describe, expect, it } from 'vitest';
import { anyOverlap, BoxGrid, placeGridLabels, type GridLabelRequest } from './label-grid';

const req = (index: number, x: number, y: number, w = 40, h = 14, r = 4): GridLabelRequest => ({ index, x, y, r, w, h });

describe('BoxGrid', () => {
  it.each([
    ['overlapping', { x0: 10, y0: 10, x1: 50, y1: 30 }, true],
    ['touching edges', { x0: 60, y0: 10, x1: 80, y1: 30 }, false],
    ['far away', { x0: 500, y0: 500, x1: 520, y1: 510 }, false],
    ['negative coordinates', { x0: -30, y0: -30, x1: -5, y1: -5 }, false],
    ['inside', { x0: 20, y0: 12, x1: 30, y1: 20 }, true]
  ])('%s', (_, box, hit) => {
    const g = new BoxGrid(16);
    g.add({ x0: 0, y0: 0, x1: 60, y1: 40 });
    expect(g.hits(box)).toBe(hit);
  });
  it('pad grows the query', () => {
    const g = new BoxGrid();
    g.add({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(g.hits({ x0: 11, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(g.hits({ x0: 11, y0: 0, x1: 20, y1: 10 }, 2)).toBe(true);
  });
});

describe('placeGridLabels', () => {
  const view = { width: 400, height: 300 };
  it('keeps the first label at its preferred (right) position', () => {
    const [p] = placeGridLabels([req(0, 100, 100)], view);
    expect(p).toMatchObject({ index: 0, anchor: 'start' });
    expect(p.box.x0).toBeGreaterThan(100);
  });
  it('tries left, below, above when the right side is taken', () => {
    const out = placeGridLabels([req(0, 100, 100), req(1, 150, 100)], view);
    expect(out.map((p) => p.index)).toEqual([0, 1]);
    expect(anyOverlap(out.map((p) => p.box))).toBe(false);
  });
  it('drops a label with no free position, never overlaps, keeps the order of importance', () => {
    // 30 nodes on one spot: right and left fit; below and above would touch them within the 2 px padding
    const out = placeGridLabels(Array.from({ length: 30 }, (_, i) => req(i, 200, 150)), view);
    expect(out.map((p) => [p.index, p.anchor])).toEqual([
      [0, 'start'],
      [1, 'end']
    ]);
    expect(anyOverlap(out.map((p) => p.box))).toBe(false);
  });
  it('keeps labels inside the viewport and skips nodes outside it', () => {
    const out = placeGridLabels([req(0, 395, 150), req(1, -20, 150), req(2, 5, 150)], view);
    for (const p of out) {
      expect(p.box.x0).toBeGreaterThanOrEqual(1);
      expect(p.box.x1).toBeLessThanOrEqual(399);
    }
    expect(out.map((p) => p.index).sort()).toEqual([0, 2]);
    expect(out.find((p) => p.index === 0)!.anchor).toBe('end');
  });
  it('force places a label even over others; max stops early', () => {
    const forced = placeGridLabels([req(0, 200, 150), req(1, 200, 150), req(2, 200, 150), req(3, 200, 150), req(4, 200, 150)], { ...view, force: (i) => i === 4 });
    expect(forced.map((p) => p.index)).toContain(4);
    expect(placeGridLabels(Array.from({ length: 50 }, (_, i) => req(i, (i * 37) % 380, (i * 53) % 280)), { ...view, max: 5 })).toHaveLength(5);
  });
  it('a dense random scene: no two kept labels overlap', () => {
    let s = 7;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const reqs = Array.from({ length: 3000 }, (_, i) => req(i, rnd() * 400, rnd() * 300, 10 + rnd() * 60, 14, 2 + rnd() * 6));
    const out = placeGridLabels(reqs, view);
    expect(out.length).toBeGreaterThan(20);
    expect(anyOverlap(out.map((p) => p.box))).toBe(false);
  });
});
