import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_FILE, graphFileNameFor, readSiteFile, SiteConfigError, siteFetch, siteGraphFile, sitePath } from './site-files';

describe('siteGraphFile', () => {
  it('the bundled site keeps its file and its export name', () => {
    expect(DEFAULT_GRAPH_FILE).toBe('scaling-era.graph.json');
    expect(siteGraphFile()).toEqual({ url: '/data/scaling-era.graph.json', name: 'scaling-era' });
  });
  it.each([
    ['talk.graph.json', { url: '/data/talk.graph.json', name: 'talk' }],
    ['talk-2024.zh.graph.json', { url: '/data/talk-2024.zh.graph.json', name: 'talk-2024.zh' }]
  ])('%s', (file, expected) => expect(siteGraphFile(file)).toEqual(expected));
  it.each(['talk.json', '../x.graph.json', 'a/b.graph.json', 'Talk.graph.json', '.graph.json', 'a..b.graph.json', ''])('refuses %j', (file) => {
    expect(() => siteGraphFile(file)).toThrow(SiteConfigError);
  });
});

describe('graphFileNameFor', () => {
  it.each([
    ['talk.md', 'talk.graph.json'],
    ['/home/me/Talk 2024.zh.md', 'talk-2024.zh.graph.json'],
    ['C:\\talks\\x.vtt', 'x.graph.json'],
    ['econtalk.graph.json', 'econtalk.graph.json'],
    ['talk.zh.graph.json', 'talk.zh.graph.json'],
    ['graph.json', 'graph.graph.json'],
    ['访谈.md', 'graph.graph.json'],
    ['--..weird__.srt', 'weird.graph.json']
  ])('%s -> %s', (file, name) => {
    expect(graphFileNameFor(file)).toBe(name);
    expect(() => siteGraphFile(name)).not.toThrow();
  });
});

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

describe('readSiteFile', () => {
  const text = (r: Response) => r.text();
  it('answers the body', async () => {
    expect(await readSiteFile((async () => new Response('hi')) as unknown as typeof fetch, '/d', text)).toEqual({ body: 'hi' });
  });
  it.each<[string, typeof fetch, string]>([
    ['HTTP 404', (async () => new Response('no', { status: 404 })) as unknown as typeof fetch, '/d answered HTTP 404'],
    [
      'a network failure',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
      '/d could not be fetched (Failed to fetch)'
    ]
  ])('%s: the missing problem', async (_, f, problem) => {
    expect(await readSiteFile(f, '/d', text)).toEqual({ problem: { kind: 'missing', problem } });
  });
  it('an unreadable body: the missing problem with the reason', async () => {
    const r = await readSiteFile((async () => new Response('x')) as unknown as typeof fetch, '/d', async () => {
      throw new Error('aborted');
    });
    expect(r).toEqual({ problem: { kind: 'missing', problem: '/d could not be read (aborted)' } });
  });
});
