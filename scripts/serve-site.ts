/**
 * Serves a built site folder (scripts/build-site.ts, or build/) over HTTP on 127.0.0.1 the way a plain static host
 * would: files only, `/` and folders answer their index.html, no CSP header (the policy is in the page's <meta>
 * tag), optionally under a sub-path. Also used by the e2e tests (tests/e2e/support/static-site.ts).
 *
 *   npx tsx scripts/serve-site.ts DIR [--port N] [--prefix /tools/topicgraph]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
};

export interface StaticSite {
  url: string;
  dir: string;
  close(): Promise<void>;
}

/** Serves `dir` at the server's root, or under `prefix` (e.g. `/tools/topicgraph`: anything outside it is a 404). */
export async function serveStatic(dir: string, prefix = '', port = 0): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (prefix && !full.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site');
      return;
    }
    let file = normalize(join(root, full.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}${prefix}`, dir: root, close: () => new Promise((ok) => server.close(() => ok())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { port: { type: 'string' }, prefix: { type: 'string' } }, allowPositionals: true });
  const dir = positionals[0];
  if (!dir || !existsSync(join(dir, 'index.html'))) {
    console.error('Usage: npx tsx scripts/serve-site.ts DIR [--port N] [--prefix /sub/path]   (DIR holds a built site: index.html)');
    process.exit(2);
  }
  const site = await serveStatic(dir, values.prefix ?? '', Number(values.port ?? 4173));
  console.log(`serving ${site.dir} at ${site.url}/ (Ctrl-C to stop)`);
}
