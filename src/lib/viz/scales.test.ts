import { describe, expect, it } from 'vitest';
import { boundsOf, centreOn, edgeStyleScale, fitTransform, radiusScale } from './scales';
import { communityColour, textOn } from './palette';

describe('radiusScale', () => {
  const r = radiusScale([1, 4, 100], 4, 20);
  it.each([
    [1, 4],
    [100, 20],
    [200, 20],
    [0, 4]
  ])('%d -> %d', (v, out) => expect(r(v)).toBeCloseTo(out, 6));
  it('area grows linearly', () => {
    const s = radiusScale([0, 100], 0, 10);
    expect(s(25)).toBeCloseTo(5, 6);
  });
  it('constant data -> middle radius', () => expect(radiusScale([3, 3], 4, 20)(3)).toBe(12));
});

describe('edgeStyleScale', () => {
  it.each<['count' | 'jaccard' | 'npmi', number[], number, number]>([
    ['count', [1, 5, 10], 1, 0.6],
    ['count', [1, 5, 10], 10, 7],
    ['jaccard', [0.1, 0.5], 0.5, 7],
    ['npmi', [-0.2, 0.9], -0.2, 0.6],
    ['npmi', [-0.2, 0.9], 1, 7]
  ])('%s %o: %d -> width %d', (m, values, v, w) => expect(edgeStyleScale(values, m)(v).width).toBeCloseTo(w, 6));
});

describe('fitTransform', () => {
  it('fits and centres', () => {
    const t = fitTransform({ x0: -100, y0: -50, x1: 100, y1: 50 }, 520, 300, { x: 10, y: 10 });
    expect(t.k).toBeCloseTo(2.5, 6);
    expect(-100 * t.k + t.x).toBeCloseTo(10, 6);
    expect(0 * t.k + t.y).toBeCloseTo(150, 6);
  });
  it('single point -> k=1 centred', () => {
    const t = fitTransform(boundsOf([{ x: 5, y: 5 }]), 100, 100);
    expect(t).toEqual({ k: 1, x: 45, y: 45 });
  });
  it('no points', () => expect(fitTransform(boundsOf([]), 100, 80)).toEqual({ k: 1, x: 50, y: 40 }));
  it('centreOn', () => expect(centreOn(10, 20, 2, 100, 100)).toEqual({ k: 2, x: 30, y: 10 }));
});

describe('palette', () => {
  it.each([
    [0, '#0072B2'],
    [1, '#E69F00'],
    [17, '#0072B2']
  ])('community %d is %s', (c, colour) => expect(communityColour(c)).toBe(colour));
  it.each([
    ['#000000', '#ffffff'],
    ['#F0E442', '#000000'],
    ['#0072B2', '#ffffff']
  ])('text on %s is %s', (bg, fg) => expect(textOn(bg)).toBe(fg));
});
