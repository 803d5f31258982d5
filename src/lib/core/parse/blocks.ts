/**
 * The block parser shared by Markdown and plain text: classifies lines, finds speaker labels, and emits sections
 * and passages into a DocumentBuilder. Pure; never throws on any string (the builder enforces the passage
 * invariants).
 *
 * Blocks, in order of precedence for a line outside a code fence:
 *   blank line            separates paragraphs, never ends a turn by itself
 *   heading (md)          new section; ends the current turn
 *   thematic break (md)   ends the current turn; no passage
 *   code fence (md)       ends the current turn; every non-blank line inside is an `outline` passage; a fence
 *                         that is never closed runs to the end of the file (warning at the opening line)
 *   speaker label         an accepted label (see speakers.ts) ends the current turn and starts a new one; the turn
 *                         text starts after the label (same line) or on the next line, and continues over
 *                         following paragraphs, lists and blank lines until the next label or structure
 *   stage direction       `(音乐)`, `**(…)**`, `[Music]` alone on a line: a `note` passage; ends the current turn
 *   bold metadata (md)    a bold-only line with a colon inside (`**受访者：Name (…)**`) ends the current turn and
 *                         starts a paragraph
 *   timestamp-only line   outside a turn: gives its time to the next passage, no passage of its own
 *   list item (md)        `-`, `*`, `+`, `1.`, `1)`: a `list-item` passage from the text after the marker over its
 *                         lazy continuation lines and indented continuation paragraphs; nested items are their own
 *                         passages
 *   pseudo-heading (md)   a bold-only line without a trailing colon, outside a turn, whose next non-blank line is
 *                         a list item: a section one level deeper than the last real heading
 *   paragraph             consecutive non-blank lines up to a blank line, a structure or a label line
 * In plain text only labels, stage directions, timestamp-only lines and paragraphs exist.
 */
import type { DocumentBuilder } from './builder';
import { isBlank, lineText } from './lines';
import { decideSpeakers, isStrongForm, matchLabel, nameKey, type LabelCandidate, type LabelMatch } from './speakers';
import {
  boldOnly,
  closesFence,
  frontMatterLines,
  frontMatterTitle,
  frontMatterValue,
  indentWidth,
  isNoteLine,
  isThematicBreak,
  parseFenceOpen,
  parseHeading,
  parseListMarker,
  stripEmphasis
} from './syntax';
import { leadingTimestamp, timestampOnly } from './timestamps';

export interface BlockOptions {
  markdown: boolean;
}

type LineClass = 'blank' | 'front' | 'heading' | 'hr' | 'fence-open' | 'fence-body' | 'fence-close' | 'list' | 'text';

export interface BlockResult {
  /**
   * The document's title, in this order: the front matter's `title:`; a `#` heading that is the first heading
   * and comes before any passage; the only `#` heading; without any `#` heading, the first `##` heading before
   * any passage. Else null (a first `## Briefing` in a document with `#` parts is a section, not the title).
   */
  headingTitle: string | null;
  headingCount: number;
  /** The front matter's recording URL (`media:`, `recording:`, `video:` or `audio:`), unchecked, or null. */
  media: string | null;
}

