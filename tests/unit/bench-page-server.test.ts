// The bench's static server: serves a built site folder with gzip, never a path outside it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, serveStatic, type StaticServer } from '../../bench/page/server';

const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
let server: StaticServer;

function get(url: string, gzip: boolean): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(root, '_app'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>hi</p>');
  writeFileSync(join(root, '_app', 'a.js'), 'export const a = 1;'.repeat(50));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it.each([
    ['/', resolve(root)],
    ['/_app/a.js?v=1', resolve(root, '_app/a.js')],
    ['/../etc/passwd', resolve(root, 'etc/passwd')],
    ['/%2e%2e/%2e%2e/x', resolve(root, 'x')],
    ['/a%00b', null],
    ['/%E0%A4%A', null]
  ])('%s', (path, expected) => expect(resolveInside(root, path)).toBe(expected));
});

describe('serveStatic', () => {
  it('serves index.html for / and gzips when asked (so transfer sizes are gzip sizes)', async () => {
    const plain = await get(server.url + '/', false);
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toContain('<p>hi</p>');
    const js = await get(server.url + '/_app/a.js', true);
    expect(js.headers['content-encoding']).toBe('gzip');
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(gunzipSync(js.body).toString()).toBe('export const a = 1;'.repeat(50));
    expect(js.body.length).toBeLessThan(200);
  });
  it('answers 404 for missing files and for paths that try to leave the folder', async () => {
    expect((await get(server.url + '/nope.js', false)).status).toBe(404);
    expect((await get(server.url + '/%2e%2e/%2e%2e/etc/passwd', false)).status).toBe(404);
  });
});
