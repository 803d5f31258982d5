/**
 * Splits a passage text into plain and marked segments from mention offsets, so the page can render `<mark>`
 * elements without ever parsing text as HTML. Overlapping marks are resolved deterministically: the earlier start wins,
 * then the longer span; a later overlapping mark is clipped to what is left. Out-of-range offsets are clamped.
 */

export interface MarkSpan {
  start: number;
  end: number;
  /** Which concept the mark is for: 'a' (first / selected) or 'b' (second end of an edge). */
  tone: 'a' | 'b';
}

export interface Segment {
  text: string;
  tone: 'a' | 'b' | null;
}

export function segmentText(text: string, marks: readonly MarkSpan[]): Segment[] {
  const n = text.length;
  const spans = marks
    .map((m) => ({ start: Math.max(0, Math.min(n, m.start)), end: Math.max(0, Math.min(n, m.end)), tone: m.tone }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of spans) {
    const start = Math.max(s.start, pos);
    if (start >= s.end) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), tone: null });
    out.push({ text: text.slice(start, s.end), tone: s.tone });
    pos = s.end;
  }
  if (pos < n || out.length === 0) out.push({ text: text.slice(pos), tone: null });
  return out.filter((s, i) => s.text.length > 0 || (i === 0 && out.length === 1));
}

/** A segment for display: its text, mark tone, whether it is inside `**strong**`, and whether it is the `**` itself. */
export interface DisplaySegment extends Segment {
  strong: boolean;
  /** The Markdown `**` marker: rendered hidden, kept in the DOM so the text stays the exact evidence. */
  syntax: boolean;
}

/**
 * Splits segments further on Markdown strong markers (`**`), so a passage such as `**核心论点**：…` shows
 * bold text instead of raw asterisks. Only balanced pairs inside the passage count; an odd trailing `**` stays
 * plain text. The concatenated texts still equal the passage text.
 */
export function displaySegments(segments: readonly Segment[]): DisplaySegment[] {
  const full = segments.map((s) => s.text).join('');
  const markers: number[] = [];
  for (let i = full.indexOf('**'); i !== -1; i = full.indexOf('**', i + 2)) markers.push(i);
  if (markers.length % 2 === 1) markers.pop();
  const isMarker = new Set(markers);
  const strongAt = (pos: number) => {
    let inside = false;
    for (const m of markers) {
      if (m > pos) break;
      if (m + 2 <= pos) inside = !inside;
    }
    return inside;
  };
  const out: DisplaySegment[] = [];
  let offset = 0;
  for (const s of segments) {
    let start = 0;
    const cut = (end: number, syntax: boolean) => {
      if (end > start) out.push({ text: s.text.slice(start, end), tone: s.tone, strong: !syntax && strongAt(offset + start), syntax });
      start = end;
    };
    for (let i = 0; i < s.text.length; i++) {
      if (isMarker.has(offset + i) && i + 2 <= s.text.length) {
        cut(i, false);
        cut(i + 2, true);
        i++;
      }
    }
    cut(s.text.length, false);
    offset += s.text.length;
  }
  return out.length ? out : [{ text: '', tone: null, strong: false, syntax: false }];
}
