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

  it('names the concepts closest to bridging: tied to both sides beyond chance first, then by strength x lift', () => {
    // shares of the link ends: A 15/48, B 16/48, C 17/48. A concept with all co-mentions expects all x share with a
    // side; lift = actual / expected; score = sqrt(toA x toB) x the smaller lift.
    // A|B: a3 (4 to A, 1 to B, all 5): lifts 2.56 and 0.6, score 2 x 0.6 = 1.2; b3 (1, 4, 5): 0.64 and 2.4, 1.28;
    // c1 (1 to A, 2 to B, all 7): 0.457 and 0.857, 1.41 x 0.457 = 0.65. None is tied to both beyond chance.
    expect(gaps[0].bridges).toEqual([
      { id: 'b3', community: 1, toA: 1, toB: 4 },
      { id: 'a3', community: 0, toA: 4, toB: 1 },
      { id: 'c1', community: 2, toA: 1, toB: 2 }
    ]);
    // A|C: c2 (1 to A, 4 to C, all 5): 0.64 and 2.26, score 1.28; a1 and a2 (4, 1, 5): 2.56 and 0.565, 1.13 (tie:
    // by id); c1 (1, 4, 7): 0.457 and 1.61, 0.91
    expect(gaps[1].bridges.map((b) => b.id)).toEqual(['c2', 'a1', 'a2', 'c1']);
  });

  it('finds the gap built into a graph: two topics linked only through a third, and the concept between them', () => {
    // Three cliques of four (count 3 inside). A and B meet only through C's c1 (2 to a1, 2 to b1) and a weak a4|b4
    // (1); C also links c2|a2 (2) and c3|b2 (2). A|B is the gap; c1, linked with both, comes closest to bridging it (a4 and b4 lean to one side).
    const ids = (t: string) => [1, 2, 3, 4].map((i) => `${t}${i}`);
    const clique = (t: string): Array<[string, string, number]> => ids(t).flatMap((x, i) => ids(t).slice(i + 1).map((y): [string, string, number] => [x, y, 3]));
    const built = tinyGraph({
      passages: [P('q1'), P('q2'), P('q3')],
      concepts: [...ids('a').map((id) => ({ id, community: 0, in: ['q1'] })), ...ids('b').map((id) => ({ id, community: 1, in: ['q3'] })), ...ids('c').map((id) => ({ id, community: 2, in: ['q2'] }))],
      links: [...clique('a'), ...clique('b'), ...clique('c'), ['a1', 'c1', 2], ['b1', 'c1', 2], ['a2', 'c2', 2], ['b2', 'c3', 2], ['a4', 'b4', 1]]
    });
    const [top] = structuralGaps(built);
    expect([top.a, top.b, top.links, top.weight]).toEqual([0, 1, 1, 1]);
    expect(top.bridges[0]).toEqual({ id: 'c1', community: 2, toA: 2, toB: 2 });
    // q1 (A only) then q2 (C) then q3 (B only): A and B never meet in one passage, nor in neighbouring ones
    expect(top.near).toEqual([]);
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
