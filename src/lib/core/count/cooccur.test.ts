import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, passages } from '../../../../tests/fixtures/match/cooccur-fixture';
import type { Mention, Passage } from '../contract/types';
import { cooccur, type CooccurEdge, type CooccurResult } from './cooccur';
import { compileMatcher, matchPassages } from '../match';
import { splitSentences } from './units';

const { mentions, unmatched } = matchPassages(compileMatcher(catalog), passages);

/** Edges as plain [key, weight, jaccard, npmi, passages] rows, in Map order. */
const edgeRows = (r: CooccurResult) => [...r.edges].map(([k, e]) => [k, e.weight, e.jaccard, e.npmi, e.passages]);

describe('cooccur on the hand-made fixture', () => {
  it('the matcher finds the concepts the hand computation assumes', () => {
    // Concepts per passage:
    //   p1 {compute, scaling x2, transformer}   sentences: {scaling, compute} | {transformer, scaling}
    //   p2 {compute, scaling, alignment}         sentences: {compute, scaling} | {alignment}
    //   p3 {alignment}                           sentences: {alignment}
    //   p4 {transformer, compute}                sentences: {transformer, compute} | {}
    //   p5 {}                                    sentences: {}
    //   p6 {scaling, alignment, compute}         sentences: {scaling, alignment} | {compute}
    const perPassage = new Map<string, string[]>();
    for (const [id, list] of mentions) for (const m of list) perPassage.set(m.passage, [...(perPassage.get(m.passage) ?? []), id]);
    expect(Object.fromEntries([...perPassage].map(([p, ids]) => [p, ids.sort()]))).toEqual({
      p1: ['compute', 'scaling', 'scaling', 'transformer'],
      p2: ['alignment', 'compute', 'scaling'],
      p3: ['alignment'],
      p4: ['compute', 'transformer'],
      p6: ['alignment', 'compute', 'scaling']
    });
    expect(unmatched).toEqual(['unused']);
    expect(passages.map((p) => splitSentences(p.text).length)).toEqual([2, 2, 1, 2, 1, 2]);
  });

  it('passage unit: counts, weights, jaccard and npmi match the hand computation', () => {
    // N = 6 passages. Units per concept: alignment 3 (p2 p3 p6), compute 4 (p1 p2 p4 p6), scaling 3 (p1 p2 p6),
    // transformer 2 (p1 p4).
    //   pair                   w  jaccard = w/(ua+ub-w)   npmi = ln(w*N/(ua*ub)) / -ln(w/N)
    //   alignment|compute      2  2/(3+4-2) = 0.4        ln(12/12) = 0                        -> 0
    //   alignment|scaling      2  2/(3+3-2) = 0.5        ln(12/9)=0.287682 / ln 3=1.098612    -> 0.26186
    //   compute|scaling        3  3/(4+3-3) = 0.75       ln(18/12)=0.405465 / ln 2=0.693147   -> 0.584963
    //   compute|transformer    2  2/(4+2-2) = 0.5        ln(12/8)=0.405465 / ln 3=1.098612    -> 0.36907
    //   scaling|transformer    1  1/(3+2-1) = 0.25       ln(6/6) = 0                          -> 0
    //   alignment|transformer  0  (no edge)
    const r = cooccur({ passages, mentions, unit: 'passage' });
    expect(r.unitCount).toBe(6);
    expect(edgeRows(r)).toEqual([
      ['alignment|compute', 2, 0.4, 0, ['p2', 'p6']],
      ['alignment|scaling', 2, 0.5, 0.26186, ['p2', 'p6']],
      ['compute|scaling', 3, 0.75, 0.584963, ['p1', 'p2', 'p6']],
      ['compute|transformer', 2, 0.5, 0.36907, ['p1', 'p4']],
      ['scaling|transformer', 1, 0.25, 0, ['p1']]
    ]);
    const e = r.edges.get('compute|scaling') as CooccurEdge;
    expect([e.source, e.target]).toEqual(['compute', 'scaling']);
    expect([...r.concepts.keys()]).toEqual(['alignment', 'compute', 'scaling', 'transformer']);
    expect(Object.fromEntries(r.concepts)).toEqual({
      alignment: { passageCount: 3, unitCount: 3, mentionCount: 3, bySection: { _none: 1, s1: 1, s2: 1 }, bySpeaker: { dwarkesh: 3 } },
      compute: { passageCount: 4, unitCount: 4, mentionCount: 4, bySection: { _none: 1, s1: 2, s2: 1 }, bySpeaker: { dwarkesh: 2, russ: 2 } },
      scaling: { passageCount: 3, unitCount: 3, mentionCount: 4, bySection: { _none: 1, s1: 2 }, bySpeaker: { dwarkesh: 2, russ: 1 } },
      transformer: { passageCount: 2, unitCount: 2, mentionCount: 2, bySection: { s1: 1, s2: 1 }, bySpeaker: { russ: 2 } }
    });
  });

  it('sentence unit: counts, weights, jaccard and npmi match the hand computation', () => {
    // N = 2+2+1+2+1+2 = 10 sentences. Units per concept: alignment 3 (p2s2 p3s1 p6s1), compute 4 (p1s1 p2s1 p4s1
    // p6s2), scaling 4 (p1s1 p1s2 p2s1 p6s1), transformer 2 (p1s2 p4s1).
    //   pair                 w  jaccard              npmi = ln(w*N/(ua*ub)) / -ln(w/N)
    //   alignment|scaling    1  1/(3+4-1) = 0.166667 ln(10/12)=-0.182322 / ln 10=2.302585 -> -0.079181
    //   compute|scaling      2  2/(4+4-2) = 0.333333 ln(20/16)=0.223144 / ln 5=1.609438   -> 0.138647
    //   compute|transformer  1  1/(4+2-1) = 0.2      ln(10/8)=0.223144 / ln 10=2.302585   -> 0.09691
    //   scaling|transformer  1  1/(4+2-1) = 0.2      ln(10/8)=0.223144 / ln 10=2.302585   -> 0.09691
    //   alignment|compute    0 (p2 and p6 hold both, but never in one sentence)
    const r = cooccur({ passages, mentions, unit: 'sentence' });
    expect(r.unitCount).toBe(10);
    expect(edgeRows(r)).toEqual([
      ['alignment|scaling', 1, 0.166667, -0.079181, ['p6']],
      ['compute|scaling', 2, 0.333333, 0.138647, ['p1', 'p2']],
      ['compute|transformer', 1, 0.2, 0.09691, ['p4']],
      ['scaling|transformer', 1, 0.2, 0.09691, ['p1']]
    ]);
    expect(Object.fromEntries([...r.concepts].map(([id, c]) => [id, [c.passageCount, c.unitCount, c.mentionCount]]))).toEqual({
      alignment: [3, 3, 3],
      compute: [4, 4, 4],
      scaling: [3, 4, 4],
      transformer: [2, 2, 2]
    });
  });

  it('a subset of passages recounts everything over that subset only', () => {
    // Scope {p1, p4}: N = 2; compute 2, scaling 1, transformer 2; alignment absent.
    //   compute|scaling      1  1/(2+1-1) = 0.5  ln(2/2) = 0            -> 0
    //   compute|transformer  2  2/(2+2-2) = 1    p(ab) = 2/2 = 1        -> 1 (by definition)
    //   scaling|transformer  1  1/(1+2-1) = 0.5  ln(2/2) = 0            -> 0
    const r = cooccur({ passages: passages.filter((p) => p.id === 'p1' || p.id === 'p4'), mentions, unit: 'passage' });
    expect(r.unitCount).toBe(2);
    expect(edgeRows(r)).toEqual([
      ['compute|scaling', 1, 0.5, 0, ['p1']],
      ['compute|transformer', 2, 1, 1, ['p1', 'p4']],
      ['scaling|transformer', 1, 0.5, 0, ['p1']]
    ]);
    expect([...r.concepts.keys()]).toEqual(['compute', 'scaling', 'transformer']);
    expect(r.concepts.get('compute')).toEqual({ passageCount: 2, unitCount: 2, mentionCount: 2, bySection: { s1: 1, s2: 1 }, bySpeaker: { russ: 2 } });
    expect(r.concepts.get('scaling')?.mentionCount).toBe(2);
  });

  it('passage order of the input decides the order of edge passages', () => {
    const reversed = [...passages].reverse();
    const r = cooccur({ passages: reversed, mentions, unit: 'passage' });
    expect(r.edges.get('compute|scaling')?.passages).toEqual(['p6', 'p2', 'p1']);
  });

  it('empty scope and empty mentions', () => {
    expect(cooccur({ passages: [], mentions, unit: 'passage' })).toEqual({ unitCount: 0, concepts: new Map(), edges: new Map() });
    const r = cooccur({ passages, mentions: new Map(), unit: 'sentence' });
    expect(r.unitCount).toBe(10);
    expect(r.concepts.size).toBe(0);
    expect(r.edges.size).toBe(0);
  });
});

