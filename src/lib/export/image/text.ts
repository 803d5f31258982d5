/**
 * Text helpers for the SVG export: sanitising untrusted strings, XML escaping, estimating rendered text width
 * without a DOM, and wrapping (CJK per character, Latin per word, with simple line-start/line-end rules).
 *
 * Pure functions only: no DOM, no canvas measureText, no fonts. Width is an *estimate* used to lay the figure out
 * so that nothing is clipped: CJK / full-width characters count 1.0 em, everything else 0.56 em, except a few
 * wide Latin glyphs (m w M W @ % and round capitals: 0.76-0.92 em, measured on WenQuanYi Micro Hei in Chromium,
 * where without them "WWWW" would overflow its estimate by 58%); bold text is widened by BOLD_FACTOR.
 * Checked against Chromium's measureText with WenQuanYi Micro Hei: real labels measure 70-96% of the estimate.
 */

/** Width of one CJK / full-width character, in em. */
export const CJK_EM = 1.0;
/** Width of any other character, in em. */
export const OTHER_EM = 0.56;
/** Latin glyphs wider than OTHER_EM (em, rounded up from measurements, bold included). */
const WIDE_LATIN: Record<string, number> = {};
for (const ch of 'mMW@%œæ©®') WIDE_LATIN[ch] = 0.92;
for (const ch of 'wOQNH&UGDÖÜ') WIDE_LATIN[ch] = 0.76;
/** Bold text is estimated this much wider than regular text. */
export const BOLD_FACTOR = 1.08;

/**
 * Characters rendered full-width: Hangul Jamo, CJK radicals / symbols / punctuation, kana, bopomofo, enclosed CJK,
 * CJK ideographs (incl. extension A and compatibility), Hangul syllables, CJK compatibility forms, full-width
 * forms, general punctuation that CJK fonts draw full-width (dashes, curly quotes, ellipsis), supplementary
 * ideographs (planes 2-3) and emoji.
 */
const WIDE_RE =
  /[\u00B7\u1100-\u115F\u2010-\u2027\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF01-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** Characters that may be broken between anywhere (each one is its own wrapping unit). */
const BREAKABLE_RE =
  /[\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF01-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Must not start a line (closing punctuation, small kana, iteration marks). */
const NO_LINE_START = new Set(
  Array.from('，。、；：！？）」』】》〉〕｝〗〙・…‥ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%’”')
);
/** Must not end a line (opening punctuation). */
const NO_LINE_END = new Set(Array.from('（「『【《〈〔｛〖〘‘“([{'));

/**
 * Control characters and other code points that are invalid or dangerous in XML text: C0 controls (tab, LF, CR
 * are handled by the callers), DEL, C1 controls, lone surrogates, U+FFFE / U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes control characters and lone surrogates; tabs become spaces; line breaks are kept. */
export function stripControls(s: string): string {
  return String(s ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_RE, '');
}

/** One-line text: controls removed, all whitespace runs (incl. line breaks) collapsed to one space, trimmed. */
export function cleanInline(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ').trim();
}

/** Cuts `s` to at most `max` code points, ending with an ellipsis when cut. */
export function truncate(s: string, max: number): string {
  const cps = Array.from(s);
  if (cps.length <= max) return s;
  return cps.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}

/** XML-escapes text or attribute content (& < > " ') after removing control characters. */
export function escapeXml(s: string): string {
  return stripControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** True when the character (one code point) is drawn full-width. */
export function isWide(ch: string): boolean {
  return WIDE_RE.test(ch);
}

/** Estimated advance width in px of `text` at `fontSize` px. */
/** Invisible format characters (zero-width space/joiners, bidi marks, embeddings, isolates, BOM): no advance. */
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) if (!ZERO_WIDTH.test(ch)) em += isWide(ch) ? CJK_EM : (WIDE_LATIN[ch] ?? OTHER_EM);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

interface Token {
  text: string;
  spaceBefore: boolean;
}

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let wordSpace = false;
  let pendingSpace = false;
  const flush = (): void => {
    if (word) tokens.push({ text: word, spaceBefore: wordSpace });
    word = '';
  };
  for (const ch of paragraph) {
    if (/\s/.test(ch)) {
      flush();
      pendingSpace = true;
    } else if (BREAKABLE_RE.test(ch)) {
      flush();
      tokens.push({ text: ch, spaceBefore: pendingSpace });
      pendingSpace = false;
    } else {
      if (!word) {
        wordSpace = pendingSpace;
        pendingSpace = false;
      }
      word += ch;
    }
  }
  flush();
  // Kinsoku: glue closing punctuation to what precedes it, opening punctuation to what follows it.
  const merged: Token[] = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    const first = Array.from(t.text)[0];
    if (prev && !t.spaceBefore) {
      const prevChars = Array.from(prev.text);
      const prevLast = prevChars[prevChars.length - 1];
      if (NO_LINE_START.has(first) || NO_LINE_END.has(prevLast)) {
        prev.text += t.text;
        continue;
      }
    }
    merged.push({ ...t });
  }
  return merged;
}

/** Splits one over-long unit into pieces no wider than maxWidth (at least one character each). */
function hardBreak(text: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (cur && textWidth(cur + ch, fontSize, bold) > maxWidth) {
      pieces.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * Wraps `text` into lines whose estimated width is at most `maxWidth` px. CJK characters are break opportunities
 * on their own; Latin text breaks at spaces (a word wider than the line is cut by characters). `\n` forces a break;
 * empty lines are dropped. Control characters are removed first.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', fontSize, bold);
  for (const paragraph of stripControls(text).split('\n')) {
    let cur = '';
    let curW = 0;
    for (const tok of tokenize(paragraph)) {
      const w = textWidth(tok.text, fontSize, bold);
      const sep = cur && tok.spaceBefore ? space : 0;
      if (cur && curW + sep + w <= maxWidth) {
        cur += (sep ? ' ' : '') + tok.text;
        curW += sep + w;
        continue;
      }
      if (cur) lines.push(cur);
      if (w <= maxWidth) {
        cur = tok.text;
        curW = w;
      } else {
        const pieces = hardBreak(tok.text, maxWidth, fontSize, bold);
        lines.push(...pieces.slice(0, -1));
        cur = pieces[pieces.length - 1] ?? '';
        curW = textWidth(cur, fontSize, bold);
      }
    }
    if (cur) lines.push(cur);
  }
  return lines;
}
