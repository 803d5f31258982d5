import { describe, expect, it } from 'vitest';
import { validateGraph } from '$lib/core/contract/schema';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import mini from '../../../../tests/fixtures/graphs/mini.graph.json';
import { deriveFilteredGraph, EMPTY_FILTER, interviewSections, isIdentityFilter, passagesInScope, sectionOptions, type Filter } from './recount';

const graph = mini as unknown as SerializedConceptGraph;
const F = (f: Partial<Filter>): Filter => ({ ...EMPTY_FILTER, ...f });
const node = (g: SerializedConceptGraph, id: string) => g.nodes.find((n) => n.key === id);

describe('scope', () => {
  it.each<[string, Partial<Filter>, number]>([
    ['all', {}, 20],
    ['briefing only', { sections: new Set(['s1']) }, 5],
    ['interview sections', { sections: new Set(['s2', 's3']) }, 15],
    ['no section', { sections: new Set() }, 0],
    ['Russ', { speakers: new Set(['russ']) }, 7],
    ['no speaker (narration)', { speakers: new Set(['_none']) }, 5],
    ['Russ in s3', { sections: new Set(['s3']), speakers: new Set(['russ']) }, 4],
    ['timeline range p6..p12', { range: { from: 'p6', to: 'p12' } }, 7],
    ['range given backwards', { range: { from: 'p12', to: 'p6' } }, 7],
    ['range and speaker', { range: { from: 'p6', to: 'p12' }, speakers: new Set(['russ']) }, 3],
    ['range naming an unknown passage: everything', { range: { from: 'p6', to: 'p99' } }, 20]
  ])('%s -> %d passages', (_n, f, count) => expect(passagesInScope(graph.attributes.passages, F(f))).toHaveLength(count));

  it('section options keep document order and indent children', () => {
    expect(sectionOptions(graph.attributes.sections, graph.attributes.passages).map((o) => [o.id, o.level, o.passageCount])).toEqual([
      ['s1', 0, 5],
      ['s2', 0, 7],
      ['s3', 1, 8]
    ]);
  });
  it('interview = top-level parts whose subtree has turns', () => {
    expect([...interviewSections(graph.attributes.sections, graph.attributes.passages)].sort()).toEqual(['s2', 's3']);
  });
  it('identity filter', () => {
    expect(isIdentityFilter(EMPTY_FILTER)).toBe(true);
    expect(isIdentityFilter(F({ minWeight: 2 }))).toBe(false);
    expect(isIdentityFilter(F({ range: { from: 'p1', to: 'p2' } }))).toBe(false);
  });
});

describe('deriveFilteredGraph', () => {
  it('identity: same nodes and edges, positions from the view', () => {
    const g = deriveFilteredGraph(graph, EMPTY_FILTER, { positions: new Map([['agi', { x: 1, y: 2 }]]) });
    expect(g.nodes).toHaveLength(graph.nodes.length);
    expect(g.edges).toBe(graph.edges);
    expect(node(g, 'agi')!.attributes).toMatchObject({ x: 1, y: 2 });
    expect(node(graph, 'agi')!.attributes.x).not.toBe(1);
  });
  it('recounts with cooccur over the passages in scope; concepts without mentions leave', () => {
    const g = deriveFilteredGraph(graph, F({ sections: new Set(['s2', 's3']) }));
    expect(node(g, 'transhumanism')).toBeUndefined(); // only mentioned in the briefing
    expect(node(g, 'scaling')!.attributes.passageCount).toBe(5);
    expect(node(g, 'scaling')!.attributes.bySection).toEqual({ s2: 4, s3: 1 });
    expect(g.attributes.passages).toHaveLength(15);
    expect(g.attributes.unitCount).toBe(15);
    for (const m of node(g, 'hive-mind')!.attributes.mentions) expect(['p17', 'p18', 'p19']).toContain(m.passage);
    expect(validateGraph(JSON.parse(JSON.stringify(g))).ok).toBe(true);
  });
  it('a timeline range recounts like a section filter over the same passages', () => {
    const byRange = deriveFilteredGraph(graph, F({ range: { from: 'p6', to: 'p20' } }));
    const bySections = deriveFilteredGraph(graph, F({ sections: new Set(['s2', 's3']) }));
    expect(byRange.attributes.passages.map((p) => p.id)).toEqual(bySections.attributes.passages.map((p) => p.id));
    expect(byRange.nodes).toEqual(bySections.nodes);
    expect(byRange.edges).toEqual(bySections.edges);
  });
  it('edge weights are recomputed, not just hidden', () => {
    const before = graph.edges.find((e) => e.key === 'compute|scaling')!.attributes;
    const g = deriveFilteredGraph(graph, F({ speakers: new Set(['dwarkesh']) }));
    const after = g.edges.find((e) => e.key === 'compute|scaling')!.attributes;
    expect(after.weight).toBeLessThanOrEqual(before.weight);
    expect(after.npmi).not.toBe(before.npmi);
    expect(after.passages.every((p) => graph.attributes.passages.find((q) => q.id === p)!.speaker === 'dwarkesh')).toBe(true);
  });
  it('kind filter drops concepts of other kinds and their edges', () => {
    const g = deriveFilteredGraph(graph, F({ kinds: new Set(['concept']) }));
    expect(g.nodes.every((n) => n.attributes.kind === 'concept')).toBe(true);
    expect(g.edges.every((e) => !e.key.includes('anthropic'))).toBe(true);
  });
  it('minimum weight drops edges and recomputes degree', () => {
    const g = deriveFilteredGraph(graph, F({ minWeight: 2 }));
    expect(g.edges.every((e) => e.attributes.weight >= 2)).toBe(true);
    expect(g.nodes).toHaveLength(graph.nodes.length);
    for (const n of g.nodes) expect(n.attributes.degree).toBe(g.edges.filter((e) => e.source === n.key || e.target === n.key).length);
  });
  it('empty scope -> empty graph, still valid', () => {
    const g = deriveFilteredGraph(graph, F({ sections: new Set() }));
    expect(g.nodes).toEqual([]);
    expect(g.edges).toEqual([]);
    expect(validateGraph(JSON.parse(JSON.stringify(g))).ok).toBe(true);
  });
  it('does not mutate the input', () => {
    const copy = JSON.stringify(graph);
    deriveFilteredGraph(graph, F({ sections: new Set(['s1']), minWeight: 2 }), { positions: new Map([['agi', { x: 9, y: 9 }]]) });
    expect(JSON.stringify(graph)).toBe(copy);
  });
});
