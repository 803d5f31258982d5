/**
 * A tiny static file server for the page benches: serves one built site folder on 127.0.0.1 (random port), gzip
 * when the client accepts it (so the browser's Resource Timing `encodedBodySize` is the gzip transfer size), with
 * `index.html` for folders. Nothing else: no directory listings, no paths outside the folder.
 *
 * Used only by bench/ (and its tests); never by the app.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2'
};

export interface StaticServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43123 */
  url: string;
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const abs = resolve(root, '.' + normalize('/' + path));
  const base = resolve(root);
  return abs === base || abs.startsWith(base + sep) ? abs : null;
}

/** Serves `root` until `close()`. Compressed bodies are cached per file (the benches load the same files often). */
export async function serveStatic(root: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const gzip = options.gzip ?? true;
  const cache = new Map<string, { raw: Buffer; gz: Buffer | null; mtime: number }>();
  const server: Server = createServer((req, res) => {
    let file = resolveInside(root, req.url ?? '/');
    if (file) {
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
      } catch {
        /* not found below */
      }
    }
    let st;
    try {
      st = file ? statSync(file) : null;
    } catch {
      st = null;
    }
    if (!file || !st || !st.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    let entry = cache.get(file);
    if (!entry || entry.mtime !== st.mtimeMs) {
      const raw = readFileSync(file);
      entry = { raw, gz: null, mtime: st.mtimeMs };
      cache.set(file, entry);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
    let body = entry.raw;
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png')) {
      entry.gz ??= gzipSync(entry.raw, { level: 9 });
      body = entry.gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('bench server: no port');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok()))
  };
}
