import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOverlap, BoxGrid, overlaps, type Box } from './box-grid';
import { labelAt, LABEL_POSITIONS, placeLabels, type LabelRequest, type PlaceOptions } from './place';

const req = (key: number, x: number, y: number, w = 40, h = 14, r = 4, more: Partial<LabelRequest<number>> = {}): LabelRequest<number> => ({ key, x, y, r, w, h, ...more });
const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const view: PlaceOptions<number> = { bounds, margin: 1, pad: 2 };
const inside = (b: Box, m = 0) => b.x0 >= bounds.x0 + m && b.y0 >= bounds.y0 + m && b.x1 <= bounds.x1 - m && b.y1 <= bounds.y1 - m;

describe('labelAt: the eight positions', () => {
  const q = req(0, 100, 100, 40, 10, 5);
  it.each([
    ['right', 'start', { x0: 108, y0: 95, x1: 148, y1: 105 }],
    ['left', 'end', { x0: 52, y0: 95, x1: 92, y1: 105 }],
    ['below', 'middle', { x0: 80, y0: 108, x1: 120, y1: 118 }],
    ['above', 'middle', { x0: 80, y0: 82, x1: 120, y1: 92 }]
  ] as const)('%s: anchor %s, box off the rim by the gap', (position, anchor, box) => {
    const p = labelAt(q, position);
    expect(p.anchor).toBe(anchor);
    for (const k of ['x0', 'y0', 'x1', 'y1'] as const) expect(p.box[k]).toBeCloseTo(box[k], 6);
    expect(p.top).toBe(p.box.y0);
  });
  it('diagonals touch the circle grown by the gap at 45 degrees and never cover the node', () => {
    for (const position of LABEL_POSITIONS.slice(4)) {
      const p = labelAt(q, position);
      const nearX = Math.max(p.box.x0, Math.min(100, p.box.x1));
      const nearY = Math.max(p.box.y0, Math.min(100, p.box.y1));
      expect(Math.hypot(nearX - 100, nearY - 100)).toBeCloseTo(8, 6);
    }
  });
});

