import { describe, expect, it } from 'vitest';
import { buildCaption, isolate, type CaptionInput } from './caption';

const base: CaptionInput = {
  sourceFile: 'a.md',
  generator: 'topicgraph 0.1.0',
  sections: { all: true, dialogueOnly: false, titles: [] },
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
    [{ sections: { all: false, dialogueOnly: true, titles: ['x'] } }, 'Scope: dialogue only.'],
    [{ sections: { all: false, dialogueOnly: false, titles: ['一、引言', '二、规模化'] } }, 'Scope: 一、引言; 二、规模化.'],
    [{ sections: { all: false, dialogueOnly: false, titles: ['a', 'b', 'c', 'd'] } }, 'Scope: 4 sections.'],
    [{ speakers: ['Russ'], minWeight: 3 }, 'Scope: all sections; speakers: Russ; links with at least 3 co-mentions.'],
    [{ range: 'timeline range 4:10 – 9:30, 6 passages' }, 'Scope: all sections; timeline range 4:10 – 9:30, 6 passages.'],
    [{}, '3 concepts, 2 links, 10 passages'],
    [{}, 'Edge width — NPMI: x.']
  ])('%o', (over, part) => expect(buildCaption({ ...base, ...over })).toContain(part));
});

describe('bidi isolation of data in the caption', () => {
  it('leaves plain values (Latin, CJK) as they are', () => {
    expect(isolate('二、规模化 Scaling')).toBe('二、规模化 Scaling');
  });
  it('isolates a value with an unterminated right-to-left override, so the words after it keep their order', () => {
    const c = buildCaption({ ...base, sections: { all: false, dialogueOnly: false, titles: ['\u202Eevil', 'ok'] }, speakers: ['Trudy\u202E'] });
    expect(c).toContain('Scope: \u2068\u202Eevil\u2069; ok; speakers: \u2068Trudy\u202E\u2069.');
  });
  it('isolates right-to-left text and drops isolate marks inside a value (a stray PDI cannot end the isolate)', () => {
    expect(isolate('שלום')).toBe('\u2068שלום\u2069');
    expect(isolate('a\u2069\u202Eb')).toBe('\u2068a\u202Eb\u2069');
    expect(buildCaption({ ...base, sourceFile: '\u202Efile.md' })).toContain('Source: \u2068\u202Efile.md\u2069.');
  });
});
