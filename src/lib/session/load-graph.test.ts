import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import { loadGraph } from './load-graph';

const fakeFetch = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loadGraph', () => {
  it('returns the graph', async () => {
    const r = await loadGraph(fakeFetch(200, JSON.stringify(mini)));
    expect(r.status).toBe('ok');
  });
  it.each<[string, typeof fetch, RegExp]>([
    ['404', fakeFetch(404, 'nope'), /missing or invalid: .*HTTP 404.*npm run graph/],
    ['not JSON', fakeFetch(200, '{oops'), /is not JSON/],
    ['empty', fakeFetch(200, '  \n'), /is empty/],
    ['truncated', fakeFetch(200, JSON.stringify(mini).slice(0, 500)), /is not JSON .*stops after 500 characters, so the file looks truncated/],
    ['wrong version', fakeFetch(200, JSON.stringify({ ...mini, attributes: { ...mini.attributes, schemaVersion: 99 } })), /at \$\.attributes\.schemaVersion/],
    ['wrong shape', fakeFetch(200, JSON.stringify({ ...mini, nodes: 3 })), /at \$\.nodes/],
    [
      'bad reference',
      fakeFetch(200, JSON.stringify({ ...mini, edges: [{ ...mini.edges[0], source: 'ghost' }] })),
      /unknown node "ghost" at \$\.edges\[0\]\.source/
    ],
    [
      'network error',
      (async () => {
        throw new Error('offline');
      }) as unknown as typeof fetch,
      /could not be fetched \(offline\)/
    ]
  ])('%s', async (_n, f, re) => {
    const r = await loadGraph(f);
    expect(r.status).toBe('error');
    if (r.status === 'error') {
      expect(r.message).toMatch(re);
      expect(r.message).toMatch(/npm run graph.*npm run build/);
      expect(r.title).toMatch(/^The graph file /);
      expect(r.fix.join(' ')).toMatch(/npm run graph.*npm run build/);
    }
  });
  it.each<[string, string, string]>([
    ['missing', '', 'The graph file was not found'],
    ['not-json', '{"attributes":', 'The graph file is not valid JSON'],
    ['invalid', '{"nodes":[]}', 'The graph file does not match the graph schema']
  ])('%s has its own title', async (kind, body, title) => {
    const r = await loadGraph(fakeFetch(kind === 'missing' ? 404 : 200, body));
    expect(r.status === 'error' && [r.kind, r.title]).toEqual([kind, title]);
  });
});
