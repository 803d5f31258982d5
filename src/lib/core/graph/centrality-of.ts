/**
 * Degree, weighted degree and (unweighted) normalised betweenness of a filtered view, given as an edge list.
 * Delegates to the build's own centrality module (graphology-metrics), so the page and the build step compute
 * the same numbers for the same graph. Pure.
 */
import Graph from 'graphology';
import { computeCentralities } from '$lib/core/graph/centrality';

export interface Centralities {
  degree: Map<string, number>;
  weightedDegree: Map<string, number>;
  betweenness: Map<string, number>;
}

export function centralities(nodes: readonly string[], edges: ReadonlyArray<{ source: string; target: string; weight: number }>): Centralities {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes) g.mergeNode(n);
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.mergeUndirectedEdge(e.source, e.target, { weight: e.weight });
  }
  const computed = computeCentralities(g);
  const degree = new Map<string, number>();
  const weightedDegree = new Map<string, number>();
  const betweenness = new Map<string, number>();
  for (const [id, c] of computed) {
    degree.set(id, c.degree);
    weightedDegree.set(id, c.weightedDegree);
    betweenness.set(id, c.betweenness);
  }
  return { degree, weightedDegree, betweenness };
}
