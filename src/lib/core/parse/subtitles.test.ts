import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TranscriptDocument } from '../contract/types';
import { decodeSource } from '../source/decode';
import { parseTranscript } from './index';
import { checkInvariants } from './invariants';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/transcripts/${name}`, import.meta.url), 'utf8');

function parse(name: string, text = fixture(name)): TranscriptDocument {
  const doc = parseTranscript(text, { fileName: name });
  expect(checkInvariants(text, doc)).toEqual([]);
  return doc;
}
const rows = (doc: TranscriptDocument) => doc.passages.map((p) => [p.kind, p.speaker, p.lineStart, p.lineEnd, p.time, p.text]);

describe('SRT', () => {
  it('makes one cue passage per cue, with speaker prefixes and start times', () => {
    const doc = parse('cues.srt');
    expect(doc.format).toBe('srt');
    expect(doc.title).toBe('cues');
    expect(doc.sections).toEqual([]);
    expect(doc.speakers).toEqual([
      { id: 'russ', name: 'Russ', role: null },
      { id: 'dwarkesh', name: 'Dwarkesh', role: null }
    ]);
    expect(rows(doc)).toEqual([
      ['cue', 'russ', 5, 5, 1, 'Welcome to EconTalk.'],
      ['cue', 'dwarkesh', 9, 10, 4.5, 'Thanks for having me,\nit is great to be here.'],
      ['cue', 'russ', 14, 14, 62, "Let's start."],
      ['cue', 'dwarkesh', 18, 20, 65, 'Sure.\n\na blank line inside a cue keeps the text in that cue'],
      ['cue', null, 24, 24, 120, '[Music]'],
      ['cue', null, 28, 28, 123, 'Narrator: a label used once is not a speaker.']
    ]);
  });

  it('warns about a block without timing and a one-off speaker prefix', () => {
    const doc = parse('cues.srt');
    expect(doc.warnings.map((w) => w.line)).toEqual([1, 28]);
    expect(doc.warnings[0].message).toMatch(/timing/);
  });

  it('parses the same from CRLF bytes with a BOM', () => {
    const lf = fixture('cues.srt');
    const text = decodeSource(new TextEncoder().encode('\uFEFF' + lf.replace(/\n/g, '\r\n')), 'cues.srt');
    expect(parse('cues.srt', text)).toEqual(parse('cues.srt'));
  });
});

describe('WebVTT', () => {
  it('skips header, NOTE and STYLE blocks and reads voice tags', () => {
    const doc = parse('voices.vtt');
    expect(doc.format).toBe('vtt');
    expect(doc.speakers).toEqual([
      { id: 'russ-roberts', name: 'Russ Roberts', role: null },
      { id: 'dwarkesh', name: 'Dwarkesh', role: null }
    ]);
    expect(rows(doc)).toEqual([
      ['cue', 'russ-roberts', 11, 11, 1, 'Welcome to EconTalk.'],
      ['cue', 'dwarkesh', 14, 15, 4.5, 'Thanks for having me,\nit is great to be here.'],
      ['cue', null, 18, 18, 8, 'No voice tag on this cue.'],
      ['cue', 'russ-roberts', 21, 21, 11, 'Short.']
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    ['cue without text is dropped', 'WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\nhello\n', [['hello', 2]]],
    ['inline tags stay in the text', 'WEBVTT\n\n00:01.000 --> 00:02.000\n<i>hi</i> <00:01.500>there\n', [['<i>hi</i> <00:01.500>there', 1]]],
    ['timestamps in cue text are kept', 'WEBVTT\n\n00:01.000 --> 00:02.000\n[12:05] hi\n', [['[12:05] hi', 1]]],
    ['garbage header only', 'WEBVTT\n', []]
  ])('%s', (_, text, expected) => {
    const doc = parseTranscript(text, { format: 'vtt' });
    expect(checkInvariants(text, doc)).toEqual([]);
    expect(doc.passages.map((p) => [p.text, p.time])).toEqual(expected);
  });
});
