/**
 * Collects sections, passages, speakers and warnings while a format parser walks the source, and enforces the
 * passage invariants in one place: text === source.slice(start, end), trimmed of surrounding whitespace, never
 * empty, never overlapping, in document order, at most MAX_PASSAGE_LENGTH long (longer ones are split at
 * sentence ends, with a warning); ids p1..pN / s1..sN. Pure; never throws.
 *
 * Timestamp markers are not passage text: for turns, paragraphs, list items and notes a timestamp at the start
 * (`[12:05] text`, `00:36:46 text`) or a bracketed one at the end (`text (15:09)`) is cut off the range and becomes
 * the passage time. Time precedence: label time, leading timestamp, trailing timestamp, a pending timestamp-only
 * line just before, then the nearest enclosing section (walking up parents) that has a time, else null.
 */
import type { Passage, PassageKind, ParseWarning, Section } from '../contract/types';
import { splitSentences } from '../count/units';
import { lineOf, lineTable, trimRange, type LineTable } from './lines';
import { SpeakerRegistry } from './speakers';
import { leadingTimestamp, trailingTimestamp } from './timestamps';

export interface PassageInput {
  kind: PassageKind;
  start: number;
  end: number;
  speaker?: { name: string; role: string | null } | null;
  /** Time from the label (`[00:01] Name:` or `Name (00:01):`), wins over timestamps in the text. */
  time?: number | null;
  /** 1-based line to report as lineStart (a turn's label line). */
  lineStart?: number;
  /** Cut timestamp markers at the start/end of the text (default true except for cues and outline lines). */
  stripTimestamps?: boolean;
}

/**
 * Longest passage (UTF-16 units). Co-mentions are counted per passage, and regex aliases run per passage, so a
 * transcript written as one huge paragraph is cut at sentence ends into passages of at most this length
 * (the bundled transcript's longest passage has 2,116).
 */
export const MAX_PASSAGE_LENGTH = 5000;

/**
 * [start, end) cut into consecutive trimmed pieces of at most MAX_PASSAGE_LENGTH units: whole sentences
 * (../count/units.ts) packed greedily; a longer sentence is cut at its last whitespace before the limit, else
 * at the limit (never inside a surrogate pair).
 */
