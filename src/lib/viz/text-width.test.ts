// textWidth (labels.ts) is a table lookup; it must give exactly what the original per-character regex rules gave.
import { describe, expect, it } from 'vitest';
import { textWidth } from './labels';

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
function reference(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (CJK.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z]/.test(ch)) em += 0.65;
    else if (/[mwMW]/.test(ch)) em += 0.8;
    else if (/[il.,:;'|!()[\]]/.test(ch)) em += 0.3;
    else if (/[\u0000-\u024F]/.test(ch)) em += 0.55;
    else em += 1;
  }
  return em * size;
}

describe('textWidth', () => {
  it('matches the per-character rules for every BMP code point', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(textWidth(ch, 10)).toBeCloseTo(reference(ch, 10), 5);
    }
  });
  it.each([
    ['规模化 / Scaling', 13],
    ['Moravec paradox (1988)', 12],
    ['MW mw il.', 10],
    ['😀 emoji and 𝒳 astral', 12],
    ['lone \ud800 surrogate \udc00', 12],
    ['', 12]
  ])('%s', (text, size) => {
    expect(textWidth(text, size)).toBeCloseTo(reference(text, size), 5);
  });
});
