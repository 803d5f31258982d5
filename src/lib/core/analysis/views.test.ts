import { describe, expect, it } from 'vitest';
import { speakerTable } from './speakers';
import { ancestors, conceptHierarchy, conceptPassages, descendants } from './hierarchy';
import { axisTimes, formatTime, passagesInRange, rangeOfSpan, spanOfRange, tickAt, tickRuns, timelineModel } from './timeline';
import { tinyGraph } from '../../../../tests/fixtures/analysis/tiny-graph';

// A short conversation: two sections, two speakers and a narrator.
//   s1 "Intro" (time 0):      p1 narrator (10 chars), p2 russ, p3 dwarkesh
//   s2 "Scaling" (time 125):  p4 dwarkesh, p5 russ (time 130), p6 narrator
const sections = [
  { id: 's1', title: 'Intro', parent: null, order: 0, depth: 2, time: 0, line: 1 },
  { id: 's2', title: 'Scaling', parent: null, order: 1, depth: 2, time: 125, line: 9 },
  { id: 's2a', title: 'Detail', parent: 's2', order: 2, depth: 3, time: null, line: 12 }
];
const speakers = [
  { id: 'russ', name: 'Russ', role: 'host' },
  { id: 'dwarkesh', name: 'Dwarkesh', role: 'guest' }
];
const T = (text: string) => text.padEnd(18, '.');
const graph = tinyGraph({
  sections,
  speakers,
  passages: [
    { id: 'p1', section: 's1', speaker: null, text: T('p1'), start: 0, time: 0 },
    { id: 'p2', section: 's1', speaker: 'russ', text: T('p2'), start: 20, time: 0 },
    { id: 'p3', section: 's1', speaker: 'dwarkesh', text: T('p3'), start: 40, time: 0 },
    { id: 'p4', section: 's2', speaker: 'dwarkesh', text: T('p4'), start: 60, time: 125 },
    { id: 'p5', section: 's2a', speaker: 'russ', text: T('p5'), start: 80, time: 130 },
    { id: 'p6', section: 's2a', speaker: null, text: T('p6'), start: 100, time: 130 }
  ],
  concepts: [
    { id: 'ai', in: ['p2', 'p4', 'p5', 'p5'] },
    { id: 'scaling', broader: 'ai', in: ['p3', 'p4', 'p6'] },
    { id: 'inference', broader: 'scaling', in: ['p5'] },
    { id: 'gpu', broader: 'compute', in: ['p1'] }
  ]
});

describe('speakerTable', () => {
  const t = speakerTable(graph);
  it('has a column per speaker, then "no speaker", with their passage counts', () => {
    expect(t.columns.map((c) => [c.id, c.name, c.passages])).toEqual([
      ['russ', 'Russ', 2],
      ['dwarkesh', 'Dwarkesh', 2],
      ['_none', 'No speaker', 2]
    ]);
  });
  it('counts passages and mentions per speaker and says who mentioned each concept first', () => {
    const ai = t.rows.find((r) => r.concept === 'ai')!;
    expect(Object.fromEntries(ai.cells)).toEqual({ russ: { passages: ['p2', 'p5'], mentions: 3 }, dwarkesh: { passages: ['p4'], mentions: 1 } });
    expect([ai.first, ai.firstPassage, ai.total]).toEqual(['russ', 'p2', 3]);
    const scaling = t.rows.find((r) => r.concept === 'scaling')!;
    expect([scaling.first, scaling.firstPassage, scaling.total]).toEqual(['dwarkesh', 'p3', 3]);
    expect(t.rows.map((r) => r.concept)).toEqual(['ai', 'scaling', 'gpu', 'inference']);
  });
  it('ignores mentions in passages out of scope (a filtered graph keeps fewer passages)', () => {
    const scoped = { ...graph, attributes: { ...graph.attributes, passages: graph.attributes.passages.slice(3) } };
    const ai = speakerTable(scoped).rows.find((r) => r.concept === 'ai')!;
    expect([ai.first, ai.total]).toEqual(['dwarkesh', 2]);
  });
});

describe('hierarchy', () => {
  const h = conceptHierarchy(graph);
  it('links broader and narrower, and names broader ids absent from the graph', () => {
    expect(h.narrower.get('ai')).toEqual(['scaling']);
    expect(h.narrower.get('scaling')).toEqual(['inference']);
    expect(descendants(h, 'ai')).toEqual(['scaling', 'inference']);
    expect(ancestors(h, 'inference')).toEqual(['scaling', 'ai']);
    expect([...h.missing]).toEqual(['compute']);
  });
  it('lists a concept\'s passages with its narrower concepts\', marking those that come only through them', () => {
    const own = conceptPassages(graph, 'scaling', false, h);
    expect(own.map((p) => p.passage)).toEqual(['p3', 'p4', 'p6']);
    const all = conceptPassages(graph, 'ai', true, h);
    expect(all.map((p) => [p.passage, p.viaNarrower])).toEqual([
      ['p2', false],
      ['p3', true],
      ['p4', false],
      ['p5', false],
      ['p6', true]
    ]);
    expect(all[3].mentions.map((m) => [m.concept, m.narrower])).toEqual([
      ['ai', false],
      ['ai', false],
      ['inference', true]
    ]);
  });
});

