// The hand-made fixture must stay a valid graph per the contract, with the shape the explorer tests rely on.
import { describe, expect, it } from 'vitest';
import { validateGraph } from '$lib/core/contract/schema';
import mini from '../../fixtures/graphs/mini.graph.json';

describe('mini.graph.json fixture', () => {
  const v = validateGraph(mini);
  it('validates', () => {
    expect(v.ok ? [] : v.problems).toEqual([]);
  });
  it('has 10-15 bilingual concepts, 3 sections, 2 speakers, 20 passages', () => {
    if (!v.ok) throw new Error('invalid');
    const g = v.value;
    expect(g.nodes.length).toBeGreaterThanOrEqual(10);
    expect(g.nodes.length).toBeLessThanOrEqual(15);
    expect(g.nodes.every((n) => n.attributes.label.zh && n.attributes.label.en)).toBe(true);
    expect(g.attributes.sections).toHaveLength(3);
    expect(g.attributes.speakers).toHaveLength(2);
    expect(g.attributes.passages).toHaveLength(20);
    for (const id of ['scaling', 'transformer', 'moravec-paradox', 'hive-mind', 'agi']) expect(g.nodes.some((n) => n.key === id)).toBe(true);
    expect(g.edges.some((e) => e.key === 'scaling|transformer')).toBe(true);
  });
  it('mention offsets point at an alias in the passage text', () => {
    if (!v.ok) throw new Error('invalid');
    const text = new Map(v.value.attributes.passages.map((p) => [p.id, p.text]));
    for (const n of v.value.nodes)
      for (const m of n.attributes.mentions) {
        const s = text.get(m.passage)!.slice(m.start, m.end).toLowerCase();
        expect(n.attributes.aliases.map((a) => a.toLowerCase())).toContain(s);
      }
  });
});
