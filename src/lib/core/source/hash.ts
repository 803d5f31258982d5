/**
 * SHA-256 of a file's bytes (or a string's UTF-8 bytes) as 64 lowercase hex digits, through Web Crypto
 * (`globalThis.crypto.subtle`), so the CLI (Node 20) and the browser (the build worker) record the same
 * `source.sha256` / `catalogSha256`. Pure: no `node:` module, no DOM.
 */
export async function sha256Hex(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  // a copy over a plain ArrayBuffer: subtle.digest does not take views of shared memory
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(data));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex;
}
