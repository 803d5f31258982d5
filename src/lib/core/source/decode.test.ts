import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { decodeSource, detectFormat, fileExtension, firstInvalidUtf8, normaliseSource, SourceError } from './decode';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? enc(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
};

describe('normaliseSource', () => {
  it.each([
    ['plain', 'a\nb', 'a\nb'],
    ['BOM', '\uFEFFa\nb', 'a\nb'],
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR', 'a\rb\r', 'a\nb\n'],
    ['mixed', '\uFEFFa\r\n\rb\nc\r', 'a\n\nb\nc\n'],
    ['BOM only at start', 'a\uFEFFb', 'a\uFEFFb'],
    // Counterexample of the parser's line-ending property (seed 0x5eed): one BOM was stripped per call.
    ['two BOMs, then a heading', '\uFEFF\uFEFF\n#', '\n#'],
    ['three BOMs and CRLF', '\uFEFF\uFEFF\uFEFFa\r\nb', 'a\nb'],
    ['BOMs only', '\uFEFF\uFEFF', ''],
    ['empty', '', '']
  ])('%s', (_, input, expected) => {
    expect(normaliseSource(input)).toBe(expected);
    expect(normaliseSource(normaliseSource(input))).toBe(expected);
  });

  it('keeps the number of lines', () => {
    const raw = 'one\r\ntwo\rthree\nfour';
    expect(normaliseSource(raw).split('\n')).toHaveLength(4);
  });

  it('is idempotent, keeps the lines and leaves no CR and no leading BOM (property)', () => {
    const text = fc.array(fc.constantFrom('\uFEFF', '\r', '\n', '\r\n', 'a', '中', ' '), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 20 })), (raw) => {
        const once = normaliseSource(raw);
        expect(normaliseSource(once)).toBe(once);
        expect(once).not.toMatch(/^\uFEFF|\r/);
        const lines = (s: string) => s.split(/\r\n?|\n/).length;
        expect(lines(once)).toBe(lines(raw));
      })
    );
  });
});

describe('decodeSource', () => {
  it('decodes UTF-8 and normalises BOM and line endings', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], '# 标题\r\n正文\r\n'), 'a.md')).toBe('# 标题\n正文\n');
  });

  it.each([
    ['empty file', new Uint8Array(0), 'empty', null],
    ['whitespace only', bytes(' \n\t\r\n\u3000'), 'whitespace-only', null],
    ['BOM and newlines only', bytes([0xef, 0xbb, 0xbf], '\r\n\r\n'), 'whitespace-only', null],
    ['NUL byte on line 3', bytes('a\nb\nc\u0000d'), 'binary', 3],
    ['NUL after CRLF lines', bytes('a\r\nb\r\n\u0000'), 'binary', 3],
    ['UTF-16 LE BOM', Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'utf16', 1],
    ['invalid byte on line 2', bytes('ok\n', [0xc3, 0x28]), 'invalid-utf8', 2],
    ['Latin-1 é on line 4', bytes('1\n2\n3\ncaf', [0xe9], '\n'), 'invalid-utf8', 4],
    ['truncated sequence at the end', bytes('x\n', [0xe4, 0xb8]), 'invalid-utf8', 2],
    ['overlong encoding', bytes([0xc0, 0xaf]), 'invalid-utf8', 1],
    ['UTF-16 surrogate encoded in UTF-8', bytes('a\nb\nc\n', [0xed, 0xa0, 0x80]), 'invalid-utf8', 4]
  ] as const)('%s -> SourceError %s', (_, input, code, line) => {
    let error: unknown;
    try {
      decodeSource(input, 'talk.md');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toBeInstanceOf(InputError);
    const e = error as SourceError;
    expect(e.code).toBe(code);
    expect(e.file).toBe('talk.md');
    expect(e.line).toBe(line);
    expect(e.message.length).toBeGreaterThan(10);
    expect(e.format()).toContain('talk.md');
    if (line !== null) expect(e.format()).toContain(`talk.md:${line}`);
  });

  it('gives the line of the first bad byte, not a later one', () => {
    const input = bytes('good\nbad ', [0xff], '\nworse ', [0xfe]);
    expect(() => decodeSource(input, 'x.txt')).toThrow(SourceError);
    try {
      decodeSource(input, 'x.txt');
    } catch (err) {
      expect((err as SourceError).line).toBe(2);
    }
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ascii', bytes('hello'), -1],
    ['CJK and emoji', bytes('访谈 🎙️ ok'), -1],
    ['max code point U+10FFFF', Uint8Array.from([0xf4, 0x8f, 0xbf, 0xbf]), -1],
    ['above U+10FFFF', Uint8Array.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ['lone continuation byte', bytes('ab', [0x80]), 2],
    ['invalid lead 0xF5', bytes('a', [0xf5, 0x80, 0x80, 0x80]), 1]
  ])('%s', (_, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
    let fatalThrows = false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      fatalThrows = true;
    }
    expect(fatalThrows).toBe(expected !== -1);
  });
});

describe('detectFormat', () => {
  it.each([
    ['talk.srt', 'anything', 'srt'],
    ['talk.SRT', 'anything', 'srt'],
    ['dir.v1/talk.vtt', 'anything', 'vtt'],
    ['talk.md', 'plain words', 'markdown'],
    ['talk.markdown', 'plain words', 'markdown'],
    ['talk.txt', '# looks like markdown', 'text'],
    ['C:\\talks\\x.Md', 'x', 'markdown']
  ])('by extension: %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });

  it.each([
    ['WebVTT header', 'WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n', 'vtt'],
    ['WebVTT header with BOM and title', '\uFEFFWEBVTT - Title\n', 'vtt'],
    ['not WebVTT: WEBVTTX', 'WEBVTTX\nhello', 'text'],
    ['SRT cue', '1\n00:00:01,000 --> 00:00:02,000\nhello\n', 'srt'],
    ['SRT with CRLF and leading blank', '\r\n1\r\n00:00:01,000 --> 00:00:02,000\r\nhello\r\n', 'srt'],
    ['Markdown heading', 'intro\n\n## Part one\n', 'markdown'],
    ['Markdown bold label', '**Russ:**\nHello\n', 'markdown'],
    ['Markdown fence', '```\ntree\n```\n', 'markdown'],
    ['hashtag is no heading', '#hashtag and text\n', 'text'],
    ['plain dialogue', 'Russ: hi\nDwarkesh: hello\n', 'text'],
    ['empty', '', 'text']
  ])('by content: %s', (_, text, format) => {
    expect(detectFormat(text)).toBe(format);
    expect(detectFormat(text, 'no-extension')).toBe(format);
  });

  it('falls back to content for unknown extensions', () => {
    expect(detectFormat('WEBVTT\n', 'talk.bin')).toBe('vtt');
  });

  it.each([
    ['a.txt', 'txt'],
    ['.hidden', ''],
    ['dir.d/file', ''],
    ['x.tar.GZ', 'gz']
  ])('fileExtension(%s)', (name, ext) => {
    expect(fileExtension(name)).toBe(ext);
  });
});
