import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TranscriptDocument } from '../contract/types';
import { decodeSource } from '../source/decode';
import { parseTranscript } from './index';
import { checkInvariants } from './invariants';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/transcripts/${name}`, import.meta.url), 'utf8');

function parse(name: string): { text: string; doc: TranscriptDocument } {
  const text = fixture(name);
  const doc = parseTranscript(text, { fileName: name });
  expect(checkInvariants(text, doc)).toEqual([]);
  return { text, doc };
}

/** The passages other than section titles (`heading` passages, tested on their own below). */
const body = (doc: TranscriptDocument) => doc.passages.filter((p) => p.kind !== 'heading');
/** [kind, speaker, lineStart, lineEnd, time, text] per passage (without the heading passages). */
const rows = (doc: TranscriptDocument) => body(doc).map((p) => [p.kind, p.speaker, p.lineStart, p.lineEnd, p.time, p.text]);
const sections = (doc: TranscriptDocument) => doc.sections.map((s) => [s.id, s.title, s.parent, s.depth, s.time, s.line]);

describe('markdown: speaker forms (English)', () => {
  const { doc } = parse('speakers-en.md');
  it('finds speakers with roles from every label form', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Episode 12: Scaling and its discontents');
    expect(doc.speakers).toEqual([
      { id: 'russ-roberts', name: 'Russ Roberts', role: 'host' },
      { id: 'guest', name: 'Guest', role: 'author' }
    ]);
  });
  it('makes one passage per turn, note and metadata line', () => {
    expect(rows(doc)).toEqual([
      ['turn', 'russ-roberts', 5, 6, null, 'Welcome to the show. Today we talk about scaling.'],
      ['turn', 'guest', 8, 9, null, 'Thanks for having me.'],
      ['turn', 'russ-roberts', 11, 11, null, 'Inline form with the colon outside the bold.'],
      ['turn', 'guest', 13, 13, null, 'Inline form with the colon inside the bold.'],
      ['turn', 'guest', 15, 15, null, 'Role outside the bold, colon after it.'],
      ['turn', 'russ-roberts', 17, 18, null, 'Full-width colon and parentheses.'],
      ['paragraph', null, 22, 22, null, '**Interviewer: Russ Roberts (EconTalk host)**'],
      ['note', null, 24, 24, null, '**(laughter)**'],
      ['turn', 'russ-roberts', 26, 27, null, 'Thank you.']
    ]);
    expect(doc.warnings).toEqual([]);
  });
});

describe('markdown: speaker forms (Chinese)', () => {
  const { doc } = parse('speakers-zh.md');
  it('gives speaker-N ids to CJK names and keeps metadata lines as a paragraph', () => {
    expect(doc.speakers).toEqual([
      { id: 'speaker-1', name: '李四', role: '主持人' },
      { id: 'speaker-2', name: '张三', role: '嘉宾' },
      { id: 'speaker-3', name: '旁白', role: null }
    ]);
    expect(rows(doc)).toEqual([
      ['paragraph', null, 5, 6, null, '**受访者：张三 (作者，《规模化》)**\n**采访者：李四 (主持人)**'],
      ['turn', 'speaker-1', 10, 11, null, '欢迎来到节目。'],
      ['turn', 'speaker-2', 13, 14, null, '谢谢邀请。'],
      ['turn', 'speaker-1', 16, 16, null, '我们先聊聊算力。'],
      ['note', null, 18, 18, null, '**（笑声）**'],
      ['turn', 'speaker-3', 20, 21, null, '本节目由某某赞助。'],
      ['turn', 'speaker-2', 25, 25, null, '这是没有加粗的行内标签。'],
      ['turn', 'speaker-1', 27, 27, null, '好的，谢谢。']
    ]);
    expect(body(doc).map((p) => p.section)).toEqual(['s2', 's2', 's2', 's2', 's2', 's2', 's3', 's3']);
  });
});

describe('markdown: inline labels need evidence', () => {
  const { doc } = parse('inline-colon.md');
  it('keeps prose with colons as paragraphs and accepts repeated names', () => {
    expect(doc.speakers.map((s) => s.id)).toEqual(['alice', 'bob']);
    expect(rows(doc)).toEqual([
      ['paragraph', null, 3, 3, null, 'The answer is simple: we keep adding compute.'],
      ['paragraph', null, 5, 5, null, 'Note: this paragraph is prose with a colon and must stay a paragraph.'],
      ['turn', 'alice', 7, 7, null, 'Hello, this is the first turn.'],
      ['turn', 'bob', 9, 9, null, 'And this is the reply.'],
      ['turn', 'alice', 11, 14, null, 'Second turn for Alice.\nIt continues on the next line.\n\nAnd over a second paragraph.'],
      ['turn', 'bob', 16, 16, null, 'Last word.'],
      ['turn', 'alice', 18, 20, null, 'A bracket label for a known speaker.\n\nCarol: a name used once is not a speaker.']
    ]);
  });
  it('warns about the one-off label it skipped', () => {
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0].line).toBe(20);
    expect(doc.warnings[0].message).toContain('Carol');
  });
});

describe('markdown: headings with timestamps', () => {
  const { doc } = parse('heading-times.md');
  it('moves heading timestamps to section time', () => {
    expect(sections(doc)).toEqual([
      ['s1', 'Timed episode', null, 1, null, 1],
      ['s2', 'Intro', 's1', 2, 0, 3],
      ['s3', 'Compute', 's1', 2, 725, 11],
      ['s4', 'Details without a time', 's3', 3, null, 15],
      ['s5', 'Short form', 's1', 2, 139, 19],
      ['s6', 'No time here', 's1', 2, null, 24]
    ]);
  });
  it('gives passages their own time, else the nearest timed section', () => {
    expect(rows(doc)).toEqual([
      ['turn', 'host', 5, 6, 0, 'Hello.'],
      ['turn', 'guest', 8, 9, 90, 'Hi, the turn carries its own time.'],
      ['paragraph', null, 13, 13, 725, 'Plain paragraph inherits the heading time.'],
      ['paragraph', null, 17, 17, 725, 'Inherits 12:05 from the parent heading.'],
      ['list-item', null, 21, 21, 909, 'A key point'],
      ['list-item', null, 22, 22, 139, 'A point without its own time'],
      ['paragraph', null, 26, 26, null, 'Paragraph without any time.']
    ]);
  });
});

describe('markdown: fences, lists, continuation, pseudo-headings', () => {
  it('reads an unclosed fence to the end and warns at its opening line', () => {
    const { doc } = parse('unclosed-fence.md');
    expect(rows(doc)).toEqual([
      ['paragraph', null, 3, 3, null, 'Before the fence.'],
      ['outline', null, 6, 6, null, 'root'],
      ['outline', null, 7, 7, null, '├── branch one'],
      ['outline', null, 8, 8, null, '└── branch two'],
      ['outline', null, 10, 10, null, '**Host:** not a turn, still inside the fence']
    ]);
    expect(doc.warnings.find((w) => w.message.includes('never closed'))?.line).toBe(5);
    expect(doc.speakers).toEqual([]);
  });

  it('makes nested list items their own passages, with continuation lines', () => {
    const { doc } = parse('nested-lists.md');
    expect(rows(doc)).toEqual([
      ['list-item', null, 3, 4, null, 'First item\n  continues on a second line'],
      ['list-item', null, 5, 5, null, 'Second item'],
      ['list-item', null, 6, 6, null, 'Nested item one'],
      ['list-item', null, 7, 8, null, 'Nested item two\n      with a continuation'],
      ['list-item', null, 9, 11, null, 'Third item\n\n  A second paragraph of the third item.'],
      ['list-item', null, 13, 13, null, 'Ordered one'],
      ['list-item', null, 14, 14, null, 'Ordered two'],
      ['list-item', null, 15, 15, null, 'Plus item'],
      ['list-item', null, 16, 16, null, 'Star item'],
      ['paragraph', null, 18, 18, null, 'Paragraph after the list.']
    ]);
  });

  it('continues a turn over paragraphs and lists until a thematic break or heading', () => {
    const { doc } = parse('continuation.md');
    expect(rows(doc)).toEqual([
      [
        'turn',
        'host',
        5,
        13,
        null,
        'First paragraph of a long turn.\n\nSecond paragraph of the same turn.\n\n- a list inside the turn\n- another point\n\nThird paragraph, still the host.'
      ],
      ['paragraph', null, 17, 17, null, 'Paragraph after the thematic break, no speaker.'],
      ['turn', 'guest', 19, 20, null, 'A turn that ends at a heading.'],
      ['turn', 'host', 24, 25, null, 'The last turn.']
    ]);
    expect(body(doc).map((p) => p.section)).toEqual(['s2', 's2', 's2', 's3']);
  });

  it('turns a bold-only line before a list into a section one level deeper', () => {
    const { doc } = parse('pseudo-headings.md');
    expect(sections(doc)).toEqual([
      ['s1', 'Key points', null, 1, null, 1],
      ['s2', 'One: the first group', 's1', 2, null, 3],
      ['s3', 'Two, the second group', 's1', 2, null, 8]
    ]);
    expect(doc.passages.map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Key points'],
      ['heading', 'One: the first group'],
      ['list-item', 'point a'],
      ['list-item', 'point b'],
      ['heading', 'Two, the second group'],
      ['list-item', 'point c'],
      ['paragraph', '**A bold line followed by a paragraph is not a heading**'],
      ['paragraph', 'Just a paragraph.'],
      ['paragraph', '**Trailing colon is a caption:**'],
      ['list-item', 'point d']
    ]);
  });
});

describe('markdown: CRLF and BOM', () => {
  it.each(['speakers-en.md', 'speakers-zh.md', 'heading-times.md', 'nested-lists.md'])('%s parses the same with CRLF / CR / BOM', (name) => {
    const lf = fixture(name);
    const reference = parseTranscript(lf, { fileName: name });
    for (const raw of ['\uFEFF' + lf, lf.replace(/\n/g, '\r\n'), '\uFEFF' + lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const text = decodeSource(new TextEncoder().encode(raw), name);
      expect(text).toBe(lf);
      expect(parseTranscript(text, { fileName: name })).toEqual(reference);
    }
  });

  it('keeps line numbers of the raw CRLF file', () => {
    const raw = '\uFEFF# T\r\n\r\n**A:**\r\nhello\r\n\r\n**B:**\r\nworld\r\n';
    const text = decodeSource(new TextEncoder().encode(raw), 'x.md');
    const doc = parseTranscript(text, { fileName: 'x.md' });
    expect(body(doc).map((p) => [p.speaker, p.lineStart, p.lineEnd, p.text])).toEqual([
      ['a', 3, 4, 'hello'],
      ['b', 6, 7, 'world']
    ]);
  });
});

describe('markdown: small cases', () => {
  it.each([
    ['heading emphasis is stripped', '# **Bold** and *italic* title\n\ntext', 'Bold and italic title'],
    ['closing hashes are removed', '## Title ##\n', 'Title'],
    ['[12:05] prefix is removed', '## [12:05] Compute\n', 'Compute'],
    ['(2:19) prefix is removed', '## (2:19) Short\n', 'Short']
  ])('%s', (_, text, title) => {
    const doc = parseTranscript(text, { format: 'markdown' });
    expect(doc.sections[0].title).toBe(title);
  });

  it('uses the first # or ## heading as title, else the file name, else a default', () => {
    expect(parseTranscript('### deep\n\n## Second level\n', { format: 'markdown' }).title).toBe('Second level');
    expect(parseTranscript('### deep only\n', { format: 'markdown', fileName: 'dir/talk.final.md' }).title).toBe('talk.final');
    expect(parseTranscript('no headings', { format: 'markdown' }).title).toBe('Untitled transcript');
  });

  it('warns when there are no headings and no speakers', () => {
    const doc = parseTranscript('just text\n', { format: 'markdown' });
    expect(doc.warnings.map((w) => w.line)).toEqual([1, 1]);
    expect(doc.warnings.map((w) => w.message).join(' ')).toMatch(/headings.*speaker/s);
  });

  it('passages before the first heading have section null', () => {
    const doc = parseTranscript('intro\n\n# Title\n\nbody\n', { format: 'markdown' });
    expect(body(doc).map((p) => p.section)).toEqual([null, 's1']);
  });

  it('a timestamp-only line gives its time to the next passage', () => {
    const doc = parseTranscript('# T\n\n[00:01:00]\n\nnext paragraph\n\nlater paragraph\n', { format: 'markdown' });
    expect(body(doc).map((p) => [p.text, p.time])).toEqual([
      ['next paragraph', 60],
      ['later paragraph', null]
    ]);
  });

  it('skips YAML front matter and thematic breaks', () => {
    const doc = parseTranscript('---\ntitle: x\nspeakers:\n  - a\n---\n# Real\n\n***\n\nbody\n', { format: 'markdown' });
    expect(doc.title).toBe('x'); // the front matter's title wins over the first heading
    expect(body(doc).map((p) => p.text)).toEqual(['body']);
  });

  it('a label line followed by another label gives no empty turn', () => {
    const doc = parseTranscript('**A:**\n**B:**\nhello\n', { format: 'markdown' });
    expect(doc.passages.map((p) => [p.speaker, p.text, p.lineStart])).toEqual([['b', 'hello', 2]]);
  });

  it('a bold caption before a list is not a speaker', () => {
    const doc = parseTranscript('# T\n\n**Key points:**\n\n- one\n- two\n', { format: 'markdown' });
    expect(doc.speakers).toEqual([]);
    expect(body(doc).map((p) => p.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
  });
});

describe('markdown: section titles are passages of kind heading', () => {
  it('gives each heading a passage of its own section: the title text, without marks, emphasis or timestamp', () => {
    const text = '# **Scaling** laws #\n\nintro\n\n## [00:01:05] - Compute and *chips*\n\n**A:** hi\n\n**A:** again\n\n###\n';
    const doc = parseTranscript(text, { format: 'markdown' });
    expect(checkInvariants(text, doc)).toEqual([]);
    expect(doc.passages.filter((p) => p.kind === 'heading').map((p) => [p.section, p.text, p.time, p.lineStart, p.speaker])).toEqual([
      ['s1', 'Scaling** laws', null, 1, null],
      ['s2', 'Compute and *chips', 65, 5, null]
    ]);
    // the empty `###` heading is a section without a passage
    expect(doc.sections).toHaveLength(3);
  });
  it('a timestamp-only line before a heading still times the passage after it', () => {
    const doc = parseTranscript('[00:02:00]\n\n## Part\n\ntext\n', { format: 'markdown' });
    expect(doc.passages.map((p) => [p.kind, p.text, p.time])).toEqual([
      ['heading', 'Part', null],
      ['paragraph', 'text', 120]
    ]);
  });
  it('a title passage does not count as the document\'s first passage (title and one-passage warning)', () => {
    expect(parseTranscript('### deep\n\n## Second level\n', { format: 'markdown' }).title).toBe('Second level');
    const doc = parseTranscript('# T\n\n' + 'one long line. '.repeat(80) + '\n', { format: 'markdown' });
    expect(doc.warnings.map((w) => w.message).join('\n')).toMatch(/the whole transcript is one passage/);
  });
});

describe('markdown: the recording URL in the front matter', () => {
  it('reads media: (or recording:, video:, audio:) and keeps it when it is http or https', () => {
    expect(parseTranscript('---\ntitle: x\nmedia: "https://example.org/talk.mp3"\n---\n\ntext\n', { format: 'markdown' }).media).toBe('https://example.org/talk.mp3');
    expect(parseTranscript('---\nAudio: https://example.org/a.ogg\n---\n\ntext\n', { format: 'markdown' }).media).toBe('https://example.org/a.ogg');
    expect(parseTranscript('media: https://example.org/a.ogg\n\ntext\n', { format: 'markdown' }).media).toBeUndefined();
  });
  it('refuses another scheme with a warning', () => {
    const doc = parseTranscript('---\nmedia: javascript:alert(1)\n---\n\ntext\n', { format: 'markdown' });
    expect(doc.media).toBeUndefined();
    expect(doc.warnings[0]).toMatchObject({ line: 1, message: expect.stringMatching(/front matter: the media URL must start with http/) });
  });
});
