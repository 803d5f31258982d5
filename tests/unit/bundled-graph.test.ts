/**
 * The bundled transcript end to end, in-process: the graph the page ships is built from real data and every
 * number in it can be traced back to the text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/lib/core/contract/schema';
import type { Catalog, SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { buildConceptGraph } from '../../src/lib/core/build';
import { normaliseSource } from '../../src/lib/core/source/decode';
import { conceptHierarchy, conceptPassages, descendants } from '../../src/lib/core/analysis/hierarchy';

const ROOT = resolve(__dirname, '../..');
const text = normaliseSource(readFileSync(resolve(ROOT, 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md'), 'utf8'));
const catalog: Catalog = JSON.parse(readFileSync(resolve(ROOT, 'data/concepts/econtalk-dwarkesh-scaling-era.concepts.json'), 'utf8'));
const source = { file: 'econtalk-dwarkesh-scaling-era.zh.md', sha256: '0'.repeat(64), catalog: 'c.json', catalogSha256: '1'.repeat(64) };

function build(unit: 'passage' | 'sentence' = 'passage'): SerializedConceptGraph {
  return buildConceptGraph({ text, catalog, source, parameters: { unit } }).graph;
}

describe('bundled graph', () => {
  const graph = build();
  const passages = new Map(graph.attributes.passages.map((p) => [p.id, p]));
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
  const conceptAliases = new Map(catalog.concepts.map((c) => [c.id, c.aliases.filter((a): a is string => typeof a === 'string').map((a) => a.toLowerCase())]));

  it('is valid per the contract schema', () => {
    const v = validateGraph(JSON.parse(JSON.stringify(graph)));
    expect(v.ok ? [] : v.problems.slice(0, 5)).toEqual([]);
  });

  it('has the interview structure: 7 interview sections, Russ and Dwarkesh as speakers', () => {
    const interview = graph.attributes.sections.find((s) => s.title.startsWith('AI访谈'))!;
    const children = graph.attributes.sections.filter((s) => s.parent === interview.id);
    expect(children.map((s) => s.title.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    const names = graph.attributes.speakers.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Russ', 'Dwarkesh']));
    const turns = graph.attributes.passages.filter((p) => p.kind === 'turn');
    expect(turns.length).toBe(98); // 50 Russ + 47 Dwarkesh + 1 narrator label lines in the file
  });

  it.each(['scaling', 'transformer', 'moravec-paradox', 'hive-mind', 'agi'])('the named concept %s has passages', (id) => {
    expect(nodes.get(id)?.passageCount ?? 0).toBeGreaterThan(2);
  });

  it('every mention is one of its concept aliases, at the stated offsets', () => {
    let count = 0;
    for (const [id, n] of nodes) {
      for (const m of n.mentions) {
        const p = passages.get(m.passage)!;
        expect(p.text.slice(m.start, m.end).toLowerCase(), `${id} in ${p.id}`).toBeOneOf(conceptAliases.get(id)!);
        expect(text.slice(p.start + m.start, p.start + m.end)).toBe(p.text.slice(m.start, m.end));
        count++;
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  it("every edge's evidence passages mention both ends, and its weight counts them", () => {
    for (const e of graph.edges) {
      for (const pid of e.attributes.passages) {
        expect(nodes.get(e.source)!.mentions.some((m) => m.passage === pid), `${e.key} ${pid}`).toBe(true);
        expect(nodes.get(e.target)!.mentions.some((m) => m.passage === pid), `${e.key} ${pid}`).toBe(true);
      }
      expect(e.attributes.weight).toBe(e.attributes.passages.length);
    }
  });

  it('has the scaling—transformer edge and the compute—scaling edge', () => {
    const keys = new Set(graph.edges.map((e) => e.key));
    expect(keys.has('scaling|transformer')).toBe(true);
    expect(keys.has('compute|scaling')).toBe(true);
  });

  it('longest match wins: 推理扩展 counts for inference scaling, not also for scaling', () => {
    const inf = nodes.get('inference-scaling')!;
    const scaling = nodes.get('scaling')!;
    for (const m of inf.mentions) {
      const overlapping = scaling.mentions.filter((s) => s.passage === m.passage && s.start < m.end && m.start < s.end);
      expect(overlapping).toEqual([]);
    }
  });

  it('counts passages by section and speaker consistently', () => {
    for (const [, n] of nodes) {
      expect(Object.values(n.bySection).reduce((a, b) => a + b, 0)).toBe(n.passageCount);
      expect(Object.values(n.bySpeaker).reduce((a, b) => a + b, 0)).toBe(n.passageCount);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(graph));
  });

  it('with the sentence unit, weights count sentences and never exceed the passage weights', () => {
    const s = build('sentence');
    const byKey = new Map(graph.edges.map((e) => [e.key, e.attributes.weight]));
    expect(s.edges.length).toBeGreaterThan(0);
    expect(s.edges.length).toBeLessThan(graph.edges.length);
    for (const e of s.edges) expect(byKey.get(e.key)).toBeGreaterThanOrEqual(e.attributes.passages.length);
    expect(s.attributes.unitCount).toBeGreaterThan(graph.attributes.unitCount);
  });
});

describe('bundled graph: titles and the concept hierarchy', () => {
  const graph = build();
  it('every section title is a heading passage, and its mentions count (二、 规模化的核心作用 (The Scaling Era) names scaling)', () => {
    const headings = graph.attributes.passages.filter((p) => p.kind === 'heading');
    expect(headings).toHaveLength(graph.attributes.sections.length);
    const titled = headings.find((p) => p.text === '二、 规模化的核心作用 (The Scaling Era)')!;
    const scaling = graph.nodes.find((n) => n.key === 'scaling')!.attributes;
    expect(scaling.mentions.some((m) => m.passage === titled.id)).toBe(true);
  });
  it('Scaling lists the passages of its narrower concepts (规模化时代, Pre-training Scaling), marked as such', () => {
    const h = conceptHierarchy(graph);
    expect(descendants(h, 'scaling')).toEqual(expect.arrayContaining(['scaling-era', 'pre-training-scaling', 'inference-scaling']));
    const own = conceptPassages(graph, 'scaling', false, h);
    const all = conceptPassages(graph, 'scaling', true, h);
    expect(own.map((p) => p.passage)).toEqual(graph.nodes.find((n) => n.key === 'scaling')!.attributes.mentions.map((m) => m.passage).filter((p, i, a) => a.indexOf(p) === i));
    const via = all.filter((p) => p.viaNarrower);
    expect(via.length).toBe(all.length - own.length);
    expect(via.length).toBeGreaterThan(0);
    for (const p of via) expect(p.mentions.every((m) => m.narrower && m.concept !== 'scaling')).toBe(true);
  });
});
