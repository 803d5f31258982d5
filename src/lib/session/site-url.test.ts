import { describe, expect, it } from 'vitest';
import { siteFetch, sitePath } from './site-url';

describe('sitePath', () => {
  it.each([
    ['/data/scaling-era.graph.json', './data/scaling-era.graph.json'],
    ['./data/x.json', './data/x.json'],
    ['data/x.json', 'data/x.json'],
    ['//cdn.example/x.json', '//cdn.example/x.json'],
    ['http://127.0.0.1:4173/data/x.json', 'http://127.0.0.1:4173/data/x.json']
  ])('%s -> %s', (from, to) => expect(sitePath(from)).toBe(to));

  it('resolves against the page: at the root and under a sub-path', () => {
    expect(new URL(sitePath('/data/g.json'), 'https://host/').href).toBe('https://host/data/g.json');
    expect(new URL(sitePath('/data/g.json'), 'https://host/tools/topicgraph/').href).toBe('https://host/tools/topicgraph/data/g.json');
    expect(new URL(sitePath('/data/g.json'), 'https://host/tools/topicgraph/index.html?c=ai').href).toBe('https://host/tools/topicgraph/data/g.json');
  });
});

describe('siteFetch', () => {
  it('passes the site-relative path and the init through to the fetch it wraps', async () => {
    const seen: Array<[unknown, unknown]> = [];
    const f = siteFetch((async (input: unknown, init: unknown) => {
      seen.push([input, init]);
      return new Response('ok');
    }) as typeof fetch);
    await f('/data/g.json', { cache: 'no-store' });
    const req = new Request('http://h/x');
    await f(req);
    expect(seen).toEqual([
      ['./data/g.json', { cache: 'no-store' }],
      [req, undefined]
    ]);
  });
});
