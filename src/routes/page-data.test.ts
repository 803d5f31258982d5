import { describe, expect, it } from 'vitest';
import mini from '../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/contract/types';
import { LARGE_GRAPH } from '$lib/viz/renderer';
import { fetchDeferred, graphOf, previewOptions, renderProblem, toPageGraph, type DeferredGraph, type DeferredOptions, type Loader } from './page-data';
import { loadFile, type LoadReply, type LoadRequest } from './graph-load.worker';
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
  const offline = (async () => {
    throw new Error('offline');
  }) as unknown as typeof fetch;
  const text = JSON.stringify(mini);
  const options = { size: 'passages', measure: 'npmi', lang: 'zh' } as const;
  /**
   * The loading worker's job run in this thread, its messages delivered in later tasks as a worker's would be
   * (the answer 50 ms later: the full validation takes a while).
   */
  const worker =
    (f: typeof fetch, seen: string[] = []) =>
    (): Loader => {
      const w: Loader = {
        onmessage: null,
        onerror: null,
        terminate() {},
        postMessage(req) {
          void loadFile(req, f, (m) => {
            seen.push(m.type);
            setTimeout(() => w.onmessage?.({ data: m } as MessageEvent<LoadReply>), m.type === 'check' ? 50 : 0);
          });
        }
      };
      return w;
    };
  const broken = (): Loader => {
    const w: Loader = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage() {
        setTimeout(() => w.onerror?.(new Event('error') as ErrorEvent), 0);
      }
    };
    return w;
  };
  const ways: Array<[string, (f: typeof fetch) => DeferredOptions]> = [
    ['in the worker', (f) => ({ loader: worker(f) })],
    ['in this thread', (f) => ({ loader: null, fetch: f })]
  ];

  it.each(ways)('%s: returns the parsed graph at once and the validation as a promise', async (_, way) => {
    const r = await fetchDeferred(d, way(fetchText(200, text)));
    expect(r.load.status === 'ok' && r.load.graph.nodes.length).toBe(mini.nodes.length);
    expect((await r.validated).status).toBe('ok');
  });
  it.each(ways)('%s: a graph that draws but fails the full validation: the promise brings the error', async (_, way) => {
    const bad = JSON.parse(text);
    bad.nodes[1].attributes.mentionCount = 'three';
    const r = await fetchDeferred(d, way(fetchText(200, JSON.stringify(bad))));
    expect(r.load.status).toBe('ok');
    const v = await r.validated;
    expect(v.status === 'error' && v.kind).toBe('invalid');
    expect(v.status === 'error' && v.problem).toMatch(/\$\.nodes\[1\]\.attributes\.mentionCount in \/data\/g\.json/);
  });
  it.each<[string, typeof fetch, string, RegExp]>([
    ['HTTP 404', fetchText(404, 'nope'), 'missing', /\/data\/g\.json answered HTTP 404/],
    ['truncated JSON', fetchText(200, text.slice(0, 300)), 'not-json', /is not JSON \(.+\); it stops after 300 characters, so the file looks truncated/],
    ['network error', offline, 'missing', /\/data\/g\.json could not be fetched \(offline\)/]
  ])('%s: the error view, worded by the loader (in the worker and in this thread)', async (_, f, kind, message) => {
    for (const [, way] of ways) {
      const r = await fetchDeferred(d, way(f));
      expect(r.load.status === 'error' && r.load.kind).toBe(kind);
      expect(r.load.status === 'error' && r.load.problem).toMatch(message);
    }
  });
  it('with a preview: the worker sends arrival, preview, text, check; this thread parses only after the preview was shown', async () => {
    const seen: string[] = [];
    const order: string[] = [];
    const r = await fetchDeferred(d, {
      loader: worker(fetchText(200, text), seen),
      preview: {
        options,
        show: async (p) => {
          expect('model' in p).toBe(true); // no OffscreenCanvas here: the display cache
          await new Promise((t) => setTimeout(t, 20));
          order.push('shown');
        }
      }
    });
    order.push('parsed');
    expect(r.load.status).toBe('ok');
    expect(order).toEqual(['shown', 'parsed']);
    expect(seen).toEqual(['arrived', 'preview', 'text', 'check']);
  });
  it.each<[string, LoadRequest['preview'], string, string[]]>([
    ['no preview asked: the text at once', null, text, ['arrived', 'text', 'check']],
    ['a preview', { options, frame: null }, text, ['arrived', 'preview', 'text', 'check']],
    ['not JSON: only the answer', { options, frame: null }, text.slice(0, 50), ['arrived', 'check']]
  ])('the worker\'s messages: %s', async (_, preview, body, expected) => {
    const seen: LoadReply[] = [];
    await loadFile({ url: d.url, href: d.url, preview }, fetchText(200, body), (m) => seen.push(m));
    expect(seen.map((m) => m.type)).toEqual(expected);
    const arrived = seen[0];
    expect(arrived.type === 'arrived' && Math.abs(arrived.at - Date.now())).toBeLessThan(60_000);
  });
  it('a worker that breaks: this thread fetches and validates the file itself', async () => {
    const r = await fetchDeferred(d, { loader: broken, fetch: fetchText(200, text) });
    expect(r.load.status).toBe('ok');
    expect((await r.validated).status).toBe('ok');
  });
  it.each(ways)('%s: a shape the renderer cannot draw is an error', async (_, way) => {
    const bad = JSON.parse(text);
    bad.nodes[0].attributes.x = null;
    const r = await fetchDeferred(d, way(fetchText(200, JSON.stringify(bad))));
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
