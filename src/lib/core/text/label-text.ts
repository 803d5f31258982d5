/**
 * Untrusted label text made safe to draw: control characters removed, bidi controls balanced (an unterminated
 * right-to-left override in one label must not reverse the next one), every label isolated, over-long labels cut
 * with an ellipsis. Used by the screen views (SVG, Canvas), the legend and the image export; the full text stays in
 * the accessible name and in the export's <title>.
 *
 * For HTML, draw a label inside <bdi> (or `unicode-bidi: isolate`) and pass it through `closeBidi`; for SVG and
 * canvas text, where there is no such element, use `isolate`. Pure string functions: no DOM.
 */
import { textWidth } from './measure';

/**
 * Control characters and code points invalid in XML text: C0 controls (tab, LF, CR handled by the callers), DEL, C1
 * controls, lone surrogates, U+FFFE / U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes control characters and lone surrogates; tabs become spaces; line breaks (LF) are kept. */
export function stripControls(s: string): string {
  return String(s ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_RE, '');
}

/** One-line text: controls removed, bidi balanced, whitespace runs (line breaks too) collapsed, trimmed. */
export function cleanInline(s: string): string {
  return closeBidi(stripControls(s).replace(/\s+/g, ' ').trim());
}

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Balances the explicit bidi controls of `s` as the Unicode bidi algorithm pairs them (UAX #9 X1-X8): a PDF closes
 * the last embedding or override opened inside the current isolate, a PDI closes the last isolate (and the
 * embeddings inside it). Closers without an opener are removed; openers still open at the end are closed there.
 * So the text can be joined with other text (a legend line, a caption) without changing the direction of what
 * follows. Text without bidi controls is returned as is.
 */
export function closeBidi(s: string): string {
  if (!BIDI_CONTROL.test(s)) return s;
  const open: number[] = []; // stack of openers: embeddings/overrides (PDF closes) and isolates (PDI closes)
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LRE || c === RLE || c === LRO || c === RLO || c === LRI || c === RLI || c === FSI) {
      open.push(c);
      out += s[i];
    } else if (c === PDF) {
      const top = open[open.length - 1];
      if (top === undefined || top === LRI || top === RLI || top === FSI) continue; // nothing to close here
      open.pop();
      out += s[i];
    } else if (c === PDI) {
      const at = Math.max(open.lastIndexOf(LRI), open.lastIndexOf(RLI), open.lastIndexOf(FSI));
      if (at < 0) continue;
      // the PDI closes the embeddings opened inside the isolate too: write their PDFs first, explicitly
      while (open.length - 1 > at) {
        open.pop();
        out += '\u202C';
      }
      open.pop();
      out += s[i];
    } else out += s[i];
  }
  while (open.length) {
    const c = open.pop()!;
    out += c === LRI || c === RLI || c === FSI ? '\u2069' : '\u202C';
  }
  return out;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms) and bidi controls. */
const BIDI_RELEVANT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;

/**
 * The text as a bidi isolate (FIRST STRONG ISOLATE .. POP DIRECTIONAL ISOLATE), balanced inside: its direction is
 * taken from its own first strong character, and nothing in it affects the text around it. For SVG and canvas text.
 * Text without right-to-left letters or bidi controls needs no isolate and is returned as is.
 */
export function isolate(s: string): string {
  return BIDI_RELEVANT.test(s) ? `\u2068${closeBidi(s)}\u2069` : s;
}

/** Labels are cut to at most this many em (about 24 Chinese characters or 40 Latin letters). */
export const MAX_LABEL_EM = 24;

/**
 * Cuts `text` so that it is at most `maxEm` em wide (by the shared estimate), ending with an ellipsis when cut; never
 * splits a surrogate pair; bidi controls of the kept part are balanced again.
 */
export function capLabel(text: string, maxEm = MAX_LABEL_EM): string {
  if (textWidth(text, 1) <= maxEm) return text;
  // the cut may drop closers: they are added again at the end
  const budget = maxEm - textWidth('…', 1);
  let em = 0;
  let end = 0;
  for (const ch of text) {
    const w = textWidth(ch, 1);
    if (em + w > budget) break;
    em += w;
    end += ch.length;
  }
  if (end === 0) end = String.fromCodePoint(text.codePointAt(0) ?? 0x20).length; // at least one character
  return closeBidi(text.slice(0, end).trimEnd() + '…');
}

/**
 * The text a label is drawn with: bidi balanced, cut to `maxEm` (default MAX_LABEL_EM) with an ellipsis. Other
 * characters are kept as they are (the page draws them; the image export cleans its text first with cleanInline).
 */
export function drawnLabel(text: string, maxEm = MAX_LABEL_EM): string {
  return capLabel(closeBidi(text), maxEm);
}
