/**
 * Wrapping text into lines no wider than a width, by the shared width estimate (./measure.ts): Chinese, Japanese
 * and full-width characters are break opportunities on their own, Latin text breaks at spaces (a word wider than
 * the line is cut between characters), with the simple line-start / line-end rules (kinsoku) that keep closing
 * punctuation off the start of a line and opening punctuation off its end. For titles, legends and captions of
 * the image export. Pure.
 */
import { textWidth } from './measure';
import { closeBidi, stripControls } from './label-text';

/** Characters that may be broken between anywhere (each one is its own wrapping unit). */
const BREAKABLE_RE =
  /[\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF01-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Must not start a line (closing punctuation, small kana, iteration marks). */
const NO_LINE_START = new Set(
  Array.from('，。、；：！？）」』】》〉〕｝〗〙・…‥ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%’”')
);
/** Must not end a line (opening punctuation). */
const NO_LINE_END = new Set(Array.from('（「『【《〈〔｛〖〘‘“([{'));

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
  let curW = 0;
  for (const ch of text) {
    const w = textWidth(ch, fontSize, bold);
    if (cur && curW + w > maxWidth) {
      pieces.push(cur);
      cur = ch;
      curW = w;
    } else {
      cur += ch;
      curW += w;
    }
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * Wraps `text` into lines whose estimated width is at most `maxWidth` px. `\n` forces a break; empty lines are
 * dropped. Control characters are removed first; each line's bidi controls are balanced (a line is drawn as its
 * own run, so an override must not reach into the next).
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
  return lines.map(closeBidi);
}
