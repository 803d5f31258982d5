/**
 * Line syntax used by the block parser (blocks.ts): ATX headings, thematic breaks, list markers, code fences,
 * YAML front matter, bold-only lines, stage directions, and emphasis stripping for titles. Pure string
 * functions on one line at a time; never throw.
 */
import { leadingTimestamp } from './timestamps';

export interface Heading {
  depth: number;
  title: string;
  time: number | null;
}

const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/** An ATX heading (`## Title`, `## 00:36:46 - Title`, `## [12:05] Title`, `## (2:19) Title`), or null. */
export function parseHeading(line: string): Heading | null {
  const m = HEADING.exec(line);
  if (!m) return null;
  let raw = line.slice(m[0].length).trim();
  const closing = /(?:^|[ \t])#+$/.exec(raw.slice(-300));
  if (closing) raw = raw.slice(0, raw.length - closing[0].length).trim();
  let time: number | null = null;
  const ts = leadingTimestamp(stripEmphasis(raw));
  if (ts) {
    time = ts.seconds;
    raw = stripEmphasis(raw).slice(ts.length);
  }
  return { depth: m[1].length, title: stripEmphasis(raw), time };
}

/** Removes Markdown emphasis markers (`**`, `__`, `*`, `_x_`, `~~`, backticks) and collapses whitespace. */
export function stripEmphasis(s: string): string {
  return s
    .replace(/\*\*|__|~~/g, '')
    .replace(/\*/g, '')
    .replace(/(^|[\s\p{P}])_(?=\S)/gu, '$1')
    .replace(/(\S)_(?=$|[\s\p{P}])/gu, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const HR = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;

export function isThematicBreak(line: string): boolean {
  return HR.test(line);
}

const LIST = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)|$)/;

export interface ListMarker {
  /** Characters of indentation + marker + following spaces: where the item text starts in the line. */
  contentOffset: number;
  /** Column (tabs = 4) that continuation paragraphs of the item must reach. */
  contentIndent: number;
}

export function parseListMarker(line: string): ListMarker | null {
  const m = LIST.exec(line);
  if (!m) return null;
  const indent = indentWidth(m[1]);
  const spaces = m[3] ? indentWidth(m[3]) : 1;
  return { contentOffset: m[0].length, contentIndent: indent + m[2].length + (spaces >= 1 && spaces <= 4 ? spaces : 1) };
}

/** Visual width of leading whitespace (a tab counts 4). */
export function indentWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}

export interface Fence {
  char: '`' | '~';
  length: number;
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;

export function parseFenceOpen(line: string): Fence | null {
  const m = FENCE_OPEN.exec(line);
  if (!m) return null;
  const char = m[1][0] as '`' | '~';
  if (char === '`' && m[2].includes('`')) return null;
  return { char, length: m[1].length };
}

export function closesFence(line: string, fence: Fence): boolean {
  const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
  return !!m && m[1][0] === fence.char && m[1].length >= fence.length;
}

/** Number of front-matter lines (`---` ... `---` of `key: value` lines at the top), 0 when there is none. */
export function frontMatterLines(lines: (i: number) => string, count: number): number {
  if (count < 2 || lines(0).trimEnd() !== '---') return 0;
  for (let j = 1; j < Math.min(count, 200); j++) {
    const s = lines(j);
    if (j > 1 && (s.trimEnd() === '---' || s.trimEnd() === '...')) return j + 1;
    if (!/^\s*$|^[ \t]*(?:[\w.-]+[ \t]*:|-[ \t]|#)|^[ \t]+\S/.test(s)) return 0;
  }
  return 0;
}

/** The `title:` value of front matter spanning lines [1, end - 1), unquoted, or null. */
export function frontMatterTitle(lines: (i: number) => string, end: number): string | null {
  return frontMatterValue(lines, end, ['title']);
}

/** The value of the first of `keys` (case-insensitive, top level) in front matter spanning lines [1, end - 1), unquoted, or null. */
export function frontMatterValue(lines: (i: number) => string, end: number, keys: readonly string[]): string | null {
  for (const key of keys)
    for (let j = 1; j < end - 1; j++) {
      const m = /^([\w.-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(lines(j));
      if (!m || m[1].toLowerCase() !== key) continue;
      const value = m[2].replace(/^(["'])(.*)\1$/, '$2').trim();
      return value === '' ? null : value;
    }
  return null;
}

const BOLD_ONLY = /^[ \t]*\*\*(?!\*)((?:(?!\*\*).)+)\*\*[ \t]*$/u;

/** Inner text of a line that is only bold text (`**...**`), or null. */
export function boldOnly(line: string): string | null {
  const m = BOLD_ONLY.exec(line);
  return m ? m[1] : null;
}

const NOTE_BODY = /^(?:[(（](?:[^()（）\n]|[(（][^()（）\n]*[)）])*[)）]|\[[^\][\n]*\])$/u;

/** A stage direction alone on its line: `(音乐)`, `**(音乐)**`, `*(laughs)*`, `[Music]`. */
export function isNoteLine(line: string): boolean {
  let inner = line.trim();
  for (const em of ['**', '__', '*', '_']) {
    if (inner.length > 2 * em.length && inner.startsWith(em) && inner.endsWith(em)) {
      inner = inner.slice(em.length, -em.length).trim();
      break;
    }
  }
  return NOTE_BODY.test(inner) && /[^\s*_()（）[\]]/.test(inner);
}
