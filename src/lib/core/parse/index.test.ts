import { describe, expect, it, vi } from 'vitest';
import type { TranscriptDocument } from '../contract/types';
import { parseTranscript } from './index';
import { checkInvariants } from './invariants';

describe('parseTranscript dispatch', () => {
  it.each([
    ['by file extension', 'Russ: hi', { fileName: 'a.md' }, 'markdown'],
    ['forced format wins', '# Title', { fileName: 'a.md', format: 'text' as const }, 'text'],
    ['by content', '## Title\n\ntext', {}, 'markdown'],
    ['plain by default', 'just words', {}, 'text']
  ])('%s', (_, text, options, format) => {
    expect(parseTranscript(text, options).format).toBe(format);
  });

  it('falls back to plain paragraphs with a warning when a format parser fails', async () => {
    // A subtitle parser that throws, for this test only (the unit tests share one module registry per worker).
    vi.resetModules();
    vi.doMock('./subtitles', () => ({
      parseSubtitles: () => {
        throw new Error('boom');
      }
    }));
    let doc: TranscriptDocument;
    const text = '1\n00:00:01,000 --> 00:00:02,000\nhello\n\nworld';
    try {
      const broken = await import('./index');
      doc = broken.parseTranscript(text, { format: 'srt', fileName: 'x.srt' });
    } finally {
      vi.doUnmock('./subtitles');
      vi.resetModules();
    }
    expect(doc.format).toBe('srt');
    expect(doc.title).toBe('x');
    expect(checkInvariants(text, doc)).toEqual([]);
    expect(doc.passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '1\n00:00:01,000 --> 00:00:02,000\nhello'],
      ['paragraph', 'world']
    ]);
    expect(doc.warnings[0].message).toContain('boom');
  });

  it.each([
    ['empty string', ''],
    ['only whitespace', ' \n\t\n'],
    ['lone surrogates', '\uD800\n\uDC00**:**'],
    ['NUL and controls', '\u0000\u0001\n# \u0000'],
    ['not a string at runtime', null as unknown as string]
  ])('returns a document for %s', (_, text) => {
    const doc = parseTranscript(text, { format: 'markdown' });
    expect(doc.passages.every((p) => p.text.trim() !== '')).toBe(true);
    expect(Array.isArray(doc.warnings)).toBe(true);
  });
});

describe('checkInvariants', () => {
  const text = 'hello world\nsecond line';
  const good: TranscriptDocument = {
    format: 'text',
    title: 't',
    sections: [],
    speakers: [],
    passages: [
      { id: 'p1', kind: 'paragraph', section: null, speaker: null, text: 'hello', start: 0, end: 5, lineStart: 1, lineEnd: 1, time: null },
      { id: 'p2', kind: 'paragraph', section: null, speaker: null, text: 'second line', start: 12, end: 23, lineStart: 2, lineEnd: 2, time: null }
    ],
    warnings: []
  };
  it('accepts a valid document', () => {
    expect(checkInvariants(text, good)).toEqual([]);
  });
  it.each([
    ['text differs from slice', { text: 'hellp' }, /differs/],
    ['overlap', { start: 0, end: 15, text: text.slice(0, 15) }, /before the end/],
    ['untrimmed', { start: 0, end: 6, text: 'hello ' }, /trimmed/],
    ['out of bounds', { start: 20, end: 40, text: 'ine' }, /outside/],
    ['wrong line', { lineEnd: 2 }, /lineEnd/],
    ['unknown speaker', { speaker: 'ghost' }, /unknown speaker/],
    ['bad id', { id: 'p9' }, /expected p1/]
  ])('catches %s', (_, patch, message) => {
    const doc = { ...good, passages: [{ ...good.passages[0], ...patch }, good.passages[1]] };
    expect(checkInvariants(text, doc).join('\n')).toMatch(message);
  });
});
