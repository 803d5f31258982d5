import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import { checkGraphFile } from '$lib/engine/graph-load-host';
import { followFetched, openFetched, previewOptions, previewWanted, type CheckBytes } from './fetched';
import type { PendingSession, Session } from './session';

const pending: PendingSession = { status: 'pending', origin: { kind: 'fetched', url: '/data/g.graph.json' }, name: 'g', title: 'T', counts: { nodes: 14, edges: 19 } };
const fetchText = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;
const accept: CheckBytes = async () => null;
const reject =
  (problem: string): CheckBytes =>
  async () => ({ kind: 'invalid', problem });
/** The loading job itself, in this thread (what the worker answers). */
const realCheck: CheckBytes = async (bytes, url) => checkGraphFile({ bytes, url, preview: null }, { progress() {}, signal: new AbortController().signal, transfer() {} });

describe('openFetched', () => {
  it('answers the parsed graph at once and the validation as a promise', async () => {
    const r = await openFetched(pending, fetchText(200, JSON.stringify(mini)), undefined, accept);
    expect(r.session).toStrictEqual({ status: 'ready', origin: pending.origin, name: 'g', graph: mini });
    expect(await r.validated).toBe(r.session);
  });
  it('a graph that draws but fails the full validation: the promise brings the error view', async () => {
    const r = await openFetched(pending, fetchText(200, JSON.stringify(mini)), undefined, reject('bad alias at $.nodes[0]'));
    expect(r.session.status).toBe('ready');
    const v = await r.validated;
    expect(v.status === 'error' && [v.error.title, v.error.problem]).toEqual(['The graph file does not match the graph schema', 'bad alias at $.nodes[0]']);
  });
  it.each<[string, typeof fetch, string, RegExp]>([
    ['HTTP 404', fetchText(404, 'nope'), 'missing', /^\/data\/g\.graph\.json answered HTTP 404$/],
    ['truncated JSON', fetchText(200, JSON.stringify(mini).slice(0, 300)), 'not-json', /is not JSON .*looks truncated/],
    [
      'network error',
      (async () => {
        throw new Error('offline');
      }) as unknown as typeof fetch,
      'missing',
      /could not be fetched \(offline\)/
    ]
  ])('%s: the error view, worded by the loading job', async (_, f, kind, problem) => {
    const r = await openFetched(pending, f, undefined, realCheck);
    expect(r.session.status === 'error' && [r.session.error.kind, r.session.error.problem]).toEqual([kind, expect.stringMatching(problem)]);
    expect(r.session.status === 'error' && r.session.error.fix.join(' ')).toMatch(/npm run graph.*npm run build/);
  });
  it('with a preview, this thread parses only after the preview was shown', async () => {
    const order: string[] = [];
    const check: CheckBytes = async (_b, _u, p) => {
      order.push('check');
      p?.onPicture({} as never);
      await new Promise((r) => setTimeout(r, 0));
      order.push('after show');
      return null;
    };
    const r = await openFetched(
      pending,
      fetchText(200, JSON.stringify(mini)),
      {
        options: { size: 'passages', measure: 'npmi', lang: 'zh' },
        show: async () => {
          order.push('shown');
        }
      },
      check
    );
    order.push('parsed');
    expect(r.session.status).toBe('ready');
    await r.validated;
    expect(order).toEqual(['check', 'shown', 'parsed', 'after show']);
  });
  it('a shape the renderer cannot draw is an error even when the validator said nothing', async () => {
    const bad = JSON.parse(JSON.stringify(mini));
    bad.nodes[0].attributes.x = null;
    const r = await openFetched(pending, fetchText(200, JSON.stringify(bad)), undefined, accept);
    expect(r.session.status === 'error' && r.session.error.problem).toBe('unexpected value at $.nodes[0].attributes in /data/g.graph.json');
  });
  it('a checker that fails (a worker that died) is an error view, not an exception', async () => {
    const r = await openFetched(pending, fetchText(200, JSON.stringify(mini)), undefined, async () => {
      throw new Error('worker failed: crashed');
    });
    const v = await r.validated;
    expect(v.status === 'error' && v.error.problem).toBe('/data/g.graph.json could not be checked (worker failed: crashed)');
  });
});

describe('followFetched', () => {
  it('shows the graph, then replaces it by the error view when the full validation fails', async () => {
    const shown: Session['status'][] = [];
    // no Worker in Node: the loading job runs in this thread (its real check, which finds the broken count)
    const g = JSON.parse(JSON.stringify(mini));
    g.nodes[1].attributes.mentionCount = 'three';
    await followFetched(pending, fetchText(200, JSON.stringify(g)), { stage: { width: 800, height: 600, dpr: 1 }, search: '', show: (s) => void shown.push(s.status) });
    expect(shown).toEqual(['ready', 'error']);
  });
  it('a sound graph is shown once', async () => {
    const shown: Session[] = [];
    await followFetched(pending, fetchText(200, JSON.stringify(mini)), { stage: { width: 800, height: 600, dpr: 1 }, search: '?lang=en', show: (s) => void shown.push(s) });
    expect(shown.map((s) => s.status)).toEqual(['ready']);
  });
});

describe('previewOptions, previewWanted', () => {
  it.each([
    ['', { size: 'passages', measure: 'count' }],
    ['?lang=en&size=degree&m=count', { lang: 'en', size: 'degree', measure: 'count' }],
    ['?lang=fr&size=huge&m=<script>', { size: 'passages', measure: 'count' }]
  ])('%s', (search, expected) => expect(previewOptions(search)).toEqual(expected));
  it.each([
    ['', true],
    ['?c=ai&lang=en', true],
    ['?sec=s1', false],
    ['?c=ai&min=3', false],
    ['?spk=russ', false],
    ['?kind=person', false]
  ])('%s: preview %s (a filtered first view would not match it)', (search, wanted) => expect(previewWanted(search)).toBe(wanted));
});
