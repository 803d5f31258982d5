import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import { fetchLinked, linkGraph, textHash } from './linked-graph';

const text = JSON.stringify(mini, null, 2);
const link = linkGraph(text, '/data/g.json', 'mini');
/** A fetch that answers one body (or status) for the linked URL and 404 for anything else. */
const serve = (body: string | null, status = 200): typeof fetch =>
  (async (url: string | URL | Request) => {
    if (String(url) !== '/data/g.json' || body === null) return new Response('not found', { status: 404 });
    return new Response(body, { status });
  }) as typeof fetch;

describe('textHash', () => {
  it('is FNV-1a 32 over UTF-16 code units, 8 hex digits', () => {
    // reference values of FNV-1a 32 for ASCII input (code units = bytes)
    expect(textHash('')).toBe('811c9dc5');
    expect(textHash('a')).toBe('e40c292c');
    expect(textHash('foobar')).toBe('bf9cf968');
    expect(textHash('规模化')).toMatch(/^[0-9a-f]{8}$/);
  });
  it('changes when one character changes (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (s, at, delta) => {
        const i = at % s.length;
        const t = s.slice(0, i) + String.fromCharCode((s.charCodeAt(i) + delta) % 0x10000) + s.slice(i + 1);
        expect(textHash(t)).not.toBe(textHash(s));
      })
    );
  });
});

describe('fetchLinked', () => {
  it('returns the graph when the file is the one the page was built from', async () => {
    const r = await fetchLinked(link, serve(text));
    expect(r).toEqual({ status: 'ok', graph: mini, transcript: 'mini' });
  });
  it('a missing file: the error view says the file was not found', async () => {
    const r = await fetchLinked(link, serve(null));
    expect(r.status === 'error' && [r.kind, r.problem]).toEqual(['missing', '/data/g.json answered HTTP 404']);
  });
  it('a network failure: not found, with the reason', async () => {
    const r = await fetchLinked(link, (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(r.status === 'error' && r.problem).toBe('/data/g.json could not be fetched (Failed to fetch)');
  });
  it('a truncated file: changed, shorter than at build time', async () => {
    const r = await fetchLinked(link, serve(text.slice(0, 100)));
    expect(r.status === 'error' && r.kind).toBe('changed');
    expect(r.status === 'error' && r.title).toBe('The graph file changed after the site was built');
    expect(r.status === 'error' && r.problem).toBe(`/data/g.json is not the graph this page was built from: it is shorter than when the page was built (100 of ${text.length} characters: truncated?)`);
    expect(r.status === 'error' && r.fix.join(' ')).toContain('npm run build');
  });
  it('a file of the same length with other content: changed', async () => {
    const other = text.replace('"x":', '"y":');
    expect(other).not.toBe(text);
    expect(other.length).toBe(text.length);
    const r = await fetchLinked(link, serve(other));
    expect(r.status === 'error' && r.problem).toBe('/data/g.json is not the graph this page was built from: it changed after the page was built');
  });
  it('a longer file: changed', async () => {
    const r = await fetchLinked(link, serve(text + '\n'));
    expect(r.status === 'error' && r.kind).toBe('changed');
  });
});