describe('placeLabels', () => {
  it('keeps the first label at its preferred (right) position', () => {
    const [p] = placeLabels([req(0, 100, 100)], view);
    expect(p).toMatchObject({ key: 0, anchor: 'start', position: 'right' });
    expect(p.box.x0).toBeGreaterThan(100);
  });
  it('tries left, below, above when the right side is taken', () => {
    const out = placeLabels([req(0, 100, 100), req(1, 150, 100)], view);
    expect(out.map((p) => p.key)).toEqual([0, 1]);
    expect(anyOverlap(out.map((p) => p.box))).toBe(false);
  });
  it('drops a label with no free position, never overlaps, keeps the order of importance', () => {
    // 30 nodes on one spot: right and left fit; below and above would touch them within the 2 px padding
    const out = placeLabels(
      Array.from({ length: 30 }, (_, i) => req(i, 200, 150)),
      view
    );
    expect(out.map((p) => [p.key, p.anchor])).toEqual([
      [0, 'start'],
      [1, 'end']
    ]);
  });
  it('with 8 positions the diagonals take more of the crowd, and a label that fits in 4 lands at the same place', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => req(i, 200, 150, 16, 14, 12));
    const four = placeLabels(crowd, view);
    const eight = placeLabels(crowd, { ...view, positions: 8 });
    expect([four.length, eight.length]).toEqual([4, 8]);
    expect(eight.slice(0, four.length)).toEqual(four);
    expect(anyOverlap(eight.map((p) => p.box))).toBe(false);
  });
  it('keeps labels inside the bounds and skips nodes outside them', () => {
    const out = placeLabels([req(0, 395, 150), req(1, -20, 150), req(2, 5, 150)], view);
    for (const p of out) expect(inside(p.box, 1)).toBe(true);
    expect(out.map((p) => p.key).sort()).toEqual([0, 2]);
    expect(out.find((p) => p.key === 0)!.anchor).toBe('end');
  });
  it('sorts by force, then priority, unless the requests come ordered', () => {
    const a = req(0, 200, 150, 40, 14, 4, { priority: 1 });
    const b = req(1, 200, 150, 40, 14, 4, { priority: 5 });
    const c = req(2, 200, 150, 40, 14, 4, { priority: 0, force: true });
    expect(placeLabels([a, b, c], view).map((p) => p.key)).toEqual([2, 1]);
    expect(placeLabels([a, b], { ...view, ordered: true }).map((p) => p.key)).toEqual([0, 1]);
  });
  it('a forced label shows even when every position overlaps, at the least bad one; max stops early', () => {
    const forced = placeLabels(
      [0, 1, 2, 3, 4].map((i) => req(i, 200, 150, 40, 14, 4, { force: i === 4 })),
      { ...view, ordered: true }
    );
    expect(forced.map((p) => p.key)).toContain(4);
    expect(placeLabels(Array.from({ length: 50 }, (_, i) => req(i, (i * 37) % 380, (i * 53) % 280)), { ...view, max: 5 })).toHaveLength(5);
  });
  it('a forced label near the border takes a position inside rather than over the edge', () => {
    const [p] = placeLabels([req(0, 398, 150, 60, 14, 4, { force: true }), req(1, 330, 150, 60, 14, 4)], { ...view, ordered: true });
    expect(inside(p.box, 1)).toBe(true);
  });
  it('labels keep off other nodes (obstacles), not off their own', () => {
    const reqs = [req(0, 100, 100, 60), req(1, 130, 100, 10)];
    const obstacles = reqs.map((q) => ({ key: q.key, x: q.x, y: q.y, r: q.r }));
    expect(placeLabels(reqs, { ...view, obstacles })[0].position).not.toBe('right');
    expect(placeLabels(reqs, view)[0].position).toBe('right');
  });
  it('importantCount lets the first labels cover node rims, alwaysCount any node, only when nothing is free', () => {
    // a hub surrounded by a tight ring of nodes: every candidate position touches one
    const ring = Array.from({ length: 12 }, (_, i) => req(i + 1, 200 + 18 * Math.cos((i / 12) * 2 * Math.PI), 150 + 18 * Math.sin((i / 12) * 2 * Math.PI), 8, 14, 9, { priority: 1 }));
    const hub = req(0, 200, 150, 48, 14, 10, { priority: 100 });
    const obstacles = [hub, ...ring].map((q) => ({ key: q.key, x: q.x, y: q.y, r: q.r }));
    const hubShown = (more: Partial<PlaceOptions<number>>) => placeLabels([hub, ...ring], { ...view, positions: 8, obstacles, ...more }).some((p) => p.key === 0);
    expect(hubShown({})).toBe(false);
    expect(hubShown({ alwaysCount: 1 })).toBe(true);
  });
  it('a shared grid keeps a second call off the labels of the first', () => {
    const labels = new BoxGrid();
    const first = placeLabels([req(0, 100, 100)], { ...view, labels });
    const second = placeLabels([req(1, 100, 100)], { ...view, labels });
    expect(overlaps(first[0].box, second[0].box)).toBe(false);
  });
  it('random scenes: kept labels never overlap, stay inside, and every node inside the bounds with room gets one (property)', () => {
    const request = fc.record({
      x: fc.double({ min: -50, max: 450, noNaN: true }),
      y: fc.double({ min: -50, max: 350, noNaN: true }),
      w: fc.double({ min: 0, max: 120, noNaN: true }),
      r: fc.double({ min: 0, max: 12, noNaN: true }),
      priority: fc.integer({ min: 0, max: 9 })
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 120 }), fc.constantFrom(4 as const, 8 as const), (rs, positions) => {
        const reqs = rs.map((q, i) => req(i, q.x, q.y, q.w, 14, q.r, { priority: q.priority }));
        const out = placeLabels(reqs, { ...view, positions });
        expect(anyOverlap(out.map((p) => p.box), 0)).toBe(false);
        for (const p of out) expect(inside(p.box, 1 - 1e-9)).toBe(true);
        expect(new Set(out.map((p) => p.key)).size).toBe(out.length);
        // the most important request inside the bounds whose right spot fits always gets its label
        const first = [...reqs].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))[0];
        if (first && first.w > 0 && first.x >= 0 && first.x <= 400 && first.y >= 0 && first.y <= 300 && inside(labelAt(first, 'right').box, 1)) expect(out[0]?.key).toBe(first.key);
      }),
      { numRuns: 200 }
    );
  });
  it('a dense random scene of 3,000 nodes: no two kept labels overlap', () => {
    let s = 7;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const reqs = Array.from({ length: 3000 }, (_, i) => req(i, rnd() * 400, rnd() * 300, 10 + rnd() * 60, 14, 2 + rnd() * 6));
    const out = placeLabels(reqs, { ...view, ordered: true });
    expect(out.length).toBeGreaterThan(20);
    expect(anyOverlap(out.map((p) => p.box))).toBe(false);
  });
});
