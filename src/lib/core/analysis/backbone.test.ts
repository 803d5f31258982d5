import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runsOf } from '../../../../tests/support/fc';
import { backboneEdges, BackboneSettingsError, resolveBackboneSettings } from './backbone';

const e = (source: string, target: string, weight: number, jaccard = 0.1) => ({ key: `${source}|${target}`, source, target, attributes: { weight, jaccard } });

describe('backboneEdges', () => {
  it('maximum spanning forest only: the strongest link, then the tie broken by Jaccard, then by key', () => {
    const edges = [e('a', 'b', 3), e('b', 'c', 1, 0.2), e('a', 'c', 1, 0.2), e('c', 'd', 1, 0.5), e('b', 'd', 1, 0.1)];
    // a|b (3); then c|d (jaccard .5); then a|c and b|c tie on jaccard .2: a|c by key; b|d would close a cycle
    expect([...backboneEdges(edges, { alpha: 0, perNode: 0, rank: 'count' })].sort()).toEqual(['a|b', 'a|c', 'c|d']);
  });

  it('disparity filter keeps a link that takes much of a concept co-mentions, even where the forest drops it', () => {
    // p: links to x (10), q (9) and eight leaves (1 each): k = 10, s = 27
    const leaves = Array.from({ length: 8 }, (_, i) => e('p', `r${i}`, 1));
    const edges = [e('p', 'x', 10), e('q', 'x', 10), e('p', 'q', 9), ...leaves];
    const forest = backboneEdges(edges, { alpha: 0, perNode: 0, rank: 'count' });
    expect(forest.has('p|q')).toBe(false); // closes the cycle p-x-q
    // alpha(p|q) at p = (1 - 9/27)^9 = 0.026 < 0.05; alpha of a leaf link at p = (26/27)^9 = 0.71
    const kept = backboneEdges(edges, { alpha: 0.05, perNode: 0, rank: 'count' });
    expect([...kept].filter((k) => !forest.has(k))).toEqual(['p|q']);
    expect(backboneEdges(edges, { alpha: 0.02, perNode: 0, rank: 'count' }).has('p|q')).toBe(false);
  });

  it('keeps each concept\'s strongest links (perNode)', () => {
    const edges = [e('a', 'b', 5), e('a', 'c', 4), e('a', 'd', 3), e('b', 'c', 2), e('c', 'd', 1), e('b', 'd', 1)];
    expect([...backboneEdges(edges, { alpha: 0, perNode: 1, rank: 'count' })].sort()).toEqual(['a|b', 'a|c', 'a|d']);
    // perNode 2 adds b's second (b|c), c's second (a|c already), d's second (b|d vs c|d tie on jaccard: b|d by key)
    expect([...backboneEdges(edges, { alpha: 0, perNode: 2, rank: 'count' })].sort()).toEqual(['a|b', 'a|c', 'a|d', 'b|c', 'b|d']);
  });

  it('ranks by specificity (count x Jaccard) by default, so a hub does not take every concept\'s strongest link', () => {
    // hub h is co-mentioned with x, y and z 3 times each, at a low Jaccard (h is everywhere); x|y and y|z are rarer
    // (2) but specific to the pair (Jaccard 0.8)
    const edges = [e('h', 'x', 3, 0.1), e('h', 'y', 3, 0.1), e('h', 'z', 3, 0.1), e('x', 'y', 2, 0.8), e('y', 'z', 2, 0.8)];
    const only = { alpha: 0, perNode: 1 };
    // by count, each of x, y and z keeps its link to the hub
    expect([...backboneEdges(edges, { ...only, rank: 'count' })].sort()).toEqual(['h|x', 'h|y', 'h|z']);
    // by specificity: x|y and y|z, and the hub keeps one link (to x: ties by key)
    expect([...backboneEdges(edges, only)].sort()).toEqual(['h|x', 'x|y', 'y|z']);
  });

  it('validates its settings with a message naming the setting', () => {
    expect(() => resolveBackboneSettings({ alpha: 2 })).toThrow(BackboneSettingsError);
    expect(() => resolveBackboneSettings({ perNode: 1.5 })).toThrow(/perNode/);
    expect(() => resolveBackboneSettings({ rank: 'npmi' as 'count' })).toThrow(/rank/);
    expect(resolveBackboneSettings()).toEqual({ alpha: 0.05, perNode: 2, rank: 'specificity' });
  });

  const graphs = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 100 })), { maxLength: 40 })
    .map((list) => {
      const byKey = new Map<string, ReturnType<typeof e>>();
      for (const [x, y, w, j] of list) {
        if (x === y) continue;
        const [a, b] = [`n${x}`, `n${y}`].sort();
        byKey.set(`${a}|${b}`, e(a, b, w, j / 100));
      }
      return [...byKey.values()];
    });

  it('keeps every concept that has links connected, and the components of the full graph (property)', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 3 }), (edges, perNode) => {
        const kept = edges.filter((x) => backboneEdges(edges, { perNode }).has(x.key));
        const component = (list: typeof edges) => {
          const parent = new Map<string, string>();
          const find = (x: string): string => (parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)!));
          for (const x of list) parent.set(find(x.source), find(x.target));
          return (id: string) => find(id);
        };
        const full = component(edges);
        const back = component(kept);
        const ends = new Set(edges.flatMap((x) => [x.source, x.target]));
        for (const a of ends) {
          expect(kept.some((x) => x.source === a || x.target === a)).toBe(true);
          for (const b of ends) expect(full(a) === full(b)).toBe(back(a) === back(b));
        }
      }),
      { numRuns: runsOf(1 / 10) }
    );
  });

  it('does not depend on the order of the input (property)', () => {
    fc.assert(
      fc.property(graphs, (edges) => {
        const reversed = [...edges].reverse();
        expect([...backboneEdges(reversed)].sort()).toEqual([...backboneEdges(edges)].sort());
      }),
      { numRuns: runsOf(1 / 10) }
    );
  });
});
