/** Label text made safe to draw: controls, bidi balancing and isolation, the length cap; wrapping. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capLabel, cleanInline, closeBidi, drawnLabel, isolate, MAX_LABEL_EM, stripControls } from './label-text';
import { textWidth } from './measure';
import { wrapText } from './wrap';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const LRE = '\u202A';

describe('stripControls / cleanInline', () => {
  it('keeps line breaks, turns tabs and CRLF into space / LF, drops C0/C1 controls, DEL, lone surrogates', () => {
    expect(stripControls('a\tb\r\nc\rd')).toBe('a b\nc\nd');
    expect(stripControls('a\u0000b\u0007c\u007Fd\u0085e\uD800f\uFFFE')).toBe('abcdef');
  });
  it('collapses whitespace and balances bidi controls', () => {
    expect(cleanInline('  规模化 \n / \t Scaling  ')).toBe('规模化 / Scaling');
    expect(cleanInline(`${RLO}evil`)).toBe(`${RLO}evil${PDF}`);
  });
});

/** Whether the explicit bidi controls of s are balanced (every opener closed, no stray closer). */
function balanced(s: string): boolean {
  const open: string[] = [];
  for (const ch of s) {
    if ('\u202A\u202B\u202D\u202E'.includes(ch)) open.push('e');
    else if ('\u2066\u2067\u2068'.includes(ch)) open.push('i');
    else if (ch === PDF) {
      if (open.pop() !== 'e') return false;
    } else if (ch === PDI) {
      if (open.pop() !== 'i') return false;
    }
  }
  return open.length === 0;
}
const withoutControls = (s: string) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

describe('closeBidi', () => {
  it.each([
    ['no controls: unchanged', 'abc 规模化', 'abc 规模化'],
    ['terminated override: unchanged', `${RLO}evil${PDF}`, `${RLO}evil${PDF}`],
    ['unterminated override closed at the end', `${RLO}evil`, `${RLO}evil${PDF}`],
    ['unterminated isolate closed', `${RLI}abc`, `${RLI}abc${PDI}`],
    ['stray closers removed', `a${PDF}b${PDI}c`, 'abc'],
    ['a PDF does not close an isolate', `${FSI}a${PDF}b`, `${FSI}ab${PDI}`],
    ['a PDI closes the embeddings inside its isolate', `${RLI}${LRE}x${PDI}y`, `${RLI}${LRE}x${PDF}${PDI}y`],
    ['nested, closed innermost first', `${RLI}${RLO}x`, `${RLI}${RLO}x${PDF}${PDI}`]
  ])('%s', (_n, input, expected) => {
    expect(closeBidi(input)).toBe(expected);
  });
  it('output is balanced, idempotent, and keeps the text (property)', () => {
    const alphabet = fc.constantFrom('a', '规', ' ', '\u05D0', RLO, PDF, LRE, RLI, FSI, PDI, '\u202B', '\u202D', '\u2066');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const s = chars.join('');
        const out = closeBidi(s);
        expect(balanced(out)).toBe(true);
        expect(closeBidi(out)).toBe(out);
        expect(withoutControls(out)).toBe(withoutControls(s));
      }),
      { numRuns: 500 }
    );
  });
  it('an unterminated override in one legend name does not reach the next one', () => {
    // before the fix, "A · B" with A = RLO "evil" drew B reversed: the override ran to the end of the line
    const line = [closeBidi(`${RLO}evil`), closeBidi('Scaling')].join(' · ');
    expect(line.indexOf(PDF)).toBeLessThan(line.indexOf('Scaling'));
    expect(balanced(line)).toBe(true);
  });
});

describe('isolate', () => {
  it.each([
    ['plain Latin / CJK text needs none', 'Scaling 规模化', 'Scaling 规模化'],
    ['right-to-left letters are isolated', 'שלום', `${FSI}שלום${PDI}`],
    ['controls are isolated and balanced', `${RLO}evil`, `${FSI}${RLO}evil${PDF}${PDI}`],
    ['empty', '', '']
  ])('%s', (_n, input, expected) => {
    expect(isolate(input)).toBe(expected);
  });
});

describe('capLabel / drawnLabel', () => {
  it('leaves labels within MAX_LABEL_EM as they are', () => {
    expect(capLabel('莫拉维克悖论 / Moravec’s paradox')).toBe('莫拉维克悖论 / Moravec’s paradox');
  });
  it.each([
    ['10,000 Latin letters', 'x'.repeat(10_000)],
    ['10,000 Chinese characters', '规'.repeat(10_000)],
    ['astral characters', '𠀀'.repeat(500)],
    ['an unterminated override', `${RLO}${'evil '.repeat(2000)}`]
  ])('cuts %s to MAX_LABEL_EM with an ellipsis, balanced', (_n, text) => {
    const out = capLabel(text);
    expect(out.endsWith('…') || out.endsWith(`…${PDF}`)).toBe(true);
    expect(textWidth(out, 1)).toBeLessThanOrEqual(MAX_LABEL_EM + 1e-9);
    expect(textWidth(out, 1)).toBeGreaterThan(MAX_LABEL_EM - 2);
    expect(text.startsWith(withoutControls(out).replace(/…$/, '').trimEnd()) || withoutControls(text).startsWith(withoutControls(out).replace(/…$/, '').trimEnd())).toBe(true);
    expect(balanced(out)).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF]…/); // no half surrogate pair before the ellipsis
  });
  it('drawnLabel balances and cuts but keeps other characters (the page shows them as they are)', () => {
    expect(drawnLabel(`${RLO}evil`)).toBe(`${RLO}evil${PDF}`);
    expect(drawnLabel('zero\u200Bwidth\u0007bell')).toBe('zero\u200Bwidth\u0007bell');
    expect(drawnLabel('x'.repeat(100), 10).length).toBeLessThan(25);
  });
});

describe('wrapText', () => {
  it.each([
    ['Latin by word', 'alpha beta kappa delta', textWidth('kappa delta', 10), ['alpha beta', 'kappa delta']],
    ['CJK by character', '一二三四五六七', 30, ['一二三', '四五六', '七']],
    ['closing punctuation stays with the previous character', '一二，三四', 20, ['一', '二，', '三四']],
    ['opening punctuation stays with the next character', '一二（三）', 30, ['一二', '（三）']],
    ['mixed CJK and Latin without spaces', '使用Transformer架构', textWidth('Transformer', 10), ['使用', 'Transformer', '架构']],
    ['over-long word is cut by characters', 'abcdefghij', textWidth('abcd', 10), ['abcd', 'efgh', 'ij']],
    ['explicit line breaks, empty lines dropped', 'a\n\nb', 100, ['a', 'b']],
    ['empty', '', 100, []],
    ['whitespace only', '  \n ', 100, []],
    ['each line balanced on its own', `${RLO}abc def`, textWidth('abc', 10), [`${RLO}abc${PDF}`, 'def']]
  ])('%s', (_n, text, width, expected) => {
    expect(wrapText(text, width, 10)).toEqual(expected);
  });
  it('every line fits, all characters kept in order (many widths)', () => {
    const text = '规模化时代：概念共现图 / The Scaling Era: concept co-mentions, 莫拉维克悖论 (Moravec’s paradox)。';
    for (let w = 20; w < 400; w += 7) {
      const lines = wrapText(text, w, 10);
      for (const l of lines) if (Array.from(l).length > 1) expect(textWidth(l, 10)).toBeLessThanOrEqual(w + 20);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});
