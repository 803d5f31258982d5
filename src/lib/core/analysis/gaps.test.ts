import { describe, expect, it } from 'vitest';
import { structuralGaps } from './gaps';
import { tinyGraph } from '../../../../tests/fixtures/analysis/tiny-graph';

// Three topics of three concepts: A = a1..a3 (community 0), B = b1..b3 (1), C = c1..c3 (2).
// Inside each topic every pair is linked with count 2 (6 per topic). A and C are linked by a1|c1 (1) and
// a2|c2 (1); B and C by b1|c1 (2) and b2|c3 (1); A and B only by the weak a3|b3 (1).
const P = (id: string, section = 's1') => ({ id, section });
const graph = tinyGraph({
  passages: [P('p1'), P('p2'), P('p3'), P('p4'), P('p5'), P('p6', 's2'), P('p7', 's2')],
  concepts: [
    { id: 'a1', community: 0, in: ['p1', 'p4'] },
    { id: 'a2', community: 0, in: ['p1', 'p5'] },
    { id: 'a3', community: 0, in: ['p1', 'p3'] },
    { id: 'b1', community: 1, in: ['p2', 'p4'] },
    { id: 'b2', community: 1, in: ['p2', 'p6'] },
    { id: 'b3', community: 1, in: ['p2', 'p3'] },
    { id: 'c1', community: 2, in: ['p4', 'p7'] },
    { id: 'c2', community: 2, in: ['p5', 'p7'] },
    { id: 'c3', community: 2, in: ['p6', 'p7'] }
  ],
  links: [
    ['a1', 'a2', 2], ['a1', 'a3', 2], ['a2', 'a3', 2],
    ['b1', 'b2', 2], ['b1', 'b3', 2], ['b2', 'b3', 2],
    ['c1', 'c2', 2], ['c1', 'c3', 2], ['c2', 'c3', 2],
    ['a1', 'c1', 1], ['a2', 'c2', 1], ['b1', 'c1', 2], ['b2', 'c3', 1], ['a3', 'b3', 1]
  ]
});

describe('structuralGaps', () => {
  // m = 18 + 6 = 24. Strengths: A = 2*6 + 1 + 1 + 1 = 15; B = 12 + 2 + 1 + 1 = 16; C = 12 + 1 + 1 + 2 + 1 = 17.
  // E(A,B) = 15*16/48 = 5, W = 1: deficit 0.8, score 2.4
  // E(A,C) = 15*17/48 = 5.3125, W = 2: deficit 0.6235, score 1.8706
  // E(B,C) = 16*17/48 = 5.6667, W = 3: deficit 0.4706, score 1.4118
  const gaps = structuralGaps(graph);

  it('ranks community pairs by deficit against chance times the smaller size', () => {
    expect(gaps.map((g) => [g.a, g.b, g.links, g.weight, g.expected, g.deficit, g.score])).toEqual([
      [0, 1, 1, 1, 5, 0.8, 2.4],
      [0, 2, 2, 2, 5.3125, 0.6235, 1.8706],
      [1, 2, 2, 3, 5.6667, 0.4706, 1.4118]
    ]);
  });

  it('names the concepts closest to bridging, strongest on both sides first', () => {
    // A|B: a3 has 4 inside A and 1 to B (geometric mean 2); b3 has 1 and 4 (2); c1, of the third topic, has 1 to A
    // (a1) and 2 to B (b1): 1.41
    expect(gaps[0].bridges).toEqual([
      { id: 'a3', community: 0, toA: 4, toB: 1 },
      { id: 'b3', community: 1, toA: 1, toB: 4 },
      { id: 'c1', community: 2, toA: 1, toB: 2 }
    ]);
    // A|C: c1 has 1 to A (a1) and 4 inside C: 2; a1: 4 and 1: 2; a2 and c2 likewise; ties by id
    expect(gaps[1].bridges.map((b) => b.id)).toEqual(['a1', 'a2', 'c1', 'c2']);
  });

  it('gives the passages where both sides meet, and neighbouring passages where they nearly meet', () => {
    expect(gaps[0].meeting).toEqual(['p3']); // a3 and b3
    // section s1: p1 (A only), p2 (B only), p3 (both), p4 (A, B, C), p5 (A, C): only p1 -> p2 alternates A / B
    expect(gaps[0].near).toEqual([['p1', 'p2']]);
    // A|C: p4 mentions a1, b1, c1 and p5 mentions a2, c2: one of each side in both
    expect(gaps[1].meeting).toEqual(['p4', 'p5']);
  });

  it('skips communities smaller than minSize and graphs without links', () => {
    expect(structuralGaps(graph, { minSize: 4 })).toEqual([]);
    expect(structuralGaps({ ...graph, edges: [] })).toEqual([]);
  });
});
