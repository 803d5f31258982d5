/**
 * Communities of the concept graph: Louvain (graphology-communities-louvain) with a seeded random source,
 * weighted by co-mention count. Community numbers are renumbered so that 0 is the largest community (ties:
 * smallest member id first), which keeps colours stable across rebuilds. Pure: reads the graph, returns a mapping.
 */
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import type Graph from 'graphology';
import { seededRandom } from '../layout/random';

export interface CommunityResult {
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

export function detectCommunities(graph: Graph, options: { seed: number; resolution: number }): CommunityResult {
  const nodes = graph.nodes();
  if (nodes.length === 0) return { communities: {}, count: 0, modularity: 0 };
  let raw: Record<string, number>;
  if (graph.size === 0) {
    raw = Object.fromEntries(nodes.map((n, i) => [n, i]));
  } else {
    raw = louvain(graph, { getEdgeWeight: 'weight', resolution: options.resolution, rng: seededRandom(options.seed) });
  }
  const members = new Map<number, string[]>();
  for (const n of nodes) {
    const c = raw[n];
    const list = members.get(c);
    if (list) list.push(n);
    else members.set(c, [n]);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const communities: Record<string, number> = {};
  ordered.forEach((list, i) => list.forEach((n) => (communities[n] = i)));
  const q =
    graph.size === 0
      ? 0
      : modularity(graph, { getNodeCommunity: (n) => communities[n], getEdgeWeight: 'weight', resolution: options.resolution });
  return { communities, count: ordered.length, modularity: Math.round(q * 1e6) / 1e6 };
}
