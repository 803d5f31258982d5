/**
 * Offset-preserving case folding and the word-boundary test used by the matcher.
 *
 * Folding works per UTF-16 code unit: a unit is replaced by its lower-case form only when that form is a single
 * unit too (A->a, É->é, Σ->σ, К->к; İ, whose lower case is two units, stays as is; surrogates stay as is). So a
 * folded string has exactly the length of the original and every offset in it is an offset in the original.
 *
 * A "word character" (for boundaries) is a letter of the Latin script or any number (\p{N}), looked up per code
 * point, so astral digits such as 𝟏 count and a surrogate pair is never split in two.
 *
 * Pure: no fs, no DOM. Tables are built lazily on first use and shared.
 */

let foldTable: Uint16Array | null = null;

/** The per-code-unit fold table: `table[u]` is the folded unit for unit `u`. Built once (65,536 entries). */
export function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    t[u] = u;
    if (u >= 0xd800 && u <= 0xdfff) continue; // lone surrogate halves: never folded
    const lower = String.fromCharCode(u).toLowerCase();
    if (lower.length === 1) t[u] = lower.charCodeAt(0);
  }
  foldTable = t;
  return t;
}

/** Case-folds `text` unit by unit; the result always has `text.length`. */
export function foldCase(text: string): string {
  const t = getFoldTable();
  let out = '';
  let from = 0;
  // Build the result in slices so unchanged runs (e.g. CJK text) are copied without per-char work.
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const f = t[u];
    if (f !== u) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Every Latin-script code point is a letter except the Roman numerals, which are \p{N}: one class suffices. */
const WORD_RE = /^[\p{N}\p{Script=Latin}]$/u;
/** -1 unknown, 0 no, 1 yes; lazily filled per BMP unit. */
const bmpWord = new Int8Array(0x10000).fill(-1);

function classify(cp: number): boolean {
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** True when the code point is a Latin-script letter or a number (\p{N}). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let v = bmpWord[cp];
    if (v === -1) {
      v = cp >= 0xd800 && cp <= 0xdfff ? 0 : classify(cp) ? 1 : 0;
      bmpWord[cp] = v;
    }
    return v === 1;
  }
  return classify(cp);
}

/** True when the code point that ends just before `index` is a word character. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const lo = text.charCodeAt(index - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && index >= 2) {
    const hi = text.charCodeAt(index - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return isWordCodePoint(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
  }
  return isWordCodePoint(lo);
}

/** True when the code point that starts at `index` is a word character. */
export function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const cp = text.codePointAt(index) as number;
  return isWordCodePoint(cp);
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const hi = text.charCodeAt(index - 1);
  const lo = text.charCodeAt(index);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
