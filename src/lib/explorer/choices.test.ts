// The user's choices: every filter change is normalised ("every id" is all = null) and announced once; the display
// choices start from the graph's defaults; the URL form lists ids in document order.
import { describe, expect, it } from 'vitest';
import { NONE_KEY } from '$lib/core/contract/types';
import { Choices } from './choices.svelte';
import { GraphIndex } from './graph-index';
import { DEFAULT_VIEW } from './url';
import { englishMiniGraph, miniGraph } from './test-graphs';

function make(graph = miniGraph()) {
  const index = new GraphIndex(graph, 'mini');
  let changes = 0;
  const c = new Choices(index, () => changes++);
  return { c, index, changes: () => changes };
}

describe('Choices', () => {
  it('start from the graph defaults: the whole graph, edge width by count, labels in the data’s language', () => {
    const { c, changes } = make();
    expect([c.sections, c.speakers, c.kinds, c.minWeight]).toEqual([null, null, null, 1]);
    expect([c.lang, c.measure, c.size]).toEqual(['zh', 'count', 'passages']);
    expect(c.filtered).toBe(false);
    expect(make(englishMiniGraph()).c.lang).toBe('en');
    expect(changes()).toBe(0);
  });

  it.each<[string, (c: Choices) => void, Partial<Record<'sections' | 'speakers' | 'kinds', string[] | null>> & { minWeight?: number }, number]>([
    ['untick a section', (c) => c.toggleSection('s1', false), { sections: ['s2', 's3'] }, 1],
    ['untick and tick it again: all', (c) => (c.toggleSection('s1', false), c.toggleSection('s1', true)), { sections: null }, 2],
    ['None', (c) => c.setSections([]), { sections: [] }, 1],
    ['every section is all', (c) => c.setSections(['s3', 's1', 's2']), { sections: null }, 1],
    ['untick a speaker', (c) => c.toggleSpeaker(NONE_KEY, false), { speakers: ['russ', 'dwarkesh'] }, 1],
    ['untick a kind', (c) => c.toggleKind('person', false), { kinds: ['concept', 'organization'] }, 1],
    ['minimum 2', (c) => c.setMinWeight(2), { minWeight: 2 }, 1],
    ['minimum clamped to the largest count', (c) => c.setMinWeight(99), { minWeight: 2 }, 1],
    ['the same minimum again is no change', (c) => c.setMinWeight(1), { minWeight: 1 }, 0],
    ['reset', (c) => (c.setSections([]), c.toggleKind('person', false), c.resetFilters()), { sections: null, kinds: null }, 3]
  ])('%s', (_n, act, want, calls) => {
    const { c, changes } = make();
    act(c);
    const p = c.params({ concept: null, edge: null });
    for (const [k, v] of Object.entries(want)) expect(p[k as keyof typeof p]).toEqual(v);
    expect(changes()).toBe(calls);
  });

  it('dialogue only: the sections with turns, recognised however they were chosen', () => {
    const { c, index } = make();
    c.setSections(index.dialogue);
    expect(c.isDialogueOnly).toBe(true);
    c.toggleSection('s3', false);
    expect(c.isDialogueOnly).toBe(false);
    c.toggleSection('s3', true);
    expect(c.isDialogueOnly).toBe(true);
    expect(c.filter.sections).toEqual(new Set(['s2', 's3']));
  });

  it('apply takes every choice of a parsed URL without announcing a change', () => {
    const { c, changes } = make();
    c.apply({ ...DEFAULT_VIEW, sections: ['s2'], speakers: [], kinds: ['concept'], minWeight: 2, lang: 'both', measure: 'npmi', size: 'degree', links: 'all' });
    expect(c.params({ concept: 'agi', edge: null })).toEqual({
      concept: 'agi',
      edge: null,
      sections: ['s2'],
      speakers: [],
      kinds: ['concept'],
      minWeight: 2,
      range: null,
      lang: 'both',
      measure: 'npmi',
      size: 'degree',
      links: 'all'
    });
    expect(c.filtered).toBe(true);
    expect(changes()).toBe(0);
  });

  it('a timeline range narrows the scope, in document order; the whole document is no range', () => {
    const { c, changes } = make();
    c.setRange({ from: 'p9', to: 'p6' });
    expect(c.range).toEqual({ from: 'p6', to: 'p9' });
    expect(c.filtered).toBe(true);
    expect(c.params({ concept: null, edge: null }).range).toEqual({ from: 'p6', to: 'p9' });
    c.setRange({ from: 'p6', to: 'p9' }); // the same range: no change
    c.setRange({ from: 'p1', to: 'p20' }); // the whole document
    expect(c.range).toBeNull();
    c.setRange({ from: 'p1', to: 'nope' }); // an unknown passage: ignored
    expect(c.range).toBeNull();
    c.setRange({ from: 'p2', to: 'p3' });
    c.resetFilters();
    expect(c.range).toBeNull();
    expect(changes()).toBe(4);
  });
});
