import { describe, expect, it } from 'vitest';
import { displaySegments, segmentText, type MarkSpan } from './segments';

const cases: Array<[string, string, MarkSpan[], Array<[string, string | null]>]> = [
  ['no marks', 'abc', [], [['abc', null]]],
  ['one mark', '我们谈规模化吧', [{ start: 3, end: 6, tone: 'a' }], [['我们谈', null], ['规模化', 'a'], ['吧', null]]],
  ['mark at start and end', 'AGI与ASI', [{ start: 0, end: 3, tone: 'a' }, { start: 4, end: 7, tone: 'b' }], [['AGI', 'a'], ['与', null], ['ASI', 'b']]],
  ['unsorted input', 'AGI与ASI', [{ start: 4, end: 7, tone: 'b' }, { start: 0, end: 3, tone: 'a' }], [['AGI', 'a'], ['与', null], ['ASI', 'b']]],
  ['overlap: earlier wins, later clipped', 'inference scaling', [{ start: 10, end: 17, tone: 'b' }, { start: 0, end: 17, tone: 'a' }], [['inference scaling', 'a']]],
  ['partial overlap clipped', 'abcdef', [{ start: 0, end: 4, tone: 'a' }, { start: 2, end: 6, tone: 'b' }], [['abcd', 'a'], ['ef', 'b']]],
  ['out of range clamped', 'abc', [{ start: 1, end: 99, tone: 'a' }], [['a', null], ['bc', 'a']]],
  ['empty span ignored', 'abc', [{ start: 1, end: 1, tone: 'a' }], [['abc', null]]],
  ['empty text', '', [], [['', null]]]
];

describe('segmentText', () => {
  it.each(cases)('%s', (_name, text, marks, expected) => {
    const segs = segmentText(text, marks);
    expect(segs.map((s) => [s.text, s.tone])).toEqual(expected);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('displaySegments', () => {
  const show = (text: string, marks: MarkSpan[] = []) =>
    displaySegments(segmentText(text, marks)).map((s) => `${s.syntax ? '~' : ''}${s.strong ? '!' : ''}${s.tone ?? ''}${s.text}`);
  it.each<[string, string, MarkSpan[], string[]]>([
    ['no markers', 'plain', [], ['plain']],
    ['a bold lead', '**核心论点**：规模化', [{ start: 9, end: 12, tone: 'a' }], ['~**', '!核心论点', '~**', '：', 'a规模化']],
    ['a mark inside bold', '**“蜂巢思维”与未来**', [{ start: 3, end: 7, tone: 'a' }], ['~**', '!“', '!a蜂巢思维', '!”与未来', '~**']],
    ['unbalanced marker stays text', 'a ** b', [], ['a ** b']],
    ['two bold runs', '**a** and **b**', [], ['~**', '!a', '~**', ' and ', '~**', '!b', '~**']]
  ])('%s', (_name, text, marks, expected) => {
    const segs = displaySegments(segmentText(text, marks));
    expect(show(text, marks)).toEqual(expected);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});
