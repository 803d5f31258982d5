import { describe, expect, it } from 'vitest';
import { decideSpeakers, isLabelName, matchLabel, SpeakerRegistry, slugify, type LabelCandidate } from './speakers';

describe('matchLabel', () => {
  it.each([
    ['**Russ (主持人):**', 'bold-line', 'Russ', '主持人', null, ''],
    ['**Dwarkesh (嘉宾)：**', 'bold-line', 'Dwarkesh', '嘉宾', null, ''],
    ['**旁白:**', 'bold-line', '旁白', null, null, ''],
    ['**Russ**:', 'bold-line', 'Russ', null, null, ''],
    ['**Russ** (host):', 'bold-line', 'Russ', 'host', null, ''],
    ['**Russ:** Hello there', 'bold-inline', 'Russ', null, null, 'Hello there'],
    ['**Russ**: Hello there', 'bold-inline', 'Russ', null, null, 'Hello there'],
    ['**李四（主持人）：**欢迎', 'bold-inline', '李四', '主持人', null, '欢迎'],
    ['Russ: Hello', 'colon-inline', 'Russ', null, null, 'Hello'],
    ['张三：你好', 'colon-inline', '张三', null, null, '你好'],
    ['Russ Roberts (host): Hello', 'colon-inline', 'Russ Roberts', 'host', null, 'Hello'],
    ['RUSS:', 'colon-line', 'RUSS', null, null, ''],
    ['[Russ] Hello', 'bracket-inline', 'Russ', null, null, 'Hello'],
    ['[Music]', 'bracket-line', 'Music', null, null, ''],
    ['[00:01:02] Russ: Hello', 'colon-inline', 'Russ', null, 62, 'Hello'],
    ['00:01:02 Russ: Hello', 'colon-inline', 'Russ', null, 62, 'Hello'],
    ['Russ (12:05): Hello', 'colon-inline', 'Russ', null, 725, 'Hello'],
    ['Russ Roberts  0:15', 'clock-line', 'Russ Roberts', null, 15, ''],
    ['Speaker 1: hi', 'colon-inline', 'Speaker 1', null, null, 'hi']
  ])('%s', (line, form, name, role, time, rest) => {
    const m = matchLabel(line);
    expect(m).not.toBeNull();
    expect(m).toMatchObject({ form, name, role, time });
    expect(line.slice(m!.textStart)).toBe(rest);
    expect(m!.labelOnly).toBe(rest === '');
  });

  it.each([
    ['metadata: colon inside, bold closes at the end', '**受访者：Dwarkesh Patel (播客作者，《The Scaling Era》合著者)**'],
    ['stage direction', '**(音乐)**'],
    ['bold sentence', '**在人工智能领域，一场变革正在发生。**'],
    ['URL', 'https://example.com/talk'],
    ['ratio', 'the ratio 3:1 holds'],
    ['clause with comma', 'However, as he said: yes'],
    ['too many words', 'This is a very long clause here: text'],
    ['stopword', 'Note: this is prose'],
    ['Chinese stopword', '例如：这样'],
    ['timestamp only', '12:05: text'],
    ['link', '[EconTalk](https://econtalk.org) text'],
    ['reference definition', '[1]: https://example.com'],
    ['bold colon glued', '**Note**:x'],
    ['list marker', '- Russ: hi'],
    ['heading', '# Title: sub'],
    ['long CJK clause', '这是一个非常非常非常长的中文句子开头部分：内容'],
    ['empty', '']
  ])('no label: %s', (_, line) => {
    expect(matchLabel(line)).toBeNull();
  });
});

