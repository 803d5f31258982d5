import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TranscriptDocument } from '../contract/types';
import { parseTranscript } from './index';
import { checkInvariants } from './invariants';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/transcripts/${name}`, import.meta.url), 'utf8');

function parse(name: string): TranscriptDocument {
  const text = fixture(name);
  const doc = parseTranscript(text, { fileName: name });
  expect(checkInvariants(text, doc)).toEqual([]);
  return doc;
}
const rows = (doc: TranscriptDocument) => doc.passages.map((p) => [p.kind, p.speaker, p.lineStart, p.lineEnd, p.time, p.text]);

describe('plain text', () => {
  it('reads Name: text lines as turns that continue over paragraphs', () => {
    const doc = parse('plain.txt');
    expect(doc.format).toBe('text');
    expect(doc.title).toBe('plain');
    expect(doc.sections).toEqual([]);
    expect(doc.speakers).toEqual([
      { id: 'russ', name: 'Russ', role: null },
      { id: 'dwarkesh', name: 'Dwarkesh', role: null }
    ]);
    expect(rows(doc)).toEqual([
      ['paragraph', null, 1, 1, null, 'Interview transcript, recorded in 2025.'],
      ['turn', 'russ', 3, 3, null, 'Welcome to EconTalk.'],
      ['turn', 'dwarkesh', 4, 4, null, 'Thanks, Russ.'],
      ['turn', 'russ', 5, 7, null, "Let's talk about scaling.\n\nIt has been a big story: compute grows about four times a year."],
      ['turn', 'dwarkesh', 9, 9, null, 'It has.'],
      ['note', null, 11, 11, null, '(laughs)'],
      ['turn', 'russ', 15, 15, 725, 'One more question.']
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('keeps prose with colons as paragraphs and warns that no speakers were found', () => {
    const doc = parse('prose.txt');
    expect(rows(doc)).toEqual([
      ['paragraph', null, 1, 1, null, 'A short essay about scaling.'],
      ['paragraph', null, 3, 4, null, 'The key idea: more compute gives better models.\nHere is another line: it has a colon too.'],
      ['paragraph', null, 6, 6, null, 'Conclusion: nobody fully knows why it works.']
    ]);
    expect(doc.speakers).toEqual([]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0].message).toMatch(/no speaker/);
  });

  it('reads timestamped labels and the caption-editor "Name  0:15" form', () => {
    const doc = parse('clock-labels.txt');
    expect(doc.speakers.map((s) => s.id)).toEqual(['russ', 'dwarkesh', 'russ-roberts', 'dwarkesh-patel']);
    expect(rows(doc)).toEqual([
      ['turn', 'russ', 1, 1, 5, 'Welcome back.'],
      ['turn', 'dwarkesh', 2, 2, 9, 'Thanks.'],
      ['turn', 'russ', 3, 3, 11, 'Shall we start?'],
      ['turn', 'dwarkesh', 4, 4, 12, 'Yes.'],
      ['turn', 'russ-roberts', 6, 7, 15, 'This is the caption-editor format.'],
      ['turn', 'dwarkesh-patel', 9, 10, 21, 'With the text on the next line.'],
      ['turn', 'russ-roberts', 12, 13, 30, 'And again.'],
      ['turn', 'dwarkesh-patel', 15, 16, 35, 'Done.']
    ]);
  });

  it.each([
    ['markdown is not interpreted', '# not a heading\n\n- not a list\n', [['paragraph', '# not a heading'], ['paragraph', '- not a list']]],
    ['Chinese full-width labels', '主持人：你好。\n嘉宾：你好！\n主持人：开始吧。\n嘉宾：好。\n', [['turn', '你好。'], ['turn', '你好！'], ['turn', '开始吧。'], ['turn', '好。']]],
    ['Chinese prose with a colon', '他说：这很重要。\n\n我认为：规模化有效。\n', [['paragraph', '他说：这很重要。'], ['paragraph', '我认为：规模化有效。']]],
    ['Q and A', 'Q: first?\nA: yes.\nQ: second?\nA: no.\n', [['turn', 'first?'], ['turn', 'yes.'], ['turn', 'second?'], ['turn', 'no.']]]
  ])('%s', (_, text, expected) => {
    const doc = parseTranscript(text, { format: 'text' });
    expect(checkInvariants(text, doc)).toEqual([]);
    expect(doc.passages.map((p) => [p.kind, p.text])).toEqual(expected);
  });
});
