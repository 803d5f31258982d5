import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './units';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['Chinese full stops', '规模化很重要。算力也是。', ['规模化很重要。', '算力也是。']],
    ['Chinese ! ? and ；', '真的吗？当然！先这样；再那样', ['真的吗？', '当然！', '先这样；', '再那样']],
    ['ASCII ! and ? split even without a space', '真的吗?我觉得是!好', ['真的吗?', '我觉得是!', '好']],
    ['runs of terminators stay together', '什么？！不会吧……真的?!Yes.', ['什么？！', '不会吧……真的?!', 'Yes.']],
    ['closing quotes and brackets stay with the sentence', '他说：“我们不知道。”然后笑了。（这是真的。）好', ['他说：“我们不知道。”', '然后笑了。', '（这是真的。）', '好']],
    ['corner brackets', '「对。」『好。』', ['「对。」', '『好。』']],
    ['English sentences', 'Scaling works. Nobody knows why! Really? Yes.', ['Scaling works.', 'Nobody knows why!', 'Really?', 'Yes.']],
    ['decimal numbers and versions are not split', 'GPT-4.5 is 3.5 times better. Right.', ['GPT-4.5 is 3.5 times better.', 'Right.']],
    ['dots inside words are not split', 'See example.com and a.b.c now.', ['See example.com and a.b.c now.']],
    ['English closing quote after the period', 'He said "stop." Then left.', ['He said "stop."', 'Then left.']],
    ['closing parenthesis after the period', '(It works.) Fine.', ['(It works.)', 'Fine.']],
    ['common abbreviations do not end a sentence', 'Ask Dr. Smith, e.g. about this. Mr. Jones vs. him.', ['Ask Dr. Smith, e.g. about this.', 'Mr. Jones vs. him.']],
    ['ellipsis before a space ends a sentence', 'Well... maybe. 嗯……', ['Well...', 'maybe.', '嗯……']],
    ['newlines always split, blank lines dropped', 'line one\nline two\n\n  line three  ', ['line one', 'line two', 'line three']],
    ['CR and LF', 'a\r\nb', ['a', 'b']],
    ['mixed Chinese and English', 'Patel认为，scaling是关键。He agrees. 对吧？', ['Patel认为，scaling是关键。', 'He agrees.', '对吧？']],
    ['no terminator at all', '  just words  ', ['just words']],
    ['whitespace only', ' \n\t　', []],
    ['empty', '', []],
    ['terminator only', '。', ['。']],
    ['full-width space is trimmed', '　你好。　再见。', ['你好。', '再见。']],
    ['emoji and surrogates are kept', '好😀。🚀 go! ', ['好😀。', '🚀 go!']]
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('returns trimmed, ordered, disjoint ranges covering every non-space character exactly once', () => {
    const pieces = ['。', '！', '？', '!', '?', '；', '.', ' ', '\n', '”', '」', '）', '"', 'a', 'B', '3', '中', '文', '😀', '…', '\t', '　'];
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const ranges = splitSentences(text);
        const covered = new Array<boolean>(text.length).fill(false);
        let prevEnd = 0;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(prevEnd);
          expect(r.end).toBeGreaterThan(r.start);
          expect(/\s/.test(text[r.start])).toBe(false);
          expect(/\s/.test(text[r.end - 1])).toBe(false);
          for (let i = r.start; i < r.end; i++) covered[i] = true;
          prevEnd = r.end;
        }
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) expect(covered[i]).toBe(true);
      })
    );
  });
});
