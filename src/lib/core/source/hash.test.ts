import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex } from './hash';

const nodeSha = (d: Uint8Array | string) => createHash('sha256').update(d).digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']
  ])('the FIPS 180-2 value of %j', async (text, hex) => {
    expect(await sha256Hex(text)).toBe(hex);
  });
  it('a string is hashed as its UTF-8 bytes', async () => {
    expect(await sha256Hex('规模化')).toBe(await sha256Hex(new TextEncoder().encode('规模化')));
    expect(await sha256Hex('规模化')).toBe(nodeSha('规模化'));
  });
  it('the bundled transcript: the same hash as node:crypto', async () => {
    const bytes = readFileSync(new URL('../../../../data/transcripts/econtalk-dwarkesh-scaling-era.zh.md', import.meta.url));
    expect(await sha256Hex(bytes)).toBe(nodeSha(bytes));
  });
  it('a view into a larger buffer hashes only its own bytes', async () => {
    const big = new Uint8Array([1, 2, 3, 4, 5, 6]);
    expect(await sha256Hex(big.subarray(2, 4))).toBe(nodeSha(new Uint8Array([3, 4])));
  });
  it('agrees with node:crypto on any bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (b) => {
        expect(await sha256Hex(b)).toBe(nodeSha(b));
      }),
      { numRuns: 100 }
    );
  });
});