describe('cooccur ordering and edge cases', () => {
  const P = (id: string, text: string): Passage => ({ id, kind: 'paragraph', section: null, speaker: null, text, start: 0, end: text.length, lineStart: 1, lineEnd: 1, time: null });

  it('sorts concepts and edge keys by code unit ("a-b|c" before "a|c")', () => {
    const m = new Map<string, Mention[]>([
      ['c', [{ passage: 'p1', start: 4, end: 5 }]],
      ['a-b', [{ passage: 'p1', start: 2, end: 3 }]],
      ['a', [{ passage: 'p1', start: 0, end: 1 }]]
    ]);
    const r = cooccur({ passages: [P('p1', 'x y z')], mentions: m, unit: 'passage' });
    expect([...r.concepts.keys()]).toEqual(['a', 'a-b', 'c']);
    expect([...r.edges.keys()]).toEqual(['a-b|c', 'a|a-b', 'a|c']);
    for (const e of r.edges.values()) expect(e.source < e.target).toBe(true);
  });

  it('a mention whose start falls between sentences belongs to the previous one', () => {
    // Sentences "A." [0,2) and "B." [3,5); a mention starting at the space (3rd unit) counts in sentence 1.
    const m = new Map<string, Mention[]>([
      ['x', [{ passage: 'p1', start: 0, end: 1 }]],
      ['y', [{ passage: 'p1', start: 2, end: 4 }]],
      ['z', [{ passage: 'p1', start: 3, end: 4 }]]
    ]);
    const r = cooccur({ passages: [P('p1', 'A. B.')], mentions: m, unit: 'sentence' });
    expect([...r.edges.keys()]).toEqual(['x|y']);
  });

  it('mentions of passages outside the scope are ignored; a concept with none in scope is absent', () => {
    const m = new Map<string, Mention[]>([
      ['x', [{ passage: 'p1', start: 0, end: 1 }, { passage: 'p9', start: 0, end: 1 }]],
      ['y', [{ passage: 'p9', start: 0, end: 1 }]]
    ]);
    const r = cooccur({ passages: [P('p1', 'abc')], mentions: m, unit: 'passage' });
    expect([...r.concepts.keys()]).toEqual(['x']);
    expect(r.concepts.get('x')?.mentionCount).toBe(1);
    expect(r.edges.size).toBe(0);
  });

  it('npmi is 1 when the pair is in every unit; a concept mentioned twice in a unit counts once', () => {
    const m = new Map<string, Mention[]>([
      ['x', [{ passage: 'p1', start: 0, end: 1 }, { passage: 'p1', start: 1, end: 2 }]],
      ['y', [{ passage: 'p1', start: 2, end: 3 }]]
    ]);
    const r = cooccur({ passages: [P('p1', 'abc')], mentions: m, unit: 'passage' });
    expect(r.edges.get('x|y')).toEqual({ source: 'x', target: 'y', weight: 1, jaccard: 1, npmi: 1, passages: ['p1'] });
    expect(r.concepts.get('x')?.mentionCount).toBe(2);
    expect(r.concepts.get('x')?.unitCount).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property: edge weights and counts equal a brute-force recount
// ---------------------------------------------------------------------------------------------------------------

const round6 = (x: number) => {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
};

function bruteForce(scope: Passage[], all: Map<string, Mention[]>, unit: 'passage' | 'sentence') {
  // Every unit as [passage id, set of concepts].
  const units: [string, Set<string>][] = [];
  for (const p of scope) {
    const inP = [...all].flatMap(([id, list]) => list.filter((m) => m.passage === p.id).map((m) => [id, m.start] as const));
    if (unit === 'passage') {
      units.push([p.id, new Set(inP.map(([id]) => id))]);
    } else {
      const sentences = splitSentences(p.text);
      sentences.forEach((s, i) => {
        const set = new Set<string>();
        for (const [id, start] of inP) {
          let owner = 0;
          sentences.forEach((t, j) => {
            if (t.start <= start) owner = j;
          });
          if (owner === i) set.add(id);
        }
        units.push([p.id, set]);
      });
    }
  }
  const ids = [...all.keys()].sort();
  const uc = (id: string) => units.filter(([, s]) => s.has(id)).length;
  const edges: Record<string, { weight: number; jaccard: number; npmi: number; passages: string[] }> = {};
  for (const a of ids)
    for (const b of ids) {
      if (!(a < b)) continue;
      const both = units.filter(([, s]) => s.has(a) && s.has(b));
      if (both.length === 0) continue;
      const w = both.length;
      const N = units.length;
      const ua = uc(a);
      const ub = uc(b);
      const npmi = w === N ? 1 : round6(Math.log(w / N / ((ua / N) * (ub / N))) / -Math.log(w / N));
      edges[`${a}|${b}`] = { weight: w, jaccard: round6(w / (ua + ub - w)), npmi, passages: [...new Set(both.map(([p]) => p))] };
    }
  const counts: Record<string, [number, number, number]> = {};
  for (const id of ids) {
    const inScope = (all.get(id) ?? []).filter((m) => scope.some((p) => p.id === m.passage));
    if (inScope.length === 0) continue;
    counts[id] = [new Set(inScope.map((m) => m.passage)).size, uc(id), inScope.length];
  }
  return { N: units.length, edges, counts };
}

describe('cooccur property', () => {
  const textArb = fc.array(fc.constantFrom('a', 'b', ' ', '。', '. ', '！', '\n', '中', '?'), { maxLength: 20 }).map((p) => p.join(''));
  const inputArb = fc
    .tuple(fc.array(textArb, { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 5 }))
    .chain(([texts, k]) => {
      const ps = texts.map((t, i): Passage => ({ id: `p${i + 1}`, kind: 'paragraph', section: i % 2 ? 's1' : null, speaker: i % 3 ? 'x' : null, text: t, start: 0, end: t.length, lineStart: 1, lineEnd: 1, time: null }));
      const mention = fc.integer({ min: 0, max: ps.length - 1 }).chain((pi) =>
        fc.integer({ min: 0, max: Math.max(0, ps[pi].text.length - 1) }).map((start): Mention => ({ passage: ps[pi].id, start, end: start + 1 }))
      );
      const ids = Array.from({ length: k }, (_, i) => `k${i}`);
      return fc.tuple(
        fc.constant(ps),
        fc.tuple(...ids.map(() => fc.array(mention, { maxLength: 6 }))).map((lists) => new Map(ids.map((id, i) => [id, lists[i]]))),
        fc.subarray(ps, { minLength: 0 }),
        fc.constantFrom('passage' as const, 'sentence' as const)
      );
    });

  it('equals a brute-force recount (weights, passages, jaccard, npmi, node counts) on any scope', () => {
    fc.assert(
      fc.property(inputArb, ([, all, scope, unit]) => {
        const r = cooccur({ passages: scope, mentions: all, unit });
        const expected = bruteForce(scope, all, unit);
        expect(r.unitCount).toBe(expected.N);
        expect(Object.fromEntries([...r.edges].map(([k, e]) => [k, { weight: e.weight, jaccard: e.jaccard, npmi: e.npmi, passages: e.passages }]))).toEqual(expected.edges);
        expect(Object.fromEntries([...r.concepts].map(([id, c]) => [id, [c.passageCount, c.unitCount, c.mentionCount]]))).toEqual(expected.counts);
        const keys = [...r.edges.keys()];
        expect(keys).toEqual([...keys].sort());
        for (const e of r.edges.values()) {
          expect(e.jaccard).toBeGreaterThan(0);
          expect(e.jaccard).toBeLessThanOrEqual(1);
          expect(e.npmi).toBeGreaterThanOrEqual(-1);
          expect(e.npmi).toBeLessThanOrEqual(1);
        }
      })
    );
  });
});