export function splitLongRange(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  const push = (s: number, e: number) => {
    const [a, b] = trimRange(text, s, e);
    if (a < b) pieces.push([a, b]);
  };
  let from = start;
  let to = start;
  for (const sentence of splitSentences(text.slice(start, end))) {
    const s = start + sentence.start;
    const e = start + sentence.end;
    if (e - from <= MAX_PASSAGE_LENGTH) {
      to = e;
      continue;
    }
    if (to > from) push(from, to);
    from = s;
    while (e - from > MAX_PASSAGE_LENGTH) {
      let cut = from + MAX_PASSAGE_LENGTH;
      const space = text.slice(from + (MAX_PASSAGE_LENGTH >> 1), cut).search(/\s\S*$/);
      if (space >= 0) cut = from + (MAX_PASSAGE_LENGTH >> 1) + space;
      else if (cut > from && /[\uDC00-\uDFFF]/.test(text[cut]) && /[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
      push(from, cut);
      [from] = trimRange(text, cut, e);
    }
    to = e;
  }
  if (to > from) push(from, to);
  return pieces;
}

/** Most warnings of one kind reported before they are summarised. */
export const WARNING_LIMIT = 20;

export class DocumentBuilder {
  readonly lines: LineTable;
  readonly sections: Section[] = [];
  readonly passages: Passage[] = [];
  readonly speakers = new SpeakerRegistry();
  readonly warnings: ParseWarning[] = [];
  /** Seconds of a timestamp-only line, applied to the next passage. */
  pendingTime: number | null = null;
  private readonly stack: Section[] = [];
  private readonly warnCounts = new Map<string, number>();
  private lastEnd = 0;

  constructor(readonly text: string) {
    this.lines = lineTable(text);
  }

  get currentSection(): Section | null {
    return this.stack.length ? this.stack[this.stack.length - 1] : null;
  }

  /** Depth of the innermost open section, 0 before the first heading. */
  get currentDepth(): number {
    return this.currentSection?.depth ?? 0;
  }

  addSection(title: string, depth: number, time: number | null, line: number): Section {
    while (this.stack.length && this.stack[this.stack.length - 1].depth >= depth) this.stack.pop();
    const parent = this.currentSection;
    const section: Section = {
      id: `s${this.sections.length + 1}`,
      title,
      parent: parent ? parent.id : null,
      order: this.sections.length,
      depth,
      time,
      line
    };
    this.sections.push(section);
    this.stack.push(section);
    return section;
  }

  /** Time of the innermost open section or its nearest ancestor with a time. */
  private sectionTime(): number | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].time !== null) return this.stack[i].time;
    return null;
  }

  /** Adds a passage for [start, end) after trimming; returns it, or null when nothing is left. */
  addPassage(input: PassageInput): Passage | null {
    const text = this.text;
    let [start, end] = trimRange(text, Math.max(input.start, this.lastEnd), Math.min(input.end, text.length));
    if (start >= end) return null;
    let own: number | null = null;
    const strip = input.stripTimestamps ?? (input.kind !== 'cue' && input.kind !== 'outline');
    if (strip) {
      const lead = leadingTimestamp(text.slice(start, Math.min(end, start + 40)));
      if (lead && lead.length <= end - start) {
        own = lead.seconds;
        [start, end] = trimRange(text, start + lead.length, end);
      }
      if (start < end) {
        const trail = trailingTimestamp(text.slice(Math.max(start, end - 40), end));
        if (trail) {
          own ??= trail.seconds;
          [start, end] = trimRange(text, start, end - trail.length);
        }
      }
      if (start >= end) {
        // the passage was only a timestamp: keep it for the next passage
        if (own !== null) this.pendingTime = own;
        return null;
      }
    }
    const time = input.time ?? own ?? this.pendingTime ?? this.sectionTime();
    this.pendingTime = null;
    const speaker = input.speaker ? this.speakers.idFor(input.speaker.name, input.speaker.role) : null;
    const pieces = end - start > MAX_PASSAGE_LENGTH ? splitLongRange(text, start, end) : [[start, end]];
    if (pieces.length > 1)
      this.warn(
        lineOf(this.lines, start),
        `a passage of ${end - start} characters was split into ${pieces.length} passages of at most ${MAX_PASSAGE_LENGTH} at sentence ends ` +
          '(co-mentions are counted per passage): separate paragraphs with blank lines, or label the speaker turns',
        'long passage'
      );
    let first: Passage | null = null;
    for (const [s, e] of pieces) {
      const lineStart = first === null ? Math.min(input.lineStart ?? lineOf(this.lines, s), lineOf(this.lines, s)) : lineOf(this.lines, s);
      const passage: Passage = {
        id: `p${this.passages.length + 1}`,
        kind: input.kind,
        section: this.currentSection?.id ?? null,
        speaker,
        text: text.slice(s, e),
        start: s,
        end: e,
        lineStart,
        lineEnd: lineOf(this.lines, e - 1),
        time
      };
      this.passages.push(passage);
      first ??= passage;
    }
    this.lastEnd = end;
    return first;
  }

  /** Records a warning; after WARNING_LIMIT warnings of the same `kind`, one summary line replaces the rest. */
  warn(line: number, message: string, kind = message): void {
    const n = (this.warnCounts.get(kind) ?? 0) + 1;
    this.warnCounts.set(kind, n);
    if (n <= WARNING_LIMIT) this.warnings.push({ line, message });
    else if (n === WARNING_LIMIT + 1)
      this.warnings.push({ line, message: `more warnings like the previous ones (${kind}) were left out` });
  }
}
