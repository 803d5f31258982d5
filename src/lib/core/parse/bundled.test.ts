import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../source/decode';
import { parseTranscript } from './index';
import { checkInvariants } from './invariants';
import { matchLabel } from './speakers';

const FILE = 'econtalk-dwarkesh-scaling-era.zh.md';
const bytes = readFileSync(new URL(`../../../../data/transcripts/${FILE}`, import.meta.url));
const text = decodeSource(bytes, FILE);
const doc = parseTranscript(text, { fileName: FILE });
const lines = text.split('\n');

const INTERVIEW = 'AI访谈：规模化时代、未来展望与人类角色';
const PARTS = [
  '一、 引言与核心主题',
  '二、 规模化的核心作用 (The Scaling Era)',
  '三、 关键技术与当前进展',
  '四、 AI的能力、局限与应用',
  '五、 AI发展的本质与未来展望',
  '六、 社会影响与人类福祉',
  '七、 播客制作的反思与好奇心'
];

describe(`bundled transcript ${FILE}`, () => {
  it('is Markdown, holds all invariants and has no warnings', () => {
    expect(doc.format).toBe('markdown');
    expect(checkInvariants(text, doc)).toEqual([]);
    expect(doc.warnings).toEqual([]);
    // its first heading is a "## 「简报」..." (briefing) section among three "#" parts: no title heading, so the
    // file name (the bundled build passes --title)
    expect(doc.title).toBe('econtalk-dwarkesh-scaling-era.zh');
  });

  it('has the seven interview sections under the interview heading', () => {
    const interview = doc.sections.filter((s) => s.title === INTERVIEW);
    expect(interview).toHaveLength(1);
    expect(interview[0].depth).toBe(1);
    const parts = doc.sections.filter((s) => s.parent === interview[0].id);
    expect(parts.map((s) => s.title)).toEqual(PARTS);
    expect(parts.every((s) => s.depth === 2)).toBe(true);
  });

  it('has the seven key-point pseudo-headings under 要点回顾', () => {
    const recap = doc.sections.find((s) => s.title === '要点回顾');
    expect(recap?.depth).toBe(1);
    const parts = doc.sections.filter((s) => s.parent === recap!.id);
    expect(parts).toHaveLength(7);
    expect(parts[0].title).toBe('一、 引言与核心主题');
    expect(parts[6].title).toBe('七、 播客制作的反思与好奇心');
    expect(parts.every((s) => s.depth === 2 && lines[s.line - 1].startsWith('**'))).toBe(true);
  });

  it('has the sections of the whole file in order', () => {
    expect(doc.sections.map((s) => [s.title, s.depth])).toEqual([
      ['「简报」AI的“规模化”浪潮：算力驱动下的飞跃与未解之谜', 2],
      ['访谈录', 1],
      ['内容介绍', 3],
      ['内容纲要', 3],
      [INTERVIEW, 1],
      ...PARTS.map((t) => [t, 2]),
      ['要点回顾', 1],
      ...PARTS.map((t) => [t.replace(' (The Scaling Era)', '（The Scaling Era）'), 2])
    ]);
  });

  it('finds russ (主持人), dwarkesh (嘉宾) and 旁白', () => {
    expect(doc.speakers).toEqual([
      { id: 'russ', name: 'Russ', role: '主持人' },
      { id: 'dwarkesh', name: 'Dwarkesh', role: '嘉宾' },
      { id: 'speaker-3', name: '旁白', role: null }
    ]);
  });

  it('starts every turn at a label line and keeps turns inside the interview part', () => {
    const interview = doc.sections.find((s) => s.title === INTERVIEW)!;
    const parts = new Set(doc.sections.filter((s) => s.parent === interview.id).map((s) => s.id));
    const turns = doc.passages.filter((p) => p.kind === 'turn');
    expect(turns).toHaveLength(98);
    for (const t of turns) {
      const label = matchLabel(lines[t.lineStart - 1]);
      expect(label?.form, `line ${t.lineStart}`).toBe('bold-line');
      expect(t.lineEnd).toBe(t.lineStart + 1);
      expect(parts.has(t.section!)).toBe(true);
    }
  });

  it('counts passages by kind', () => {
    const byKind: Record<string, number> = {};
    for (const p of doc.passages) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
    // every one of the 20 section titles (13 # headings, 7 bold pseudo-headings) is a heading passage
    expect(byKind).toEqual({ heading: 20, paragraph: 18, 'list-item': 79, outline: 49, turn: 98, note: 4 });
  });

  it('reads the outline code block line by line', () => {
    const outline = doc.passages.filter((p) => p.kind === 'outline');
    expect(outline[0]).toMatchObject({ lineStart: 50, text: '访谈：AI的规模化时代、现状与未来 (Russ Roberts & Dwarkesh Patel)' });
    expect(outline.at(-1)).toMatchObject({ lineStart: 98, text: '└── 结论与致谢' });
    expect(new Set(outline.map((p) => p.section)).size).toBe(1);
    expect(doc.sections.find((s) => s.id === outline[0].section)?.title).toBe('内容纲要');
  });

  it('keeps the interviewee/interviewer lines as one metadata paragraph and stage directions as notes', () => {
    const meta = doc.passages.find((p) => p.lineStart === 108)!;
    expect(meta.kind).toBe('paragraph');
    expect(meta.speaker).toBeNull();
    expect(meta.lineEnd).toBe(109);
    const notes = doc.passages.filter((p) => p.kind === 'note');
    expect(notes.map((p) => [p.lineStart, p.speaker])).toEqual([
      [132, null],
      [259, null],
      [422, null],
      [427, null]
    ]);
  });

  it('takes key-point timestamps at the end of a line as passage time', () => {
    const timed = doc.passages.filter((p) => p.time !== null);
    expect(timed.map((p) => [p.lineStart, p.time, p.text.endsWith('。')])).toEqual([
      [445, 139, true],
      [446, 909, true]
    ]);
  });

  it('does not treat bold key-point labels inside list items as speakers', () => {
    const item = doc.passages.find((p) => p.lineStart === 442)!;
    expect(item.kind).toBe('list-item');
    expect(item.speaker).toBeNull();
    expect(item.text.startsWith('**核心论点**：')).toBe(true);
  });
});
