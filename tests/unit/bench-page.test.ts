/**
 * The page benches' pure parts (bench/suites/page.ts, bench/suites/sigma.ts, bench/page/): suite registration and
 * result names, quick sizes against the Canvas threshold, the targets picked from a graph. The run in Chromium is
 * an integration test (tests/integration/bench-page.test.ts).
 */
import { describe, expect, it } from 'vitest';
import mini from '../fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { SUITES } from '../../bench/suites/index';
import { pageResultNames } from '../../bench/suites/page';
import { sigmaSuite } from '../../bench/suites/sigma';
import { bundledTargets, hubs } from '../../bench/page/measure';
import { nodeCount } from '../../bench/page/sites';
import { LARGE_GRAPH } from '../../src/lib/viz/renderer';

const graph = mini as unknown as SerializedConceptGraph;

describe('page bench: pure parts', () => {
  it('registers the page and sigma suites with dotted names under their suite', () => {
    const names = SUITES.map((s) => s.name);
    expect(names).toContain('page');
    expect(names).toContain('sigma');
    for (const n of pageResultNames) expect(n.startsWith('page.')).toBe(true);
    for (const n of sigmaSuite.resultNames) expect(n.startsWith('sigma.')).toBe(true);
    expect(pageResultNames).toContain('page.bundled.first-graph-paint');
    expect(pageResultNames).toContain('page.5k.hover.fps');
    expect(sigmaSuite.resultNames).toContain('sigma.5k.ratio.pan');
  });
  it('quick sizes stay above the Canvas threshold (so quick mode tests the Canvas view too)', () => {
    for (const size of ['1k', '5k'] as const) {
      expect(nodeCount(size, true)).toBeGreaterThan(LARGE_GRAPH.nodes);
      expect(nodeCount(size, false)).toBe(size === '1k' ? 1000 : 5000);
    }
  });
  it('picks targets from the graph: most connected concepts, a section whose removal drops a concept', () => {
    const t = bundledTargets(graph);
    const degree = (id: string) => graph.nodes.find((n) => n.key === id)!.attributes.degree;
    expect(degree(t.hub)).toBe(Math.max(...graph.nodes.map((n) => n.attributes.degree)));
    expect(t.clicks.length).toBeGreaterThan(3);
    expect(graph.attributes.sections.map((s) => s.id)).toContain(t.section);
    expect(hubs(graph, 3)).toHaveLength(3);
  });
});
