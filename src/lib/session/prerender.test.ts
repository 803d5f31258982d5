import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import { LARGE_GRAPH } from '$lib/viz/renderer';
import { prerenderPage, prerenderPointer, readGraphFile } from './prerender';
import { prerendered, textHash } from './page-data';
import { rebuildSteps } from './session';

const file = { url: '/data/talk.graph.json', name: 'talk' };
const fakeFetch = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;
const text = JSON.stringify(mini);

describe('readGraphFile', () => {
  it('answers the validated graph and the text', async () => {
    const r = await readGraphFile(fakeFetch(200, text), file.url);
    expect('graph' in r && [r.graph, r.text]).toEqual([mini, text]);
  });
  it.each<[string, typeof fetch, string, RegExp]>([
    ['404', fakeFetch(404, 'nope'), 'missing', /HTTP 404/],
    ['not JSON', fakeFetch(200, '{oops'), 'not-json', /is not JSON/],
    ['empty', fakeFetch(200, '  \n'), 'not-json', /is empty/],
    ['truncated', fakeFetch(200, text.slice(0, 500)), 'not-json', /stops after 500 characters, so the file looks truncated/],
    ['wrong version', fakeFetch(200, JSON.stringify({ ...mini, attributes: { ...mini.attributes, schemaVersion: 99 } })), 'invalid', /at \$\.attributes\.schemaVersion in \/data\/talk\.graph\.json/],
    ['bad reference', fakeFetch(200, JSON.stringify({ ...mini, edges: [{ ...mini.edges[0], source: 'ghost' }] })), 'invalid', /unknown node "ghost" at \$\.edges\[0\]\.source/],
    [
      'network error',
      (async () => {
        throw new Error('offline');
      }) as unknown as typeof fetch,
      'missing',
      /could not be fetched \(offline\)/
    ]
  ])('%s', async (_, f, kind, problem) => {
    const r = await readGraphFile(f, file.url);
    expect('problem' in r && r.problem.kind).toBe(kind);
    expect('problem' in r && r.problem.problem).toMatch(problem);
  });
});

describe('prerenderPointer', () => {
  it('links a small graph by its file text and hands the validated graph to the server render', async () => {
    const p = await prerenderPointer(fakeFetch(200, text), file);
    expect(p).toEqual({ status: 'linked', url: file.url, name: 'talk', length: text.length, hash: textHash(text) });
    expect(prerendered.get(file.url)).toEqual(mini);
    prerendered.delete(file.url);
  });
  it('defers a large graph: a pointer with its counts and title, nothing for the server render', async () => {
    const nodes = Array.from({ length: LARGE_GRAPH.nodes + 1 }, (_, i) => ({ ...mini.nodes[0], key: `n${i}` }));
    const p = await prerenderPointer(fakeFetch(200, JSON.stringify({ ...mini, nodes, edges: [] })), file);
    expect(p).toEqual({ status: 'deferred', url: file.url, name: 'talk', title: mini.attributes.title, nodes: nodes.length, edges: 0 });
    expect(prerendered.has(file.url)).toBe(false);
  });
  it.each<[string, string, string]>([
    ['missing', '', 'The graph file was not found'],
    ['not-json', '{"attributes":', 'The graph file is not valid JSON'],
    ['invalid', '{"nodes":[]}', 'The graph file does not match the graph schema']
  ])('a %s file: the error view with its own title and how to rebuild this file', async (kind, body, title) => {
    const p = await prerenderPointer(fakeFetch(kind === 'missing' ? 404 : 200, body), file);
    expect(p.status === 'failed' && [p.error.kind, p.error.title, p.error.fix]).toEqual([kind, title, rebuildSteps(file.url)]);
    expect(rebuildSteps(file.url)[0]).toContain('--out static/data/talk.graph.json');
  });
});

describe('prerenderPage: the language of <html lang>', () => {
  const withTexts = (texts: string[]) => JSON.stringify({ ...mini, attributes: { ...mini.attributes, passages: mini.attributes.passages.map((p, i) => ({ ...p, text: texts[i % texts.length] })) } });
  it.each<[string, string, 'zh' | 'en']>([
    ['the Chinese fixture', text, 'zh'],
    ['the same graph with English passages', withTexts(['Scaling was the story of the decade, said the host.']), 'en']
  ])('%s', async (_, body, lang) => {
    const r = await prerenderPage(fakeFetch(200, body), file);
    expect([r.pointer.status, r.lang]).toEqual(['linked', lang]);
    prerendered.delete(file.url);
  });
  it('a large graph is still read for its language', async () => {
    const nodes = Array.from({ length: LARGE_GRAPH.nodes + 1 }, (_, i) => ({ ...mini.nodes[0], key: `n${i}` }));
    const r = await prerenderPage(fakeFetch(200, JSON.stringify({ ...mini, nodes, edges: [] })), file);
    expect([r.pointer.status, r.lang]).toEqual(['deferred', 'zh']);
  });
  it('an unreadable file: the English error view', async () => {
    const r = await prerenderPage(fakeFetch(404, ''), file);
    expect([r.pointer.status, r.lang]).toEqual(['failed', 'en']);
  });
});
