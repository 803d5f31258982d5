/**
 * Line table of a normalised source: start/end offset of every line (LF-separated; a stray CR stays an ordinary
 * character) and offset -> 1-based line lookup. Pure, no I/O; never throws on any string.
 */

export interface LineTable {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly starts: number[];
  /** Offset just past the last character of each line (the LF is not included). */
  readonly ends: number[];
  readonly count: number;
}

export function lineTable(text: string): LineTable {
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    ends.push(i);
    starts.push(i + 1);
  }
  ends.push(text.length);
  return { text, starts, ends, count: starts.length };
}

/** Text of 0-based line `i` (without its LF). */
export function lineText(t: LineTable, i: number): string {
  return t.text.slice(t.starts[i], t.ends[i]);
}

/** 1-based line containing `offset` (an offset equal to a line's end counts as that line). */
export function lineOf(t: LineTable, offset: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** True for a line with only whitespace (JavaScript `\s`, which includes U+3000 and U+FEFF). */
export function isBlank(s: string): boolean {
  return !/\S/.test(s);
}

/** [start, end) narrowed so that it neither begins nor ends with whitespace; start === end when nothing is left. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}
