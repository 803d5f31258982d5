import { describe, expect, it } from 'vitest';
import { gestureTransform, nearestEdge, nodeDragFilter, px, pxs, segmentDistance2 } from './geometry';

describe('px / pxs', () => {
  it.each([
    [1.26, 10, 1.3, '1.3'],
    [-0.04, 10, -0, '0'],
    [0.12345, 100, 0.12, '0.12'],
    [7, 10, 7, '7']
  ])('%f at 1/%i', (v, f, n, s) => {
    expect(px(v, f)).toBe(n);
    expect(pxs(v, f)).toBe(s);
  });
});

describe('segmentDistance2', () => {
  it.each([
    ['on the segment', 5, 0, 0],
    ['beside the middle', 5, 3, 9],
    ['beyond an end', 13, 4, 25],
    ['degenerate segment', 3, 4, 25]
  ])('%s', (_, x, y, d2) => {
    const seg = _ === 'degenerate segment' ? { x1: 0, y1: 0, x2: 0, y2: 0 } : { x1: 0, y1: 0, x2: 10, y2: 0 };
    expect(segmentDistance2(seg, x, y)).toBeCloseTo(d2, 9);
  });
});

describe('nearestEdge', () => {
  const segs = [
    { key: 'a|b', x1: 0, y1: 0, x2: 100, y2: 0 },
    { key: 'a|c', x1: 0, y1: 0, x2: 0, y2: 100 }
  ];
  it.each([
    [50, 3, 6, 'a|b'],
    [3, 50, 6, 'a|c'],
    [50, 9, 6, null],
    [2, 2, 6, 'a|c'] // tie: the later (drawn on top) wins
  ])('(%d, %d) within %d px -> %s', (x, y, tol, key) => {
    expect(nearestEdge(segs, x, y, tol)).toBe(key);
  });
});

describe('gestureTransform', () => {
  it.each([
    [{ k: 1, x: 0, y: 0 }, { k: 1, x: 30, y: -10 }],
    [{ k: 2, x: 10, y: 20 }, { k: 3, x: -40, y: 5 }],
    [{ k: 0.5, x: 100, y: 100 }, { k: 0.25, x: 60, y: 80 }]
  ])('maps the drawn picture onto the live transform (%j -> %j)', (drawn, live) => {
    const g = gestureTransform(drawn, live);
    for (const [gx, gy] of [[0, 0], [13, -7], [250, 90]]) {
      const sx = gx * drawn.k + drawn.x;
      const sy = gy * drawn.k + drawn.y;
      expect(sx * g.s + g.tx).toBeCloseTo(gx * live.k + live.x, 9);
      expect(sy * g.s + g.ty).toBeCloseTo(gy * live.k + live.y, 9);
    }
  });
});

describe('nodeDragFilter', () => {
  it.each([
    [{ type: 'mousedown', button: 0 }, true],
    [{ type: 'mousedown', button: 2 }, false],
    [{ type: 'mousedown', button: 0, ctrlKey: true }, false],
    [{ type: 'touchstart' }, false]
  ])('%o -> %s', (ev, want) => expect(nodeDragFilter(ev)).toBe(want));
});
