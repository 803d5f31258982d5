import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { buildSearchIndex, normalise, searchConcepts } from './search';

const index = buildSearchIndex((mini as unknown as SerializedConceptGraph).nodes);

describe('searchConcepts', () => {
  it.each<[string, string, string | null]>([
    ['Chinese label', '蜂巢', 'hive-mind'],
    ['English label, any case', 'hive', 'hive-mind'],
    ['alias', 'moravec悖论', 'moravec-paradox'],
    ['exact beats prefix', 'agi', 'agi'],
    ['full-width letters', 'ＡＧＩ', 'agi'],
    ['id', 'moravec-paradox', 'moravec-paradox'],
    ['nothing', 'zzzz', null],
    ['blank', '   ', null]
  ])('%s: %s', (_n, q, first) => {
    const hits = searchConcepts(index, q);
    expect(hits[0]?.id ?? null).toBe(first);
  });
  it('says which alias matched', () => {
    expect(searchConcepts(index, 'llm')[0]).toMatchObject({ id: 'llm', via: 'LLM' });
  });
  it('normalises', () => expect(normalise('  Ｈｉｖｅ   Mind ')).toBe('hive mind'));
});
