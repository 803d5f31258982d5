/**
 * Source text handling before parsing: strict UTF-8 decoding with line-accurate errors, normalisation (BOM, line
 * endings) and format detection.
 *
 * Pure: no `fs`, no DOM (runs in Node and in the browser). It never guesses an encoding: anything that is not
 * valid UTF-8 is a `SourceError` that says where the first bad byte is and how to fix the file.
 */
import type { SourceFormat } from '../contract/types';
import { InputError } from '../errors';

export type SourceErrorCode = 'empty' | 'whitespace-only' | 'binary' | 'utf16' | 'utf32' | 'invalid-utf8';

/** The transcript bytes cannot be used: empty, binary, UTF-16 or not valid UTF-8. */
export class SourceError extends InputError {
  readonly code: SourceErrorCode;
  /** The file name as given to `decodeSource`. */
  readonly file: string;
  /** 1-based line of the problem, or null when it concerns the whole file (empty / whitespace-only). */
  readonly line: number | null;
  constructor(code: SourceErrorCode, file: string, line: number | null, message: string, hint: string) {
    super(line === null ? { file } : { file, line }, message, hint);
    this.name = 'SourceError';
    this.code = code;
    this.file = file;
    this.line = line;
  }
}

/**
 * Strips every leading U+FEFF (a file saved twice with a BOM, or two BOM-prefixed files joined, starts with
 * several) and turns CRLF and lone CR into LF. Idempotent; line numbers are unchanged. A U+FEFF after the first
 * other character is text (a zero-width no-break space) and stays.
 */
export function normaliseSource(raw: string): string {
  let from = 0;
  while (raw.charCodeAt(from) === 0xfeff) from++;
  const noBom = from === 0 ? raw : raw.slice(from);
  return noBom.indexOf('\r') === -1 ? noBom : noBom.replace(/\r\n?/g, '\n');
}

/** 1-based line of byte `index`: newline bytes before it + 1 (a CR alone also ends a line, as in normaliseSource). */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Index of the first byte that makes `bytes` invalid UTF-8 (RFC 3629: no overlongs, no surrogates, <= U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The wide encoding `bytes` are in, judged by a byte order mark or, without one, by where the zero bytes fall
 * in the first 64 KiB: text in UTF-32 has zeros in the two high bytes of every unit (BE: the first two), text
 * in UTF-16 has zeros at one parity only (the high byte of ASCII characters, newlines and spaces). Binary data
 * has zeros everywhere. null when the bytes look like neither.
 */
export function wideEncoding(bytes: Uint8Array): { encoding: 'utf16' | 'utf32'; endian: 'LE' | 'BE'; bom: boolean } | null {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf32', endian: 'LE', bom: true };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf32', endian: 'BE', bom: true };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf16', endian: 'LE', bom: true };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf16', endian: 'BE', bom: true };
  const n = Math.min(b.length, 1 << 16) & ~3;
  if (n < 4) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i & 3]++;
  const units = n / 4;
  // UTF-32: every unit has zero high bytes (code points < U+10000 also zero the third byte almost always)
  if (zeros[3] === units && zeros[2] >= units * 0.9 && zeros[0] < units * 0.5) return { encoding: 'utf32', endian: 'LE', bom: false };
  if (zeros[0] === units && zeros[1] >= units * 0.9 && zeros[3] < units * 0.5) return { encoding: 'utf32', endian: 'BE', bom: false };
  const even = zeros[0] + zeros[2];
  const odd = zeros[1] + zeros[3];
  if (odd > 0 && even <= odd * 0.02 && odd >= n * 0.01) return { encoding: 'utf16', endian: 'LE', bom: false };
  if (even > 0 && odd <= even * 0.02 && even >= n * 0.01) return { encoding: 'utf16', endian: 'BE', bom: false };
  return null;
}

/**
 * Decodes transcript bytes as strict UTF-8 and returns the normalised text (see `normaliseSource`), ready for
 * `parseTranscript`. Throws `SourceError` for an empty or whitespace-only file, UTF-16 or UTF-32 (with or without
 * a byte order mark), binary content (NUL bytes) and invalid UTF-8, naming the line of the first offending byte.
 */
