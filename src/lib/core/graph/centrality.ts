/**
 * Centralities of the concept graph with graphology-metrics: degree, weighted degree (sum of co-mention
 * counts) and normalised betweenness (unweighted: a co-mention count is a strength, not a distance).
 * Pure: returns mappings, never writes into the graph.
 */
import betweenness from 'graphology-metrics/centrality/betweenness';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type Graph from 'graphology';

export interface Centralities {
  degree: number;
  weightedDegree: number;
  betweenness: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function computeCentralities(graph: Graph): Map<string, Centralities> {
  const between = graph.order > 2 && graph.size > 0 ? betweenness(graph, { normalized: true, getEdgeWeight: null }) : {};
  const out = new Map<string, Centralities>();
  graph.forEachNode((node) => {
    out.set(node, {
      degree: graph.degree(node),
      weightedDegree: round(weightedDegree(graph, node, 'weight')),
      betweenness: round(between[node] ?? 0)
    });
  });
  return out;
}
