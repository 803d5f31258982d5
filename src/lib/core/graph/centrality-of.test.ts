import { describe, expect, it } from 'vitest';
import { centralities } from './centrality-of';

const e = (s: string, t: string, weight = 1) => ({ source: s, target: t, weight });

describe('centralities', () => {
  it.each([
    ['path a-b-c: b is on the only path', ['a', 'b', 'c'], [e('a', 'b'), e('b', 'c')], { a: 0, b: 1, c: 0 }],
    ['star: centre carries every pair', ['c', 'x', 'y', 'z'], [e('c', 'x'), e('c', 'y'), e('c', 'z')], { c: 1, x: 0, y: 0, z: 0 }],
    ['triangle: nobody in between', ['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('a', 'c')], { a: 0, b: 0, c: 0 }],
    ['square: two shortest paths split', ['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('c', 'd'), e('d', 'a')], { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6 }],
    ['isolated node', ['a', 'b', 'z'], [e('a', 'b')], { a: 0, b: 0, z: 0 }]
  ])('%s', (_n, nodes, edges, expected) => {
    const c = centralities(nodes, edges);
    for (const [k, v] of Object.entries(expected)) expect(c.betweenness.get(k)).toBeCloseTo(v, 5);
  });
  it('degree and weighted degree; unknown ends and self loops ignored', () => {
    const c = centralities(['a', 'b', 'c'], [e('a', 'b', 3), e('a', 'c', 2), e('a', 'q', 9), e('b', 'b', 1)]);
    expect(Object.fromEntries(c.degree)).toEqual({ a: 2, b: 1, c: 1 });
    expect(Object.fromEntries(c.weightedDegree)).toEqual({ a: 5, b: 3, c: 2 });
  });
});