export function decodeSource(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0)
    throw new SourceError('empty', fileName, null, 'the transcript file is empty', 'Give a transcript with some text (Markdown, plain text, SRT or WebVTT)');
  const nul = bytes.indexOf(0);
  const wide = bytes[0] === 0xff || bytes[0] === 0xfe || nul !== -1 ? wideEncoding(bytes) : null;
  if (wide) {
    const name = `${wide.encoding === 'utf16' ? 'UTF-16' : 'UTF-32'} (${wide.endian === 'LE' ? 'little' : 'big'}-endian${wide.bom ? '' : ', without a byte order mark'})`;
    throw new SourceError(wide.encoding, fileName, 1, `the transcript is ${name} encoded, not UTF-8`, 'Re-save the file as UTF-8 (e.g. "Save with encoding: UTF-8" in your editor)');
  }
  if (nul !== -1)
    throw new SourceError(
      'binary',
      fileName,
      lineOfByte(bytes, nul),
      `the transcript contains a NUL byte (at byte ${nul}): it looks like a binary file, not text`,
      'Export the transcript as a UTF-8 text file (.md, .txt, .srt or .vtt)'
    );
  const bad = firstInvalidUtf8(bytes);
  let text: string;
  try {
    if (bad !== -1) throw new Error('invalid');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = bad === -1 ? 0 : bad;
    const hex = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
    throw new SourceError(
      'invalid-utf8',
      fileName,
      lineOfByte(bytes, at),
      `the transcript is not valid UTF-8 (first bad byte 0x${hex} at byte ${at})`,
      'Re-save the file as UTF-8; if it came from Windows, it may be in a legacy code page such as GBK or Windows-1252'
    );
  }
  const normalised = normaliseSource(text);
  if (normalised.trim() === '')
    throw new SourceError('whitespace-only', fileName, null, 'the transcript contains only whitespace', 'Give a transcript with some text');
  return normalised;
}

const EXTENSIONS = new Map<string, SourceFormat>([
  ['srt', 'srt'],
  ['vtt', 'vtt'],
  ['webvtt', 'vtt'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['mdown', 'markdown'],
  ['mkd', 'markdown'],
  ['txt', 'text'],
  ['text', 'text']
]);

/** Lower-case extension of a file name or path without the dot, or '' (handles `/` and `\` separators). */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const SRT_TIMING = /^[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}/;

/**
 * The format of a transcript: by extension (.srt, .vtt, .md/.markdown, .txt) when `fileName` has a known one,
 * else by content: a `WEBVTT` header, an SRT cue (`1` then `00:00:01,000 --> ...`), Markdown headings, bold
 * speaker labels or code fences, else plain text.
 */
export function detectFormat(text: string, fileName?: string): SourceFormat {
  if (fileName) {
    const byExt = EXTENSIONS.get(fileExtension(fileName));
    if (byExt) return byExt;
  }
  const head = normaliseSource(text.slice(0, 20_000));
  const body = head.replace(/^\s+/, '');
  if (/^WEBVTT(?:[ \t]|\n|$)/.test(body)) return 'vtt';
  const lines = body.split('\n', 200);
  for (let i = 0; i + 1 < lines.length && i < 10; i++) {
    if (/^\d+[ \t]*$/.test(lines[i]) && SRT_TIMING.test(lines[i + 1])) return 'srt';
  }
  if (SRT_TIMING.test(lines[0] ?? '')) return 'srt';
  for (const line of lines) {
    if (/^ {0,3}#{1,6}[ \t]+\S/.test(line)) return 'markdown';
    if (/^[ \t]*\*\*[^*\n]+\*\*/.test(line)) return 'markdown';
    if (/^ {0,3}(?:```|~~~)/.test(line)) return 'markdown';
  }
  return 'text';
}

const isSubtitle = (f: SourceFormat) => f === 'srt' || f === 'vtt';

/**
 * When a format is forced (`--input-format`) on text whose content says otherwise, the format the content looks
 * like; else null. Markdown and plain text are told apart by optional syntax, so only a subtitle/prose mismatch
 * (or SRT vs WebVTT) counts.
 */
export function formatMismatch(text: string, forced: SourceFormat): SourceFormat | null {
  const looks = detectFormat(text);
  if (looks === forced) return null;
  return isSubtitle(looks) || isSubtitle(forced) ? looks : null;
}
