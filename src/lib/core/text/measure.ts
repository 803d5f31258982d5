/**
 * Text width without a DOM: the one estimate of how wide a label, a title or a legend line is drawn, used by the
 * build-time layout (room around a node), the screen placement of labels (SVG and Canvas views) and the image export
 * (fitting, wrapping). Deterministic, so placement gives the same result in tests, at prerender and in a worker.
 *
 * The widths model LABEL_FONT_STACK (./fonts.ts): Latin runs in an Arial-metric font, CJK in a CJK font. Per code
 * point:
 * - U+0020..U+024F (Latin, Latin-1, Latin Extended): a table measured in Chromium (canvas measureText, see
 *   tests/fixtures/text/measure-widths.mjs): the larger of Liberation Sans (= Arial, Helvetica metrics) and
 *   WenQuanYi Micro Hei (what a system without a Latin font in the stack draws), rounded up to 0.02 em;
 * - U+2000..U+206F (spaces, dashes, curly quotes, ellipsis): measured in the Latin font, drawn before the CJK font;
 * - combining marks, zero-width and bidi format characters, variation selectors: 0;
 * - Greek, Cyrillic: 0.7 em; everything else (CJK, kana, hangul, full-width forms, emoji, other scripts): 1 em.
 * Bold text is BOLD_FACTOR wider. Every bundled label measures 85-100% of the estimate (measure.test.ts).
 * A table lookup per UTF-16 unit: it runs for every label of thousands of nodes. Must not touch the DOM.
 */

/** Bold glyphs of the Latin font are up to this much wider (measured on the bundled labels). */
export const BOLD_FACTOR = 1.08;

/**
 * Measured widths of U+0020..U+024F and U+2000..U+206F, one character per code point: width in em =
 * (charCode - 40) / 50. Generated from tests/fixtures/text/measured-widths.json (see the test).
 */
const LATIN_TABLE =
  "66<IDUK499DE696;DDDDDDDDDD66EEED[JJLLJGOL9AJDTMOJOLJGLJWJJG7;7CDEDFAFD9DF55A5UFEFF<A9FANAAA:D:E(((((((((((((((((((((((((((((((((69DDDDDDER;DE(RD>D99EFI699;DRRRGJJJJJJZLJJJJ9999LMOOOOOEOLLLLJJGDDDDDDUADDDD6666EFEEEEEDGFFFFAFAJDJDJDLALALALALGLFJDJDJDJDJDODODODODLFLF9696969596MBA5JAAD5D5D7D9D5MFMFMFIMFOEOEOEZWL<L<L<JAJAJAJAG9G;G9LFLFLFLFLFLFWNJAJGAGAGA7HMKHKHKKDOQKHGHPGEDOKY:7NE6FYNHPVGXNIHKHBH9<G<GSINLMMKBJJEBHJEBH7A?7oibRP?WVPJG76PGMHMHMHMHMHGJGJGYYOHOHIEPGPGJE6oibOH`JNHJDZUOGJGJGHGHG9676PGPGK=K=MHMHJAG6HBNHMRKGKBJGHGPGPGPGPGGF@R@6ZZJKDDGBBF@KMJHG76OHK=GF";
const PUNCTUATION_TABLE =
  "AZAZ951D62+(((((99HDZZAD3333999BDD:F9JZ866(((((/Z\u007f2:B4;B999RAC9PP5ZA1<<VMMAHAAA9PA?ZPRFIRR8PR883((((((((((((((((";

function decode(table: string): Float32Array {
  const out = new Float32Array(table.length);
  for (let i = 0; i < table.length; i++) out[i] = (table.charCodeAt(i) - 40) / 50;
  return out;
}

/** em width per UTF-16 unit below U+2070; NaN where the range rules apply. */
const EM = (() => {
  const t = new Float32Array(0x2070).fill(1);
  t.fill(0, 0, 0x20); // C0 controls
  t.set(decode(LATIN_TABLE), 0x20);
  t.fill(0.56, 0x250, 0x300); // IPA, spacing modifiers
  t.fill(0, 0x300, 0x370); // combining diacritical marks
  t.fill(0.7, 0x370, 0x530); // Greek, Cyrillic
  t.set(decode(PUNCTUATION_TABLE), 0x2000);
  return t;
})();

/** Width in em of the UTF-16 unit c at or above U+2070 (a high surrogate stands for its whole code point). */
function wideEm(c: number): number {
  if (c >= 0xfe00 && c <= 0xfe0f) return 0; // variation selectors
  if (c === 0xfeff) return 0; // zero-width no-break space
  if (c >= 0xdc00 && c <= 0xdfff) return 0; // low surrogate: counted with its high surrogate
  return 1;
}

/**
 * Estimated advance width in px of `text` drawn at `size` px (bold: BOLD_FACTOR wider). A lone low surrogate
 * counts 0, a lone high surrogate 1 em, like the pair it starts.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    em += c < 0x2070 ? EM[c] : wideEm(c);
  }
  return em * size * (bold ? BOLD_FACTOR : 1);
}
