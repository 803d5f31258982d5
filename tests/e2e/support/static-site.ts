/**
 * E2E support: builds a throw-away copy of the site (scripts/build-site.ts) and serves a built folder over HTTP on
 * 127.0.0.1 the way a plain static host would (files only, no CSP header: the policy comes from the page's
 * <meta> tag). Used by the specs that need a site other than the default one (hostile content, broken data).
 * Never touches build/ or .svelte-kit/.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildSite, type BuildSiteOptions } from '../../../scripts/build-site';

export const ROOT = resolve(import.meta.dirname, '../../..');

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

/** Serves `dir` on a free port of 127.0.0.1; `/` and folders answer their index.html, anything else missing is 404. */
/** Serves `dir` at the server's root, or under `prefix` (e.g. `/tools/topicgraph`: anything outside it is a 404). */
export async function serveStatic(dir: string, prefix = ''): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (prefix && !full.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site');
      return;
    }
    const path = full.slice(prefix.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
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
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, dir: root, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Builds a site with scripts/build-site.ts (throws with its output when it fails) and serves it. */
export async function buildAndServe(opts: BuildSiteOptions): Promise<StaticSite> {
  const status = buildSite({ quiet: true, ...opts });
  if (status !== 0) throw new Error(`build-site failed with status ${status} for ${opts.outDir}`);
  return serveStatic(opts.outDir);
}
