import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { ariaSort, conceptRows, edgeRows, nextSort, sortConceptRows, sortEdgeRows, type ConceptSortKey, type EdgeSortKey, type Sort } from './tables';

const g = mini as unknown as SerializedConceptGraph;
const byId = new Map(g.nodes.map((n) => [n.key, n]));

describe('concept rows', () => {
  const rows = conceptRows(g.nodes, 'en', 'betweenness');
  it('one row per concept with label, kind, passages, degree and the size measure', () => {
    expect(rows).toHaveLength(g.nodes.length);
    expect(rows.find((r) => r.id === 'compute')).toEqual({ id: 'compute', label: 'Compute', kind: 'concept', passages: 5, degree: 5, measure: 0.538462, community: byId.get('compute')!.attributes.community });
  });
  it('labels follow the language setting', () => {
    expect(conceptRows(g.nodes, 'zh', 'passages').find((r) => r.id === 'hive-mind')!.label).toBe('蜂巢思维');
    expect(conceptRows(g.nodes, 'both', 'passages').find((r) => r.id === 'hive-mind')!.label).toBe('蜂巢思维 / Hive mind');
  });
  it.each<[ConceptSortKey, 'asc' | 'desc', string[]]>([
    ['passages', 'desc', ['scaling', 'compute', 'agi', 'hive-mind', 'transformer']],
    ['passages', 'asc', ['anthropic', 'transhumanism', 'common-sense']],
    ['degree', 'desc', ['scaling', 'compute']],
    ['label', 'asc', ['agi', 'anthropic', 'common-sense', 'compute', 'computer-use']],
    ['label', 'desc', ['transhumanism', 'transformer', 'asi']],
    ['kind', 'asc', ['agi', 'common-sense', 'compute']],
    ['kind', 'desc', ['dario-amodei', 'anthropic', 'agi']],
    ['measure', 'desc', ['compute', 'scaling', 'computer-use', 'hive-mind']]
  ])('sort by %s %s', (key, dir, first) => {
    expect(sortConceptRows(rows, { key, dir }).map((r) => r.id).slice(0, first.length)).toEqual(first);
  });
  it('ties are broken by label (always A..Z), so the order is total and stable', () => {
    const a = sortConceptRows(rows, { key: 'passages', dir: 'desc' }).map((r) => r.id);
    const b = sortConceptRows([...rows].reverse(), { key: 'passages', dir: 'desc' }).map((r) => r.id);
    expect(a).toEqual(b);
  });
  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortConceptRows(rows, { key: 'label', dir: 'desc' });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('edge rows', () => {
  const rows = edgeRows(g.edges, byId, 'en');
  it('one row per edge whose ends are in view, labelled by both ends', () => {
    expect(rows).toHaveLength(g.edges.length);
    expect(rows.find((r) => r.key === 'llm|transformer')).toEqual({
      key: 'llm|transformer',
      source: 'llm',
      target: 'transformer',
      a: 'Large language model',
      b: 'Transformer',
      label: 'Large language model + Transformer',
      weight: 2,
      jaccard: 0.666667,
      npmi: 0.823909
    });
    const without = new Map(byId);
    without.delete('agi');
    expect(edgeRows(g.edges, without, 'en').some((r) => r.source === 'agi' || r.target === 'agi')).toBe(false);
  });
  it.each<[EdgeSortKey, 'asc' | 'desc', string[]]>([
    ['npmi', 'desc', ['common-sense|moravec-paradox', 'llm|transformer', 'anthropic|dario-amodei']],
    ['npmi', 'asc', ['scaling|transformer', 'compute|hive-mind']],
    ['jaccard', 'desc', ['common-sense|moravec-paradox', 'llm|transformer']],
    ['weight', 'desc', ['common-sense|moravec-paradox', 'compute|scaling', 'llm|transformer', 'asi|hive-mind']],
    ['label', 'asc', ['agi|hive-mind', 'agi|inference-scaling', 'agi|transhumanism', 'anthropic|dario-amodei']]
  ])('sort by %s %s', (key, dir, first) => {
    expect(sortEdgeRows(rows, { key, dir }).map((r) => r.key).slice(0, first.length)).toEqual(first);
  });
});

describe('header clicks', () => {
  it.each<[Sort<ConceptSortKey | EdgeSortKey>, ConceptSortKey | EdgeSortKey, Sort<string>]>([
    [{ key: 'passages', dir: 'desc' }, 'passages', { key: 'passages', dir: 'asc' }],
    [{ key: 'passages', dir: 'asc' }, 'passages', { key: 'passages', dir: 'desc' }],
    [{ key: 'passages', dir: 'asc' }, 'label', { key: 'label', dir: 'asc' }],
    [{ key: 'label', dir: 'asc' }, 'degree', { key: 'degree', dir: 'desc' }],
    [{ key: 'npmi', dir: 'desc' }, 'weight', { key: 'weight', dir: 'desc' }]
  ])('%j then %s gives %j', (cur, key, next) => expect(nextSort(cur, key)).toEqual(next));
  it.each<[Sort<string>, string, string]>([
    [{ key: 'label', dir: 'asc' }, 'label', 'ascending'],
    [{ key: 'label', dir: 'desc' }, 'label', 'descending'],
    [{ key: 'label', dir: 'desc' }, 'kind', 'none']
  ])('aria-sort of %j on %s is %s', (cur, key, v) => expect(ariaSort(cur, key)).toBe(v));
});
