import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/lib/core/contract/schema';
import { computeLayout } from '../../src/lib/core/layout/initial';
import { handmadeGraph } from './helpers/handmade-graph';

describe('assembleGraph on a hand-made fixture', () => {
  const g = handmadeGraph();

  it('produces a graph that passes the contract schema and its reference checks', () => {
    const v = validateGraph(JSON.parse(JSON.stringify(g)));
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('sorts nodes by id and edges by key, keys are "a|b" with a < b', () => {
    expect(g.nodes.map((n) => n.key)).toEqual(['agi', 'compute', 'scaling', 'transformer']);
    expect(g.edges.map((e) => e.key)).toEqual(['agi|compute', 'agi|scaling', 'compute|scaling', 'scaling|transformer']);
    for (const e of g.edges) expect(e.key).toBe(`${e.source}|${e.target}`);
  });

  it('computes degree, weighted degree and betweenness', () => {
    const by = Object.fromEntries(g.nodes.map((n) => [n.key, n.attributes]));
    expect(by.scaling.degree).toBe(3);
    expect(by.scaling.weightedDegree).toBe(4);
    expect(by.transformer.degree).toBe(1);
    // scaling lies on every shortest path from transformer to the others: 2 of 3 pairs not involving itself.
    expect(by.scaling.betweenness).toBeCloseTo(2 / 3, 5);
    expect(by.transformer.betweenness).toBe(0);
  });

  it('keeps catalog facts and evidence on nodes', () => {
    const agi = g.nodes.find((n) => n.key === 'agi')!.attributes;
    expect(agi.aliases).toEqual(['AGI', '/A\\.?G\\.?I/i']);
    expect(agi.mentions).toEqual([
      { passage: 'p3', start: 0, end: 3 },
      { passage: 'p4', start: 9, end: 12 }
    ]);
    expect(g.nodes.find((n) => n.key === 'compute')!.attributes.broader).toBe('scaling');
  });

  it('numbers communities from the largest, and records the count', () => {
    const communities = g.nodes.map((n) => n.attributes.community);
    expect(Math.min(...communities)).toBe(0);
    expect(g.attributes.communityCount).toBe(new Set(communities).size);
  });

  it('is deterministic: same input, same bytes; another seed moves the layout', () => {
    expect(JSON.stringify(handmadeGraph())).toBe(JSON.stringify(g));
    const other = handmadeGraph(7);
    expect(other.nodes.map((n) => [n.attributes.x, n.attributes.y])).not.toEqual(g.nodes.map((n) => [n.attributes.x, n.attributes.y]));
  });

  it('lays out with finite, distinct positions', () => {
    const pos = g.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`);
    expect(new Set(pos).size).toBe(pos.length);
    for (const n of g.nodes) expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
  });
});

describe('computeLayout', () => {
  it('keeps nodes apart by at least their label room on a small graph', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, radius: 6, label: '莫拉维克悖论', community: i % 3 }));
    const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i].id, target: n.id, weight: 1 + (i % 3) }));
    const pos = computeLayout(nodes, edges, { seed: 1, ticks: 300 });
    const pts = [...pos.values()];
    let min = Infinity;
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) min = Math.min(min, Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y));
    expect(min).toBeGreaterThan(40);
  });
  it('handles an empty graph and a single node', () => {
    expect(computeLayout([], [], { seed: 1, ticks: 10 }).size).toBe(0);
    expect(computeLayout([{ id: 'a', radius: 5, label: 'A', community: 0 }], [], { seed: 1, ticks: 10 }).get('a')).toBeDefined();
  });
});
