import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOverlap, BoxGrid, overlapArea, overlaps, type Box } from './box-grid';

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
  it('a huge box (more cells than the limit) is still found', () => {
    const g = new BoxGrid(8);
    g.add({ x0: -1e5, y0: -1e5, x1: 1e5, y1: 1e5 });
    expect(g.hits({ x0: 3, y0: 3, x1: 4, y1: 4 })).toBe(true);
    expect(g.near({ x0: 3, y0: 3, x1: 4, y1: 4 }, [])).toEqual([0]);
  });
  it('near, overlapSum and hits agree with a brute-force scan (property)', () => {
    const box = fc
      .record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }), w: fc.integer({ min: 1, max: 120 }), h: fc.integer({ min: 1, max: 40 }) })
      .map(({ x, y, w, h }): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h }));
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), box, fc.integer({ min: 4, max: 64 }), (boxes, q, cell) => {
        const g = new BoxGrid(cell);
        for (const b of boxes) g.add(b);
        const brute = boxes.flatMap((b, i) => (overlaps(q, b) ? [i] : []));
        expect([...g.near(q, [])].sort((a, b) => a - b)).toEqual(brute);
        expect(g.hits(q)).toBe(brute.length > 0);
        expect(g.overlapSum(q)).toBeCloseTo(brute.reduce((s, i) => s + overlapArea(q, boxes[i]), 0), 6);
      }),
      { numRuns: 200 }
    );
  });
});

describe('anyOverlap', () => {
  it.each([
    ['apart', [{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 20, y0: 0, x1: 30, y1: 10 }], false],
    ['touching within the slack', [{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 9.8, y0: 0, x1: 30, y1: 10 }], false],
    ['overlapping', [{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 30, y1: 10 }], true]
  ])('%s', (_n, boxes, want) => {
    expect(anyOverlap(boxes)).toBe(want);
  });
});
