// The renderer is chosen by the graph's size alone: SVG up to LARGE_GRAPH, Canvas above either count.
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH, rendererFor } from './renderer';

describe('rendererFor', () => {
  it.each([
    [{ nodes: 99, edges: 776 }, 'svg'],
    [{ nodes: LARGE_GRAPH.nodes, edges: LARGE_GRAPH.edges }, 'svg'],
    [{ nodes: LARGE_GRAPH.nodes + 1, edges: 10 }, 'canvas'],
    [{ nodes: 10, edges: LARGE_GRAPH.edges + 1 }, 'canvas'],
    [{ nodes: 5000, edges: 15000 }, 'canvas']
  ])('%o -> %s', (counts, want) => {
    expect(rendererFor(counts)).toBe(want);
  });
});