describe('isLabelName', () => {
  it.each([
    ['Russ', true],
    ['Dwarkesh Patel', true],
    ['Dr. Jane Smith', true],
    ["O'Brien", true],
    ['旁白', true],
    ['主持人', true],
    ['Q', true],
    ['Speaker 2', true],
    ['a b c d e', false],
    ['He said, quietly', false],
    ['12', false],
    ['', false],
    ['x'.repeat(41), false],
    ['十三个汉字十三个汉字十三个', false],
    ['note', false]
  ])('%s -> %s', (name, ok) => {
    expect(isLabelName(name)).toBe(ok);
  });
});

const cand = (line: string, n: number, followedByList = false): LabelCandidate => ({ match: matchLabel(line)!, line: n, followedByList });

describe('decideSpeakers', () => {
  it.each([
    ['bold label line alone is accepted', [cand('**Host:**', 1)], ['host'], false],
    ['a role is strong evidence', [cand('Russ (host): hi', 1)], ['russ'], false],
    ['one weak name repeated is not a dialogue', [cand('Alice: a', 1), cand('Alice: b', 2)], [], false],
    ['two repeated weak names make a dialogue', [cand('Alice: a', 1), cand('Bob: b', 2), cand('Alice: c', 3), cand('Bob: d', 4)], ['alice', 'bob'], true],
    ['weak singletons stay text', [cand('Alice: a', 1), cand('Bob: b', 2)], [], false],
    [
      'singleton weak name in a dialogue is skipped',
      [cand('**Host:**', 1), cand('**Guest:**', 3), cand('Carol: hi', 5)],
      ['host', 'guest'],
      true
    ],
    ['bold inline singleton accepted in a dialogue', [cand('**Host:**', 1), cand('**Guest:**', 3), cand('**Caller:** hi', 5)], ['host', 'guest', 'caller'], true],
    ['caption before a list is no evidence', [cand('**Pros and risks:**', 1, true), cand('**Open questions:**', 4, true)], [], false],
    ['bracket line alone is no evidence', [cand('[Music]', 1), cand('[Music]', 2)], [], false]
  ])('%s', (_, candidates, accepted, dialogue) => {
    const d = decideSpeakers(candidates);
    expect([...d.accepted].sort()).toEqual([...accepted].sort());
    expect(d.dialogue).toBe(dialogue);
  });

  it('reports skipped person-like labels in a dialogue only', () => {
    const d = decideSpeakers([cand('**Host:**', 1), cand('**Guest:**', 3), cand('Carol: hi', 5), cand('The answer is simple: yes', 7)]);
    expect(d.skipped.map((c) => c.match.name)).toEqual(['Carol']);
  });
});

describe('slugify and SpeakerRegistry', () => {
  it.each([
    ['Russ', 'russ'],
    ['Dwarkesh Patel', 'dwarkesh-patel'],
    ['Dr. Müller', 'dr-muller'],
    ['旁白', ''],
    ['嘉宾Dwarkesh', 'dwarkesh']
  ])('slugify(%s) = %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives ids in order of first use, speaker-N for non-Latin names, unique ids, merged case variants', () => {
    const r = new SpeakerRegistry();
    expect(r.idFor('Russ', '主持人')).toBe('russ');
    expect(r.idFor('Dwarkesh', null)).toBe('dwarkesh');
    expect(r.idFor('旁白', null)).toBe('speaker-3');
    expect(r.idFor('RUSS', null)).toBe('russ');
    expect(r.idFor('Dwarkesh', '嘉宾')).toBe('dwarkesh');
    expect(r.idFor('Speaker 3', null)).toBe('speaker-3-2');
    expect(r.idFor('嘉宾Dwarkesh', null)).toBe('dwarkesh-2');
    expect(r.list).toEqual([
      { id: 'russ', name: 'Russ', role: '主持人' },
      { id: 'dwarkesh', name: 'Dwarkesh', role: '嘉宾' },
      { id: 'speaker-3', name: '旁白', role: null },
      { id: 'speaker-3-2', name: 'Speaker 3', role: null },
      { id: 'dwarkesh-2', name: '嘉宾Dwarkesh', role: null }
    ]);
  });
});
