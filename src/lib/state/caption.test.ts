import { describe, expect, it } from 'vitest';
import { buildCaption, type CaptionInput } from './caption';

const base: CaptionInput = {
  sourceFile: 'a.md',
  generator: 'topicgraph 0.1.0',
  sections: { all: true, interviewOnly: false, titles: [] },
  speakers: null,
  kinds: null,
  minWeight: 1,
  measureExplain: 'NPMI: x.',
  sizeLabel: 'Passages',
  counts: { concepts: 3, edges: 2, passages: 10 },
  unit: 'passage'
};

describe('buildCaption', () => {
  it.each<[Partial<CaptionInput>, string]>([
    [{}, 'Scope: all sections.'],
    [{ sections: { all: false, interviewOnly: true, titles: ['x'] } }, 'Scope: interview only.'],
    [{ sections: { all: false, interviewOnly: false, titles: ['一、引言', '二、规模化'] } }, 'Scope: 一、引言; 二、规模化.'],
    [{ sections: { all: false, interviewOnly: false, titles: ['a', 'b', 'c', 'd'] } }, 'Scope: 4 sections.'],
    [{ speakers: ['Russ'], minWeight: 3 }, 'Scope: all sections; speakers: Russ; links with at least 3 co-mentions.'],
    [{}, '3 concepts, 2 links, 10 passages'],
    [{}, 'Edge width — NPMI: x.']
  ])('%o', (over, part) => expect(buildCaption({ ...base, ...over })).toContain(part));
});
