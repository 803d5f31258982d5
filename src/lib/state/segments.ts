/**
 * Splits a passage text into plain and marked segments from mention offsets, so the page can render `<mark>`
 * elements without ever using {@html}. Overlapping marks are resolved deterministically: the earlier start wins,
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
