// The static facts of a loaded graph, checked against what the mini fixture holds (3 sections, the first one a
// briefing without speakers; 2 speakers; passages without a speaker in the briefing).
import { describe, expect, it } from 'vitest';
import { NONE_KEY } from '$lib/core/contract/types';
import { GraphIndex, NO_SPEAKER } from './graph-index';
import { englishMiniGraph, miniGraph } from './test-graphs';

describe('GraphIndex', () => {
  const g = miniGraph();
  const ix = new GraphIndex(g, 'mini');

  it('filter options: sections in document order with their nesting, speakers with counts, "No speaker" last', () => {
    expect(ix.sectionOptions.map((s) => [s.id, s.level, s.passageCount])).toEqual([
      ['s1', 0, 5],
      ['s2', 0, 7],
      ['s3', 1, 8]
    ]);
    expect(ix.speakerOptions.map((s) => [s.id, s.name, s.passageCount])).toEqual([
      ['russ', 'Russ', 7],
      ['dwarkesh', 'Dwarkesh', 8],
      [NONE_KEY, NO_SPEAKER, 5]
    ]);
    expect(NO_SPEAKER).toBe('No speaker');
  });

  it('kinds by count, then name; the largest co-mention count', () => {
    expect(ix.kindOptions).toEqual([
      { id: 'concept', count: 12 },
      { id: 'organization', count: 1 },
      { id: 'person', count: 1 }
    ]);
    expect(ix.maxWeight).toBe(2);
  });

  it('the sections with dialogue are the interview part with its subsection, a scope of its own', () => {
    expect([...ix.dialogue].sort()).toEqual(['s2', 's3']);
    expect(ix.dialogueIsScope).toBe(true);
  });

  it('"dialogue only" is no scope of its own when every passage is in a dialogue section', () => {
    const all = miniGraph();
    all.attributes.passages = all.attributes.passages.filter((p) => p.section !== 's1');
    expect(new GraphIndex(all).dialogueIsScope).toBe(false);
    const none = miniGraph();
    for (const p of none.attributes.passages) p.kind = 'paragraph';
    expect(new GraphIndex(none).dialogueIsScope).toBe(false);
  });

  it('names, document order and the whole graph by id', () => {
    expect(ix.sectionTitle('s3')).toBe('一、 引言与核心主题');
    expect(ix.sectionTitle('nope')).toBe('nope');
    expect(ix.speakerName('dwarkesh')).toBe('Dwarkesh');
    expect(ix.passageOrder('p2')).toBeLessThan(ix.passageOrder('p10'));
    expect(ix.baseNode('agi')?.attributes.label.en).toBe('AGI');
    expect(ix.known.edges.has('scaling|transformer')).toBe(true);
    expect(ix.known.sections).toEqual(new Set(['s1', 's2', 's3']));
  });

  it('labels default to the data: Chinese for the Chinese fixture, English for an English-only one', () => {
    expect(ix.language).toBe('zh');
    expect(ix.defaults.lang).toBe('zh');
    const en = new GraphIndex(englishMiniGraph());
    expect(en.language).toBe('en');
    expect(en.defaults.lang).toBe('en');
    expect(en.defaults.measure).toBe('count');
  });

  it('a section or speaker named like an Object property is counted like any other', () => {
    const g2 = miniGraph();
    g2.attributes.speakers[0].id = 'constructor';
    for (const p of g2.attributes.passages) if (p.speaker === 'russ') p.speaker = 'constructor';
    const ix2 = new GraphIndex(g2);
    expect(ix2.speakerOptions.find((s) => s.id === 'constructor')?.passageCount).toBe(7);
  });
});
