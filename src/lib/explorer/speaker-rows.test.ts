import { describe, expect, it } from 'vitest';
import { tinyGraph } from '../../../tests/fixtures/analysis/tiny-graph';
import { nextSpeakerSort, sortSpeakerRows, speakerRows } from './speaker-rows';

// Russ and Dwarkesh talk, a narrator (no speaker) introduces; Guest never mentions a concept (no column).
//   p1 narrator: ai | p2 russ: ai, gpu | p3 dwarkesh: scaling | p4 dwarkesh: ai, scaling | p5 russ: ai
const graph = tinyGraph({
  speakers: [
    { id: 'russ', name: 'Russ', role: 'host' },
    { id: 'dwarkesh', name: 'Dwarkesh', role: 'guest' },
    { id: 'guest', name: 'Guest', role: null }
  ],
  passages: [
    { id: 'p1', speaker: null },
    { id: 'p2', speaker: 'russ' },
    { id: 'p3', speaker: 'dwarkesh' },
    { id: 'p4', speaker: 'dwarkesh' },
    { id: 'p5', speaker: 'russ' },
    { id: 'p6', speaker: 'guest' }
  ],
  concepts: [
    { id: 'ai', in: ['p1', 'p2', 'p4', 'p5'] },
    { id: 'scaling', in: ['p3', 'p4'] },
    { id: 'gpu', in: ['p2'] }
  ]
});

describe('speakerRows', () => {
  const t = speakerRows(graph, 'en');
  it('has a column per speaker who mentions something, then "no speaker"', () => {
    expect(t.cols).toEqual([
      { id: 'russ', name: 'Russ' },
      { id: 'dwarkesh', name: 'Dwarkesh' },
      { id: '_none', name: 'No speaker' }
    ]);
  });
  it('counts each speaker\'s passages per concept and says who first brought it up', () => {
    const by = new Map(t.rows.map((r) => [r.id, r]));
    expect(by.get('ai')!.counts).toEqual({ _none: 1, russ: 2, dwarkesh: 1 });
    expect([by.get('ai')!.firstName, by.get('ai')!.firstPassage, by.get('ai')!.total]).toEqual(['No speaker', 'p1', 4]);
    expect([by.get('scaling')!.first, by.get('scaling')!.counts]).toEqual(['dwarkesh', { dwarkesh: 2 }]);
    expect(by.get('gpu')!.firstName).toBe('Russ');
  });
  it('sorts by a speaker\'s column (largest first, ties by label), by who first, and flips on a second click', () => {
    const byRuss = nextSpeakerSort({ key: 'total', dir: 'desc' }, 's:russ');
    expect(byRuss).toEqual({ key: 's:russ', dir: 'desc' });
    expect(sortSpeakerRows(t.rows, byRuss).map((r) => r.id)).toEqual(['ai', 'gpu', 'scaling']);
    expect(sortSpeakerRows(t.rows, nextSpeakerSort(byRuss, 's:russ')).map((r) => r.id)).toEqual(['scaling', 'gpu', 'ai']);
    expect(sortSpeakerRows(t.rows, { key: 's:dwarkesh', dir: 'desc' }).map((r) => r.id)).toEqual(['scaling', 'ai', 'gpu']);
    expect(sortSpeakerRows(t.rows, nextSpeakerSort(byRuss, 'first')).map((r) => r.firstName)).toEqual(['Dwarkesh', 'No speaker', 'Russ']);
    expect(sortSpeakerRows(t.rows, { key: 'label', dir: 'asc' }).map((r) => r.id)).toEqual(['ai', 'gpu', 'scaling']);
  });
});
