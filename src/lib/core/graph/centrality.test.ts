import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { centralitiesOf, computeCentralities } from './centrality';

const e = (s: string, t: string, weight = 1) => ({ source: s, target: t, weight });

describe('centralitiesOf', () => {
  it.each([
    ['path a-b-c: b is on the only path', ['a', 'b', 'c'], [e('a', 'b'), e('b', 'c')], { a: 0, b: 1, c: 0 }],
    ['star: centre carries every pair', ['c', 'x', 'y', 'z'], [e('c', 'x'), e('c', 'y'), e('c', 'z')], { c: 1, x: 0, y: 0, z: 0 }],
    ['triangle: nobody in between', ['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('a', 'c')], { a: 0, b: 0, c: 0 }],
    ['square: two shortest paths split', ['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('c', 'd'), e('d', 'a')], { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6 }],
    ['isolated node', ['a', 'b', 'z'], [e('a', 'b')], { a: 0, b: 0, z: 0 }]
  ])('%s', (_n, nodes, edges, expected) => {
    const c = centralitiesOf(nodes, edges);
    for (const [k, v] of Object.entries(expected)) expect(c.get(k)?.betweenness).toBeCloseTo(v, 5);
  });
  it('degree and weighted degree; unknown ends and self loops ignored', () => {
    const c = centralitiesOf(['a', 'b', 'c'], [e('a', 'b', 3), e('a', 'c', 2), e('a', 'q', 9), e('b', 'b', 1)]);
    expect(Object.fromEntries([...c].map(([k, v]) => [k, [v.degree, v.weightedDegree]]))).toEqual({ a: [2, 5], b: [1, 3], c: [1, 2] });
  });
  it('gives what computeCentralities gives for the same graphology graph', () => {
    const g = new Graph({ type: 'undirected' });
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
    g.addEdge('a', 'b', { weight: 2 });
    g.addEdge('b', 'c', { weight: 1 });
    g.addEdge('c', 'd', { weight: 4 });
    expect(centralitiesOf(['a', 'b', 'c', 'd'], [e('a', 'b', 2), e('b', 'c', 1), e('c', 'd', 4)])).toEqual(computeCentralities(g));
    // path a-b-c-d: b lies on the shortest paths a-c and a-d, 2 of the 3 pairs without b -> 2/3 normalised
    expect(computeCentralities(g).get('b')).toEqual({ degree: 2, weightedDegree: 3, betweenness: 0.666667 });
  });
});
