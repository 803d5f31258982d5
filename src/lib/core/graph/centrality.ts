/**
 * Centralities of the concept graph with graphology-metrics: degree, weighted degree (sum of co-mention
 * counts) and normalised betweenness (unweighted: a co-mention count is a strength, not a distance).
 * Two entries, one result type: `computeCentralities(graph)` for the build's graphology graph, `centralitiesOf`
 * for a node list and an edge list (a filtered view), so the page and the build step compute the same numbers
 * for the same graph. Pure: returns mappings, never writes into the graph.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';

export interface Centralities {
  degree: number;
  weightedDegree: number;
  betweenness: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Node -> its centralities, for an undirected graph whose edges carry a `weight` attribute. */
export function computeCentralities(graph: Graph): Map<string, Centralities> {
  const between = graph.order > 2 && graph.size > 0 ? betweenness(graph, { normalized: true, getEdgeWeight: null }) : {};
  const out = new Map<string, Centralities>();
  graph.forEachNode((node) => {
    out.set(node, {
      degree: graph.degree(node),
      weightedDegree: round(weightedDegree(graph, node, 'weight')),
      betweenness: round(Object.hasOwn(between, node) ? between[node] : 0) // ids such as "constructor" are user strings
    });
  });
  return out;
}

/** The same for nodes and weighted edges given as lists; self loops and edges to unknown nodes are ignored. */
export function centralitiesOf(nodes: readonly string[], edges: ReadonlyArray<{ source: string; target: string; weight: number }>): Map<string, Centralities> {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes) g.mergeNode(n);
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.mergeUndirectedEdge(e.source, e.target, { weight: e.weight });
  }
  return computeCentralities(g);
}
