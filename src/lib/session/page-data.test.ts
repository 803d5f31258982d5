import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runsOf } from '../../../tests/support/fc';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { linkGraph, openPageGraph, prerendered, textHash, type GraphPointer } from './page-data';
import { rebuildSteps } from './session';

const text = JSON.stringify(mini, null, 2);
const file = { url: '/data/g.graph.json', name: 'g' };
const link = linkGraph(text, file);
/** A fetch that answers one body (or status) for the linked URL and 404 for anything else. */
const serve = (body: string | null, status = 200): typeof fetch =>
  (async (url: string | URL | Request) => {
    if (String(url) !== file.url || body === null) return new Response('not found', { status: 404 });
    return new Response(body, { status });
  }) as typeof fetch;
const errorOf = async (p: GraphPointer, f: typeof fetch) => {
  const s = await openPageGraph(p, f, false);
  if (s.status !== 'error') throw new Error(`expected the error view, got ${s.status}`);
  return s.error;
};

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
      }),
      { numRuns: runsOf(0.2) }
    );
  });
});

describe('linkGraph', () => {
  it('points to the file with its length and hash, and carries no graph data', () => {
    expect(link).toEqual({ status: 'linked', url: '/data/g.graph.json', name: 'g', length: text.length, hash: textHash(text) });
    expect(JSON.stringify(link).length).toBeLessThan(200);
  });
});

describe('openPageGraph: a linked small graph', () => {
  it('in the browser: the file the page was built from is the ready session', async () => {
    expect(await openPageGraph(link, serve(text), false)).toEqual({ status: 'ready', origin: { kind: 'prerendered', url: file.url }, name: 'g', graph: mini });
  });
  it('in the server render: the graph the server load validated, without fetching', async () => {
    const graph = { ...mini, attributes: { ...mini.attributes, title: 'validated' } } as unknown as SerializedConceptGraph;
    prerendered.set(file.url, graph);
    try {
      const s = await openPageGraph(link, serve(null), true);
      expect(s.status === 'ready' && s.graph).toBe(graph);
    } finally {
      prerendered.delete(file.url);
    }
  });
  it('a missing file: the error view says the file was not found, and how to rebuild it', async () => {
    const e = await errorOf(link, serve(null));
    expect(e).toEqual({ kind: 'missing', title: 'The graph file was not found', problem: '/data/g.graph.json answered HTTP 404', fix: rebuildSteps(file.url) });
  });
  it('a network failure: not found, with the reason', async () => {
    const e = await errorOf(
      link,
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch
    );
    expect(e.problem).toBe('/data/g.graph.json could not be fetched (Failed to fetch)');
  });
  it('a truncated file: changed, shorter than at build time', async () => {
    const e = await errorOf(link, serve(text.slice(0, 100)));
    expect([e.kind, e.title]).toEqual(['changed', 'The graph file changed after the site was built']);
    expect(e.problem).toBe(`/data/g.graph.json is not the graph this page was built from: it is shorter than when the page was built (100 of ${text.length} characters: truncated?)`);
    expect(e.fix.join(' ')).toContain('npm run build');
  });
  it('a file of the same length with other content: changed', async () => {
    const other = text.replace('"x":', '"y":');
    expect(other).not.toBe(text);
    expect(other.length).toBe(text.length);
    expect((await errorOf(link, serve(other))).problem).toBe('/data/g.graph.json is not the graph this page was built from: it changed after the page was built');
  });
  it('a longer file: changed', async () => {
    expect((await errorOf(link, serve(text + '\n'))).kind).toBe('changed');
  });
});

describe('openPageGraph: other pointers', () => {
  it('a deferred large graph is pending with its title and counts', async () => {
    const p: GraphPointer = { status: 'deferred', url: '/data/big.graph.json', name: 'big', title: 'Big', nodes: 900, edges: 2000 };
    expect(await openPageGraph(p, serve(null), false)).toEqual({ status: 'pending', origin: { kind: 'fetched', url: '/data/big.graph.json' }, name: 'big', title: 'Big', counts: { nodes: 900, edges: 2000 } });
  });
  it('a graph that failed at build time is the error view it carries', async () => {
    const error = { kind: 'invalid' as const, title: 'T', problem: 'P', fix: ['F'] };
    expect(await openPageGraph({ status: 'failed', url: file.url, name: 'g', error }, serve(text), false)).toEqual({ status: 'error', origin: { kind: 'prerendered', url: file.url }, name: 'g', error });
  });
});
