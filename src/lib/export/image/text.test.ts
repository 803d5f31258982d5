/** Tests of the text helpers: escaping, control-character removal, width estimate, wrapping. */
import { describe, expect, it } from 'vitest';
import { cleanInline, escapeXml, isWide, stripControls, textWidth, truncate, wrapText } from './text';

describe('escapeXml', () => {
  it.each([
    ['all five specials', `&<>"'`, '&amp;&lt;&gt;&quot;&#39;'],
    ['entity stays literal', '&amp;', '&amp;amp;'],
    ['script', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['attribute breakout', '" onload="x', '&quot; onload=&quot;x'],
    ['C0/C1 controls, DEL removed', 'a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\u0085g', 'abcdefg'],
    ['lone surrogates removed, pairs kept', '\uD800x\uDC00y\uD840\uDC00', 'xy\uD840\uDC00'],
    ['noncharacters removed', 'a\uFFFEb\uFFFF', 'ab'],
    ['CJK untouched', '莫拉维克悖论', '莫拉维克悖论']
  ])('%s', (_n, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('stripControls / cleanInline / truncate', () => {
  it('keeps line breaks, turns tabs and CRLF into space / LF', () => {
    expect(stripControls('a\tb\r\nc\rd')).toBe('a b\nc\nd');
  });
  it('collapses whitespace', () => {
    expect(cleanInline('  规模化 \n / \t Scaling  ')).toBe('规模化 / Scaling');
  });
  it.each([
    ['short', 'abc', 5, 'abc'],
    ['exact', 'abcde', 5, 'abcde'],
    ['cut', 'abcdef', 5, 'abcd…'],
    ['astral counted as one', '𠀀𠀀𠀀𠀀𠀀𠀀', 3, '𠀀𠀀…']
  ])('truncate %s', (_n, s, max, expected) => {
    expect(truncate(s, max)).toBe(expected);
  });
});

describe('textWidth estimate', () => {
  it.each([
    ['CJK 1.0 em', '规模化', 10, 30],
    ['Latin 0.56 em', 'Scaling', 10, 0.56 * 10 * 7],
    ['full-width punctuation 1.0 em', '，。（）', 10, 40],
    ['curly quotes and dash are wide', '“—”', 10, 30],
    ['wide Latin glyphs', 'mW', 10, 18.4],
    ['kana and hangul', 'かな한글', 10, 40],
    ['astral ideograph', '𠀀', 10, 10],
    ['bidi isolates, overrides and zero-width characters have no advance', '\u2068规\u202E\u200B\u2069', 10, 10]
  ])('%s', (_n, text, fs, expected) => {
    expect(textWidth(text, fs)).toBeCloseTo(expected, 6);
  });
  it('bold is wider', () => {
    expect(textWidth('AGI', 14, true)).toBeGreaterThan(textWidth('AGI', 14));
  });
  it('isWide', () => {
    expect([...'规a，A한'].map(isWide)).toEqual([true, false, true, false, true]);
  });
});

describe('wrapText', () => {
  it.each([
    ['Latin by word', 'alpha beta kappa delta', 10 * 0.56 * 11, ['alpha beta', 'kappa delta']],
    ['CJK by character', '一二三四五六七', 30, ['一二三', '四五六', '七']],
    ['closing punctuation stays with the previous character', '一二，三四', 20, ['一', '二，', '三四']],
    ['opening punctuation stays with the next character', '一二（三）', 30, ['一二', '（三）']],
    ['mixed CJK and Latin without spaces', '使用Transformer架构', 66, ['使用', 'Transformer', '架构']],
    ['over-long word is cut by characters', 'abcdefghij', 10 * 0.56 * 4, ['abcd', 'efgh', 'ij']],
    ['explicit line breaks, empty lines dropped', 'a\n\nb', 100, ['a', 'b']],
    ['empty', '', 100, []],
    ['whitespace only', '  \n ', 100, []]
  ])('%s', (_n, text, width, expected) => {
    expect(wrapText(text, width, 10)).toEqual(expected);
  });
  it('every line fits (property over many widths)', () => {
    const text = '规模化时代：概念共现图 / The Scaling Era: concept co-mentions, 莫拉维克悖论 (Moravec’s paradox)。';
    for (let w = 20; w < 400; w += 7) {
      const lines = wrapText(text, w, 10);
      for (const l of lines) {
        // a single unbreakable unit may exceed only if it is one character
        if (Array.from(l).length > 1) expect(textWidth(l, 10)).toBeLessThanOrEqual(w + 1e-9 + 20);
      }
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});
