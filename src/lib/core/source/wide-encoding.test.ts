/** UTF-16 and UTF-32, with or without a byte order mark, are named as such (before: "binary", or UTF-32 called UTF-16). */
import { describe, expect, it } from 'vitest';
import { decodeSource, SourceError, wideEncoding } from './decode';

function encode(text: string, encoding: 'utf16' | 'utf32', endian: 'LE' | 'BE', bom: boolean): Uint8Array {
  const cps = [...(bom ? '\uFEFF' : '') + text].map((c) => c.codePointAt(0) as number);
  const units = encoding === 'utf32' ? cps : [...(bom ? '\uFEFF' : '') + text].flatMap((c) => Array.from({ length: c.length }, (_, i) => c.charCodeAt(i)));
  const size = encoding === 'utf32' ? 4 : 2;
  const out = new Uint8Array(units.length * size);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => (size === 4 ? view.setUint32(i * 4, u, endian === 'LE') : view.setUint16(i * 2, u, endian === 'LE')));
  return out;
}

const TEXTS = ['# Talk\n\n**Russ:** scaling and compute.\n', '# 访谈\n\n**Russ：** 规模化与算力。\n'];

describe('wide encodings', () => {
  it.each([
    ['utf16', 'LE', true],
    ['utf16', 'BE', true],
    ['utf16', 'LE', false],
    ['utf16', 'BE', false],
    ['utf32', 'LE', true],
    ['utf32', 'BE', true],
    ['utf32', 'LE', false],
    ['utf32', 'BE', false]
  ] as const)('%s %s (byte order mark: %s)', (encoding, endian, bom) => {
    for (const text of TEXTS) {
      const bytes = encode(text, encoding, endian, bom);
      expect(wideEncoding(bytes)).toEqual({ encoding, endian, bom });
      let error: unknown;
      try {
        decodeSource(bytes, 'talk.md');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).code).toBe(encoding);
      expect((error as Error).message).toContain(encoding === 'utf16' ? 'UTF-16' : 'UTF-32');
    }
  });

  it('binary data stays binary, UTF-8 stays UTF-8', () => {
    const binary = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256);
    expect(wideEncoding(binary)).toBeNull();
    expect(() => decodeSource(binary, 'x.md')).toThrow(/NUL byte|binary/);
    expect(decodeSource(new TextEncoder().encode(TEXTS[1]), 'x.md')).toBe(TEXTS[1]);
  });
});
