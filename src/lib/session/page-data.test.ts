import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { LARGE_GRAPH } from '$lib/viz/renderer';
import { fetchDeferred, graphOf, previewOptions, renderProblem, toPageGraph, type CheckReply, type DeferredGraph } from './page-data';
import { loadError, type GraphLoad } from './load-graph';
import { textHash } from './linked-graph';

const graph = mini as unknown as SerializedConceptGraph;
const ok = (g: SerializedConceptGraph): GraphLoad => ({ status: 'ok', graph: g, transcript: 'mini' });
const large = { ...graph, nodes: Array.from({ length: LARGE_GRAPH.nodes + 1 }, (_, i) => ({ ...graph.nodes[0], key: `n${i}` })) };

describe('toPageGraph', () => {
  it('links a small graph by its file text: url, transcript, length and hash, no graph data', () => {
    const text = JSON.stringify(graph);
    const p = toPageGraph(ok(graph), '/g.json', text);
    expect(p).toEqual({ status: 'linked', url: '/g.json', transcript: 'mini', length: text.length, hash: textHash(text) });
    expect(JSON.stringify(p).length).toBeLessThan(200);
    expect(graphOf(p)).toBeNull();
    expect(graphOf(ok(graph))).toEqual({ graph, transcript: 'mini' });
  });
  it('replaces a large graph by a pointer with its counts and title', () => {
    expect(toPageGraph(ok(large), '/g.json')).toEqual({ status: 'deferred', url: '/g.json', transcript: 'mini', title: graph.attributes.title, nodes: large.nodes.length, edges: graph.edges.length });
  });
  it('passes errors through; graphOf has nothing to draw for them or for a pointer', () => {
    const e = loadError('missing', 'x');
    expect(toPageGraph(e, '/g.json')).toBe(e);
    expect(graphOf(e)).toBeNull();
    expect(graphOf(toPageGraph(ok(large), '/g.json'))).toBeNull();
  });
});

describe('renderProblem', () => {
  const g = () => JSON.parse(JSON.stringify(mini));
  it.each<[string, (v: any) => unknown, string | null]>([
    ['the fixture', (v) => v, null],
    ['not an object', () => 'graph', '$'],
    ['no attributes', (v) => ({ ...v, attributes: null }), '$.attributes'],
    ['passages not a list', (v) => ((v.attributes.passages = {}), v), '$.attributes.passages'],
    ['nodes not a list', (v) => ((v.nodes = 3), v), '$.nodes'],
    ['a node without key', (v) => (delete v.nodes[2].key, v), '$.nodes[2].key'],
    ['a position that is not a number', (v) => ((v.nodes[1].attributes.x = '12'), v), '$.nodes[1].attributes'],
    ['an infinite count', (v) => ((v.nodes[0].attributes.degree = 1e400), v), '$.nodes[0].attributes.degree'],
    ['an edge to an unknown node', (v) => ((v.edges[3].target = 'ghost'), v), '$.edges[3].source'],
    ['an edge weight that is text', (v) => ((v.edges[0].attributes.weight = 'many'), v), '$.edges[0].attributes']
  ])('%s', (_, change, path) => {
    expect(renderProblem(change(g()))).toBe(path);
  });
});

describe('fetchDeferred', () => {
  const d: DeferredGraph = { status: 'deferred', url: '/data/g.json', transcript: 'mini', title: 'T', nodes: 14, edges: 19 };
  const fetchText = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;
  const accept = async (): Promise<CheckReply> => ({ status: 'ok' });
  const reject = (problem: string) => async (): Promise<CheckReply> => loadError('invalid', problem) as CheckReply;

  it('returns the parsed graph at once and the validation as a promise', async () => {
    const r = await fetchDeferred(d, fetchText(200, JSON.stringify(mini)), accept);
    expect(r.load.status).toBe('ok');
    expect((await r.validated).status).toBe('ok');
  });
  it('a graph that draws but fails the full validation: the promise brings the error', async () => {
    const r = await fetchDeferred(d, fetchText(200, JSON.stringify(mini)), reject('bad alias at $.nodes[0]'));
    expect(r.load.status).toBe('ok');
    const v = await r.validated;
    expect(v.status === 'error' && v.problem).toBe('bad alias at $.nodes[0]');
  });
  it.each<[string, typeof fetch, RegExp]>([
    ['HTTP 404', fetchText(404, 'nope'), /HTTP 404/],
    ['truncated JSON', fetchText(200, JSON.stringify(mini).slice(0, 300)), /not JSON/],
    [
      'network error',
      (async () => {
        throw new Error('offline');
      }) as unknown as typeof fetch,
      /could not be fetched \(offline\)/
    ]
  ])('%s: the error view, worded by the loader', async (_, f, message) => {
    const check = async (bytes: ArrayBuffer, url: string) => (await import('./graph-check')).checkText(new TextDecoder().decode(bytes), url);
    const r = await fetchDeferred(d, f, check);
    expect(r.load.status).toBe('error');
    expect(r.load.status === 'error' && r.load.message).toMatch(message);
  });
  it('with a preview, this thread parses only after the preview was shown', async () => {
    const order: string[] = [];
    const check = async (_b: ArrayBuffer, _u: string, p?: { show: (m: never) => Promise<void> }) => {
      order.push('check');
      await p?.show({} as never);
      order.push('after show');
      return { status: 'ok' } as CheckReply;
    };
    const r = await fetchDeferred(d, fetchText(200, JSON.stringify(mini)), check as never, {
      options: { size: 'passages', measure: 'npmi', lang: 'zh' },
      show: async () => {
        order.push('shown');
      }
    });
    order.push('parsed');
    expect(r.load.status).toBe('ok');
    expect(order).toEqual(['check', 'shown', 'after show', 'parsed']);
  });
  it('a shape the renderer cannot draw is an error even when the validator said nothing', async () => {
    const bad = JSON.parse(JSON.stringify(mini));
    bad.nodes[0].attributes.x = null;
    const r = await fetchDeferred(d, fetchText(200, JSON.stringify(bad)), accept);
    expect(r.load.status === 'error' && r.load.problem).toMatch(/\$\.nodes\[0\]\.attributes/);
  });
});

describe('previewOptions', () => {
  it.each([
    ['', { lang: 'zh', size: 'passages', measure: 'npmi' }],
    ['?lang=en&size=degree&m=count', { lang: 'en', size: 'degree', measure: 'count' }],
    ['?lang=fr&size=huge&m=<script>', { lang: 'zh', size: 'passages', measure: 'npmi' }]
  ])('%s', (search, expected) => expect(previewOptions(search)).toEqual(expected));
});
