/**
 * Filters of the explorer and the filtered graph they produce.
 *
 * A filter keeps passages (by section and speaker) and concepts (by kind); the counts and edge weights of the
 * view are then recomputed with `cooccur` over the passages in scope — filtering is a recount, not hiding.
 * Concepts with no mention in scope leave the graph; edges below the minimum co-mention count are dropped; degree,
 * weighted degree and betweenness are recomputed on what is left; communities keep their build-time ids so colours
 * stay stable. The result is a valid SerializedConceptGraph (the data exports use it). Pure: never mutates the
 * input graph. What is in scope (Filter, passages, section options) lives in ./scope.ts and is re-exported here.
 * It pulls in graphology for the centralities: the page loads it only when a filter is first used
 * (src/lib/explorer/filter-kit.ts).
 */
import type { Mention, SerializedConceptGraph, SerializedEdge, SerializedNode } from '../contract/types';
import { centralitiesOf } from '../graph/centrality';
import { cooccur } from './cooccur';
import { isIdentityFilter, keepsEveryPassage, passagesInScope, type Filter } from './scope';

export * from './scope';

export interface DeriveOptions {
  /** Current positions of the view (graph units), used for x / y of the result. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/** The filtered graph with recomputed attributes. Identity filter: the original nodes and edges (positions updated). */
export function deriveFilteredGraph(graph: SerializedConceptGraph, f: Filter, opts: DeriveOptions = {}): SerializedConceptGraph {
  const pos = opts.positions;
  const place = (n: SerializedNode): SerializedNode => {
    const p = pos?.get(n.key);
    return p ? { key: n.key, attributes: { ...n.attributes, x: p.x, y: p.y } } : n;
  };
  if (isIdentityFilter(f)) return { ...graph, nodes: graph.nodes.map(place), edges: graph.edges };

  const scope = passagesInScope(graph.attributes.passages, f);
  const inScope = new Set(scope.map((p) => p.id));
  const mentions = new Map<string, Mention[]>();
  for (const n of graph.nodes) {
    if (f.kinds !== null && !f.kinds.has(n.attributes.kind)) continue;
    const ms = n.attributes.mentions.filter((m) => inScope.has(m.passage));
    if (ms.length) mentions.set(n.key, ms);
  }
  const unchangedScope = keepsEveryPassage(f) && f.kinds === null;
  let nodes: SerializedNode[];
  let edges: SerializedEdge[];
  let unitCount = graph.attributes.unitCount;
  if (unchangedScope) {
    nodes = graph.nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes } }));
    edges = graph.edges.map((e) => ({ ...e, attributes: { ...e.attributes } }));
  } else {
    const res = cooccur({ passages: scope, mentions, unit: graph.attributes.parameters.unit });
    unitCount = res.unitCount;
    nodes = [];
    for (const n of graph.nodes) {
      const ms = mentions.get(n.key);
      const c = res.concepts.get(n.key);
      if (!ms || !c || c.passageCount === 0) continue;
      nodes.push({ key: n.key, attributes: { ...n.attributes, mentions: ms, ...c } });
    }
    const keep = new Set(nodes.map((n) => n.key));
    edges = [];
    for (const [key, e] of res.edges) {
      if (!keep.has(e.source) || !keep.has(e.target)) continue;
      const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
      edges.push({
        key,
        source: a,
        target: b,
        undirected: true,
        attributes: { weight: e.weight, jaccard: e.jaccard, npmi: e.npmi, passages: [...e.passages] }
      });
    }
    edges.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  }
  edges = edges.filter((e) => e.attributes.weight >= f.minWeight);
  const centrality = centralitiesOf(
    nodes.map((n) => n.key),
    edges.map((e) => ({ source: e.source, target: e.target, weight: e.attributes.weight }))
  );
  nodes = nodes.map((n) => {
    const placed = place(n);
    const c = centrality.get(n.key);
    return {
      key: n.key,
      attributes: { ...placed.attributes, degree: c?.degree ?? 0, weightedDegree: c?.weightedDegree ?? 0, betweenness: c?.betweenness ?? 0 }
    };
  });
  const communities = new Set(nodes.map((n) => n.attributes.community));
  return {
    attributes: {
      ...graph.attributes,
      passages: unchangedScope ? graph.attributes.passages : scope,
      unitCount,
      communityCount: communities.size
    },
    options: graph.options,
    nodes,
    edges
  };
}
