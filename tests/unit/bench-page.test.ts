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
import { bundledTargets } from '../../bench/page/bundled';
import { hubs } from '../../bench/page/large';
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
    for (const n of ['page.bundled.first-click', 'page.20k.first-render', 'page.20k.pan.fps', 'page.20k.zoom.fps', 'page.20k.hover.fps', 'page.20k.drag.fps'])
      expect(pageResultNames).toContain(n);
    expect(sigmaSuite.resultNames).toContain('sigma.20k.ratio.pan');
    // a CPU row beside every wall-time row of a page load or an interaction, and beside every frame row
    for (const n of pageResultNames.filter((x) => /\.(first-graph-paint|hydrated|first-click|click-to-passages|filter-change|first-render|interactive|data-loaded|redraw|frame)$/.test(x)))
      expect(pageResultNames).toContain(`${n}.cpu`);
  });
  it('quick sizes stay above the Canvas threshold (so quick mode tests the Canvas view too)', () => {
    for (const [size, full] of [['1k', 1000], ['5k', 5000], ['20k', 20000]] as const) {
      expect(nodeCount(size, true)).toBeGreaterThan(LARGE_GRAPH.nodes);
      expect(nodeCount(size, false)).toBe(full);
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

describe('large pages are measured with every link drawn', () => {
  it('allLinks adds links=all to the page URL and keeps the rest', async () => {
    const { allLinks } = await import('../../bench/page/large');
    expect(allLinks('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000/?links=all');
    expect(allLinks('http://127.0.0.1:4000/sub/?lang=en')).toBe('http://127.0.0.1:4000/sub/?lang=en&links=all');
  });
});