describe('timelineModel', () => {
  const m = timelineModel(graph);
  it('places passages by source offset on lanes per speaker', () => {
    // the document runs from offset 0 to 118 (p6 ends at 100 + 18)
    expect(m.ticks[0]).toEqual({ passage: 'p1', x0: 0, x1: 0.152542, lane: 2, time: 0 });
    expect(m.ticks[3]).toEqual({ passage: 'p4', x0: 0.508475, x1: 0.661017, lane: 1, time: 125 });
    expect(m.lanes.map((l) => l.id)).toEqual(['russ', 'dwarkesh', '_none']);
  });
  it('draws top-level sections as bands (a subsection belongs to its part)', () => {
    expect(m.bands.map((b) => [b.section, b.title, b.x0, b.x1, b.time])).toEqual([
      ['s1', 'Intro', 0, 0.491525, 0],
      ['s2', 'Scaling', 0.508475, 1, 125]
    ]);
  });
  it('labels each new time once', () => {
    expect(m.times).toEqual([
      { x: 0, time: 0 },
      { x: 0.508475, time: 125 },
      { x: 0.677966, time: 130 }
    ]);
    expect([formatTime(0), formatTime(130), formatTime(3725)]).toEqual(['0:00', '2:10', '1:02:05']);
  });
  it('brushing a range picks the passages that overlap it, in either direction', () => {
    expect(passagesInRange(m, 0.5, 0.7)).toEqual(['p4', 'p5']);
    expect(passagesInRange(m, 0.7, 0.5)).toEqual(['p4', 'p5']);
    expect(passagesInRange(m, 0.16, 0.165)).toEqual([]);
  });
});

describe('timeline ranges', () => {
  const m = timelineModel(graph);
  it('a brush gives the range of its first and last passage, and the range its span back', () => {
    expect(rangeOfSpan(m, 0.7, 0.5)).toEqual({ from: 'p4', to: 'p5' });
    expect(rangeOfSpan(m, 0.16, 0.165)).toBeNull();
    expect(spanOfRange(m, { from: 'p5', to: 'p4' })).toEqual({ x0: 0.508475, x1: 0.830508 });
    expect(spanOfRange(m, { from: 'p4', to: 'nope' })).toBeNull();
  });
  it('labels the axis with times far enough apart', () => {
    expect(axisTimes(m, 1000, 56)).toEqual(m.times);
    // 100 px wide: 125 s (at 51 px) is too close to 0 s; 130 s (at 68 px) is the next one far enough
    expect(axisTimes(m, 100, 56).map((t) => t.time)).toEqual([0, 130]);
  });
  it('puts a passage whose speaker is not in the list on the "no speaker" lane', () => {
    const odd = { ...graph, attributes: { ...graph.attributes, passages: graph.attributes.passages.map((p) => (p.id === 'p2' ? { ...p, speaker: 'ghost' } : p)) } };
    const t = timelineModel(odd);
    expect(t.lanes.map((l) => l.id)).toEqual(['russ', 'dwarkesh', '_none']);
    expect(t.ticks[1].lane).toBe(2);
  });
});

describe('timeline bands under a single title', () => {
  it('draws the level below a section that holds every passage', () => {
    const titled = tinyGraph({
      sections: [
        { id: 't', title: 'Talk', parent: null, order: 0, depth: 1, time: null, line: 1 },
        { id: 'a', title: 'A', parent: 't', order: 1, depth: 2, time: 0, line: 3 },
        { id: 'b', title: 'B', parent: 't', order: 2, depth: 2, time: 60, line: 6 }
      ],
      speakers: [],
      passages: [
        { id: 'p1', section: 't', speaker: null, text: T('p1'), start: 0, time: null },
        { id: 'p2', section: 'a', speaker: null, text: T('p2'), start: 20, time: 0 },
        { id: 'p3', section: 'b', speaker: null, text: T('p3'), start: 40, time: 60 }
      ],
      concepts: []
    });
    expect(timelineModel(titled).bands.map((b) => [b.section, b.title])).toEqual([
      ['t', 'Talk'],
      ['a', 'A'],
      ['b', 'B']
    ]);
  });
});

describe('timeline of a very long document', () => {
  const m = timelineModel(graph);
  it('merges neighbouring ticks of a lane into runs', () => {
    // p2 and p5 (Russ) are far apart; a gap as wide as the strip merges each lane into one run
    expect(tickRuns(m, 0.01).map((r) => [r.lane, r.count])).toEqual([
      [2, 1],
      [0, 1],
      [1, 1],
      [1, 1],
      [0, 1],
      [2, 1]
    ]);
    expect(tickRuns(m, 1).map((r) => [r.lane, r.count, r.x0, r.x1])).toEqual([
      [2, 2, 0, 1],
      [0, 2, 0.169492, 0.830508],
      [1, 2, 0.338983, 0.661017]
    ]);
  });
  it('finds the passage under a point of the strip', () => {
    expect([tickAt(m, 0), tickAt(m, 0.2), tickAt(m, 0.52), tickAt(m, 1)]).toEqual(['p1', 'p2', 'p4', 'p6']);
  });
});
