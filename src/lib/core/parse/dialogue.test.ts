/**
 * Issue 15, parsing: speakers in the README's `**Name:** text` form, over-long passages, one-passage transcripts
 * and the document title. Each case gave a wrong result without a word before its fix.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_LENGTH } from './builder';
import { parseTranscript } from './index';
import { checkInvariants } from './invariants';

const speakersOf = (text: string) => parseTranscript(text, { format: 'markdown' }).speakers.map((s) => s.id);
const turnsOf = (text: string) => parseTranscript(text, { format: 'markdown' }).passages.map((p) => [p.speaker, p.text]);

describe('speakers in the bold inline form', () => {
  it('a host with a role and a guest who speaks once (before: the guest words were the host turn)', () => {
    const text = '**Russ Roberts (host):** Welcome. Today: chips.\n\n**Dwarkesh:** Thanks. Robots too.\n';
    expect(turnsOf(text)).toEqual([
      ['russ-roberts', 'Welcome. Today: chips.'],
      ['dwarkesh', 'Thanks. Robots too.']
    ]);
  });

  it('the same dialogue without the role (before: 0 speakers)', () => {
    expect(speakersOf('**Russ:** Welcome. Today: chips.\n\n**Dwarkesh:** Thanks. Robots too.\n')).toEqual(['russ', 'dwarkesh']);
  });

  it('20,000 **Russ:** lines are 20,000 turns (before: one passage)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `**Russ:** line ${i}`).join('\n') + '\n';
    const doc = parseTranscript(text, { format: 'markdown' });
    expect(doc.speakers.map((s) => s.id)).toEqual(['russ']);
    expect(doc.passages).toHaveLength(20_000);
    expect(doc.passages[19_999].text).toBe('line 19999');
  });

  it('generic bold lead-ins are no speakers', () => {
    expect(speakersOf('**Background:** the setting.\n\n**Key points:** three of them.\n')).toEqual([]);
  });
});

describe('over-long passages and one-passage transcripts', () => {
  it('a 300,000-character paragraph is split at sentence ends into passages of at most MAX_PASSAGE_LENGTH', () => {
    const sentence = 'Scaling is what we talk about when we talk about compute. ';
    const text = sentence.repeat(Math.ceil(300_000 / sentence.length)).trim() + '\n';
    const doc = parseTranscript(text, { format: 'text' });
    expect(checkInvariants(text, doc)).toEqual([]);
    expect(doc.passages.length).toBeGreaterThanOrEqual(300_000 / MAX_PASSAGE_LENGTH);
    expect(doc.passages.every((p) => p.text.length <= MAX_PASSAGE_LENGTH && p.text.endsWith('compute.'))).toBe(true);
    expect(doc.warnings.map((w) => w.message).join('\n')).toMatch(/a passage of \d+ characters was split into \d+ passages/);
  });

  it('a sentence longer than the limit is cut at whitespace, else anywhere outside a surrogate pair', () => {
    const words = 'word '.repeat(3000).trim();
    const astral = '😀'.repeat(6000);
    for (const text of [words, astral]) {
      const doc = parseTranscript(text, { format: 'text' });
      expect(checkInvariants(text, doc)).toEqual([]);
      expect(doc.passages.every((p) => p.text.length <= MAX_PASSAGE_LENGTH && !/^[\uDC00-\uDFFF]/.test(p.text))).toBe(true);
    }
  });

  it('warns when the whole transcript is one passage (before: silent)', () => {
    const doc = parseTranscript('# Notes\n\nscaling and compute\nand the Transformer\n', { format: 'markdown' });
    // the title is a passage of its own (kind heading); the body is one passage
    expect(doc.passages.map((p) => p.kind)).toEqual(['heading', 'paragraph']);
    expect(doc.warnings.map((w) => w.message).join('\n')).toMatch(/the whole transcript is one passage/);
  });
});

describe('the document title', () => {
  it.each([
    ['a # heading at the top', '# The Scaling Era\n\n## Briefing\n\ntext\n', 'The Scaling Era'],
    ['the only # heading, after a ## briefing (before: "Briefing")', '## Briefing\n\ntext\n\n# The Scaling Era\n\n## Part 1\n\ntext\n', 'The Scaling Era'],
    ['front matter', '---\ntitle: "From the front matter"\n---\n# Heading\n\ntext\n', 'From the front matter'],
    ['several # parts after a ## briefing: none is the title', '## Briefing\n\ntext\n\n# Interview\n\ntext\n\n# Key points\n\ntext\n', 'talk'],
    ['only ## headings: the first, before any passage', '## Episode 12\n\ntext\n\n## Part 1\n\ntext\n', 'Episode 12']
  ])('%s', (_name, text, title) => {
    expect(parseTranscript(text, { format: 'markdown', fileName: 'talk.md' }).title).toBe(title);
  });
});