export function parseBlocks(b: DocumentBuilder, options: BlockOptions): BlockResult {
  const md = options.markdown;
  const t = b.lines;
  const n = t.count;
  const text = (i: number) => lineText(t, i);

  // 1. classify lines
  const cls: LineClass[] = new Array<LineClass>(n).fill('text');
  const fenceClose = new Map<number, number>();
  let i = md ? frontMatterLines(text, n) : 0;
  const metaTitle = i > 0 ? frontMatterTitle(text, i) : null;
  const metaMedia = i > 0 ? frontMatterValue(text, i, ['media', 'recording', 'video', 'audio']) : null;
  for (let k = 0; k < i; k++) cls[k] = 'front';
  while (i < n) {
    const s = text(i);
    if (isBlank(s)) cls[i] = 'blank';
    else if (md) {
      const fence = parseFenceOpen(s);
      if (fence) {
        cls[i] = 'fence-open';
        let j = i + 1;
        while (j < n && !closesFence(text(j), fence)) cls[j++] = 'fence-body';
        fenceClose.set(i, j);
        if (j < n) cls[j] = 'fence-close';
        i = j + 1;
        continue;
      }
      if (parseHeading(s)) cls[i] = 'heading';
      else if (isThematicBreak(s)) cls[i] = 'hr';
      else if (parseListMarker(s)) cls[i] = 'list';
    }
    i++;
  }
  const nextNonBlank = (from: number) => {
    let k = from;
    while (k < n && cls[k] === 'blank') k++;
    return k;
  };

  // 2. speaker labels
  const labels: (LabelMatch | null)[] = new Array<LabelMatch | null>(n).fill(null);
  const candidates: LabelCandidate[] = [];
  for (let k = 0; k < n; k++) {
    if (cls[k] !== 'text') continue;
    const m = matchLabel(text(k));
    if (!m) {
      const s = text(k);
      if (md && /^[ \t]*\*\*[^*\n]+[:：][ \t]*\*\*[ \t]*$/.test(s) && cls[nextNonBlank(k + 1)] !== 'list')
        b.warn(k + 1, `"${s.trim()}" looks like a speaker label but the name is too long or has punctuation; kept as text`, 'speaker-looking label');
      continue;
    }
    // the line right after a label alone on its line is that turn's text, not a weak label (a bold one still counts)
    if (k > 0 && labels[k - 1]?.labelOnly && !isStrongForm(m.form)) continue;
    labels[k] = m;
    candidates.push({ match: m, line: k + 1, followedByList: m.labelOnly && cls[nextNonBlank(k + 1)] === 'list' });
  }
  const decision = decideSpeakers(candidates);
  for (const c of decision.skipped)
    b.warn(
      c.line,
      `"${c.match.name}" looks like a speaker label but is used only once and has no role; kept as text (write **${c.match.name}:** to make it a turn)`,
      'speaker-looking label'
    );
  const accepted = labels.map((m) => (m && decision.accepted.has(nameKey(m.name)) ? m : null));
  const labelAt = (k: number): LabelMatch | null => accepted[k];

  // 3. walk
  let turn: { match: LabelMatch; line: number; start: number; end: number } | null = null;
  const closeTurn = () => {
    if (!turn) return;
    b.addPassage({
      kind: 'turn',
      start: turn.start,
      end: turn.end,
      speaker: { name: turn.match.name, role: turn.match.role },
      time: turn.match.time,
      lineStart: turn.line
    });
    turn = null;
  };
  /** Titles of the `#` headings, the first heading if it precedes every passage, the first such `##` one. */
  const topTitles: string[] = [];
  let firstHeading: { depth: number; title: string; early: boolean } | null = null;
  let earlyLevel2: string | null = null;
  let headingCount = 0;
  /** Title passages so far (they do not make a later heading "after the first passage"). */
  let headingPassages = 0;
  let lastHeadingDepth = 0;
  /** A line that ends a paragraph or list item it would otherwise continue. */
  const interrupts = (k: number) => labelAt(k) !== null || isNoteLine(text(k)) || timestampOnly(text(k)) !== null;

  i = 0;
  while (i < n) {
    const c = cls[i];
    const s = text(i);
    if (c === 'blank' || c === 'front' || c === 'fence-body' || c === 'fence-close') {
      i++;
      continue;
    }
    if (c === 'fence-open') {
      closeTurn();
      const close = fenceClose.get(i) ?? n;
      for (let k = i + 1; k < close; k++) b.addPassage({ kind: 'outline', start: t.starts[k], end: t.ends[k] });
      if (close >= n)
        b.warn(i + 1, `code fence "${s.trim().slice(0, 20)}" is never closed: everything after it was read as outline lines; add a closing fence line`, 'unclosed fence');
      i = close + 1;
      continue;
    }
    if (c === 'heading') {
      closeTurn();
      const h = parseHeading(s);
      if (h) {
        const early = b.passages.length === headingPassages;
        b.addSection(h.title, h.depth, h.time, i + 1);
        addHeadingPassage(i, h.time);
        headingCount++;
        lastHeadingDepth = h.depth;
        if (h.title !== '') {
          firstHeading ??= { depth: h.depth, title: h.title, early };
          if (h.depth === 1) topTitles.push(h.title);
          if (h.depth === 2 && early) earlyLevel2 ??= h.title;
        }
      }
      i++;
      continue;
    }
    if (c === 'hr') {
      closeTurn();
      i++;
      continue;
    }
    const label = c === 'text' ? labelAt(i) : null;
    if (label) {
      closeTurn();
      const lineStart = t.starts[i];
      const start = label.labelOnly ? t.ends[i] : lineStart + label.textStart;
      turn = { match: label, line: i + 1, start, end: label.labelOnly ? start : t.ends[i] };
      i++;
      continue;
    }
    if (isNoteLine(s) && timestampOnly(s) === null) {
      closeTurn();
      b.addPassage({ kind: 'note', start: t.starts[i], end: t.ends[i] });
      i++;
      continue;
    }
    const bold = md ? boldOnly(s) : null;
    if (turn) {
      if (bold !== null && /[:：]/.test(bold)) closeTurn();
      else {
        turn.end = t.ends[i];
        i++;
        continue;
      }
    }
    const clock = timestampOnly(s);
    if (clock !== null) {
      b.pendingTime = clock;
      i++;
      continue;
    }
    if (c === 'list') {
      i = listItem(i);
      continue;
    }
    if (bold !== null && !/[:：][ \t]*$/.test(bold) && cls[nextNonBlank(i + 1)] === 'list') {
      let title = stripEmphasis(bold);
      let time: number | null = null;
      const ts = leadingTimestamp(title);
      if (ts) {
        time = ts.seconds;
        title = title.slice(ts.length).trim();
      }
      b.addSection(title, lastHeadingDepth + 1, time, i + 1);
      addHeadingPassage(i, time);
      i++;
      continue;
    }
    // paragraph
    let j = i + 1;
    while (j < n && cls[j] === 'text' && !interrupts(j)) j++;
    b.addPassage({ kind: 'paragraph', start: t.starts[i], end: t.ends[j - 1] });
    i = j;
  }
  closeTurn();
  const first = firstHeading as { depth: number; title: string; early: boolean } | null;
  const headingTitle =
    metaTitle ??
    (first?.depth === 1 && first.early ? first.title : null) ??
    (topTitles.length === 1 ? topTitles[0] : null) ??
    (topTitles.length === 0 ? earlyLevel2 : null);
  return { headingTitle, headingCount, media: metaMedia };

  /**
   * The title of the heading on line `k` (an ATX heading or a bold pseudo-heading) as a `heading` passage of its new
   * section: the text after the `#` marks, without closing marks, surrounding emphasis or a leading timestamp. A timestamp-only line before the heading
   * keeps its time for the passage after it.
   */
  function addHeadingPassage(k: number, time: number | null): void {
    const line = text(k);
    const open = /^ {0,3}#{1,6}[ \t]*/.exec(line) ?? /^[ \t]*/.exec(line)!;
    let end = line.length;
    const closing = /(?:^|[ \t])#+[ \t]*$/.exec(line.slice(open[0].length));
    if (closing) end = open[0].length + closing.index;
    let start = open[0].length;
    while (start < end && /[*_`~ \t]/.test(line[start])) start++;
    while (end > start && /[*_`~ \t]/.test(line[end - 1])) end--;
    if (start >= end) return;
    const pending = b.pendingTime;
    b.pendingTime = null;
    if (b.addPassage({ kind: 'heading', start: t.starts[k] + start, end: t.starts[k] + end, time, lineStart: k + 1 })) headingPassages++;
    b.pendingTime = pending;
  }

  function listItem(first: number): number {
    const marker = parseListMarker(text(first));
    const start = t.starts[first] + (marker?.contentOffset ?? 0);
    const indent = marker?.contentIndent ?? 2;
    let end = t.ends[first];
    let j = first + 1;
    while (j < n) {
      if (cls[j] === 'text') {
        if (interrupts(j)) break;
        end = t.ends[j++];
        continue;
      }
      if (cls[j] === 'blank') {
        const k = nextNonBlank(j);
        if (k < n && cls[k] === 'text' && indentWidth(text(k)) >= indent && !interrupts(k)) {
          end = t.ends[k];
          j = k + 1;
          continue;
        }
      }
      break;
    }
    b.addPassage({ kind: 'list-item', start, end });
    return j;
  }
}
