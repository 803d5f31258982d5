/**
 * Bench-only peer page: draws a graph file (the same SerializedConceptGraph JSON the explorer loads) with
 * sigma.js v3 (graphology's WebGL renderer) at its default settings, with the explorer's colours, node sizes and
 * label font, so bench/suites/sigma.ts can time it in the same browser run. Bundled by esbuild into a temporary
 * folder (bench/page/site.ts); never part of the app.
 *
 * URL: index.html?g=<name> loads data/<name>.json. Exposes window.__sigmaBench:
 *   ready: Promise<void>          first render done
 *   renders: number[]             duration of each render (beforeRender -> afterRender), ms
 *   dataLoaded / firstRender      performance.now() when the JSON was parsed / after the first render
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { communityColor } from '../../src/lib/core/export/labels';
import { radiusRange } from '../../src/lib/viz/canvas-model';
import { radiusScale } from '../../src/lib/viz/scales';

interface SigmaBench {
  ready: Promise<void>;
  renders: number[];
  dataLoaded: number;
  firstRender: number;
  nodes: number;
  edges: number;
  renderer: Sigma | null;
}
const bench: SigmaBench = { ready: Promise.resolve(), renders: [], dataLoaded: -1, firstRender: -1, nodes: 0, edges: 0, renderer: null };
(window as unknown as { __sigmaBench: SigmaBench }).__sigmaBench = bench;

async function main(): Promise<void> {
  const name = new URLSearchParams(location.search).get('g') ?? 'graph';
  const res = await fetch(`data/${encodeURIComponent(name)}.json`);
  const data = (await res.json()) as SerializedConceptGraph;
  bench.dataLoaded = performance.now();
  const stage = document.getElementById('stage')!;
  const { min, max } = radiusRange(data.nodes.length, stage.clientWidth, stage.clientHeight);
  const size = radiusScale(data.nodes.map((n) => n.attributes.passageCount), min, max);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of data.nodes)
    graph.addNode(n.key, {
      x: n.attributes.x,
      y: -n.attributes.y, // sigma's y axis points up
      size: size(n.attributes.passageCount),
      color: communityColor(n.attributes.community),
      label: n.attributes.label.zh ?? n.attributes.label.en ?? n.key
    });
  for (const e of data.edges) if (!graph.hasEdge(e.source, e.target)) graph.addUndirectedEdge(e.source, e.target, { size: 0.5 + Math.min(2, e.attributes.weight / 2), color: '#b4bac3' });
  bench.nodes = graph.order;
  bench.edges = graph.size;
  let t0 = 0;
  const renderer = new Sigma(graph, stage, { labelFont: "'WenQuanYi Micro Hei', sans-serif", labelSize: 12 });
  renderer.on('beforeRender', () => (t0 = performance.now()));
  renderer.on('afterRender', () => bench.renders.push(performance.now() - t0));
  bench.renderer = renderer;
  // the constructor rendered once: wait for that frame to be on screen
  await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  bench.firstRender = performance.now();
  performance.mark('sigma:first-render');
}

bench.ready = main();
