// The width estimate against widths measured in Chromium (tests/fixtures/text/measured-widths.json, made by
// measure-widths.mjs with Liberation Sans, WenQuanYi Micro Hei and DejaVu Sans).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOLD_FACTOR, textWidth } from './measure';

interface Measured {
  chars: Record<'latin' | 'cjk' | 'dejavu' | 'latinBold' | 'cjkBold', Record<string, number>>;
  labels: Array<{ text: string; stack: number; stackBold: number; cjk: number }>;
}
const measured = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/text/measured-widths.json', import.meta.url), 'utf8')) as Measured;
const { latin, cjk } = measured.chars;

describe('textWidth: per code point', () => {
  it('Latin and Latin Extended: the larger of the Latin and the CJK font, rounded up to 0.02 em', () => {
    for (let c = 0x20; c < 0x250; c++) {
      const k = c.toString(16);
      if (latin[k] === undefined) continue; // C1 controls: not measured, never drawn
      const want = Math.max(latin[k], cjk[k]);
      const got = textWidth(String.fromCharCode(c), 100) / 100;
      expect(got, `U+${k}`).toBeGreaterThanOrEqual(want - 1e-6);
      expect(got, `U+${k}`).toBeLessThanOrEqual(want + 0.02 + 1e-6);
    }
  });
  it('general punctuation: the Latin font (drawn before the CJK font), so curly quotes are narrow', () => {
    for (let c = 0x2000; c < 0x2070; c++) {
      const k = c.toString(16);
      const got = textWidth(String.fromCharCode(c), 100) / 100;
      expect(got, `U+${k}`).toBeGreaterThanOrEqual(latin[k] - 1e-6);
      expect(got, `U+${k}`).toBeLessThanOrEqual(latin[k] + 0.02 + 1e-6);
    }
    expect(textWidth('’', 10)).toBeLessThan(3);
  });
  it.each([
    ['CJK ideographs 1 em', '规模化', 10, 30],
    ['full-width punctuation 1 em', '，。（）', 10, 40],
    ['kana and hangul 1 em', 'かな한글', 10, 40],
    ['astral ideograph: one code point, 1 em', '𠀀', 10, 10],
    ['emoji 1 em', '😀', 10, 10],
    ['combining marks, zero-width and bidi controls, variation selectors: nothing', 'e\u0301\u200B\u202E\u2066\u2069\uFE0F\uFEFF', 10, textWidth('e', 10)],
    ['Cyrillic 0.7 em', 'Мир', 10, 21],
    ['empty', '', 12, 0]
  ])('%s', (_n, text, size, want) => {
    expect(textWidth(text, size)).toBeCloseTo(want, 5);
  });
  it('bold is BOLD_FACTOR wider', () => {
    expect(textWidth('AGI', 14, true)).toBeCloseTo(textWidth('AGI', 14) * BOLD_FACTOR, 6);
  });
  it('is additive and linear in the size (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 64 }), (a, b, size) => {
        expect(textWidth(a + b, size)).toBeCloseTo(textWidth(a, size) + textWidth(b, size), 6);
        expect(textWidth(a, size)).toBeCloseTo(textWidth(a, 1) * size, 6);
      }),
      { numRuns: 100 }
    );
  });
});

describe('textWidth: the bundled catalog labels, measured in the label font stack', () => {
  const ratios = measured.labels.map((l) => ({ text: l.text, regular: l.stack / textWidth(l.text, 1), bold: l.stackBold / textWidth(l.text, 1, true) }));
  it('every label measures 85-100% of its estimate (the estimate never falls short: no clipped labels)', () => {
    const off = ratios.filter((r) => r.regular < 0.85 || r.regular > 1.0001 || r.bold < 0.85 || r.bold > 1.0001);
    expect(off).toEqual([]);
  });
  it('and so does the CJK font alone (a system without the Latin fonts)', () => {
    const off = measured.labels.filter((l) => l.cjk / textWidth(l.text, 1) > 1.0001 || l.cjk / textWidth(l.text, 1) < 0.8).map((l) => l.text);
    expect(off).toEqual([]);
  });
});
