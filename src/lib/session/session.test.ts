import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { LARGE_GRAPH } from '$lib/viz/renderer';
import { fileError, sessionCounts, sessionRenderer, type Session, type SessionOrigin } from './session';

const small = mini as unknown as SerializedConceptGraph;
const large = { ...small, nodes: Array.from({ length: LARGE_GRAPH.nodes + 1 }, (_, i) => ({ ...small.nodes[0], key: `n${i}` })) };
const origins: SessionOrigin[] = [
  { kind: 'prerendered', url: '/data/g.graph.json' },
  { kind: 'fetched', url: '/data/g.graph.json' },
  { kind: 'built', transcript: 't.md', catalog: 'c.json', warnings: [] }
];

describe('sessionRenderer: by size, whatever the origin', () => {
  it.each(origins)('%o', (origin) => {
    const ready = (graph: SerializedConceptGraph): Session => ({ status: 'ready', origin, name: 'g', graph });
    expect(sessionRenderer(ready(small))).toBe('svg');
    expect(sessionRenderer(ready(large))).toBe('canvas');
    expect(sessionRenderer({ status: 'pending', origin, name: 'g', title: 'T', counts: { nodes: 10, edges: LARGE_GRAPH.edges + 1 } })).toBe('canvas');
    expect(sessionRenderer({ status: 'error', origin, name: 'g', error: fileError({ kind: 'missing', problem: 'x' }, '/data/g.graph.json') })).toBeNull();
  });
  it('counts the graph of a ready session', () => {
    expect(sessionCounts({ status: 'ready', origin: origins[0], name: 'g', graph: small })).toEqual({ nodes: small.nodes.length, edges: small.edges.length });
  });
});

describe('fileError', () => {
  it.each([
    ['missing', 'The graph file was not found'],
    ['not-json', 'The graph file is not valid JSON'],
    ['invalid', 'The graph file does not match the graph schema'],
    ['changed', 'The graph file changed after the site was built']
  ] as const)('%s: its own title, the problem, how to rebuild that file then the site', (kind, title) => {
    const e = fileError({ kind, problem: 'what' }, '/data/talk.graph.json');
    expect(e).toEqual({
      kind,
      title,
      problem: 'what',
      fix: [
        'Rebuild the graph: `npm run graph` (or `npx topicgraph build --transcript FILE --concepts FILE --out static/data/talk.graph.json`).',
        'Then rebuild the site: `npm run build` (the graph is read when the page is built).'
      ]
    });
  });
});
