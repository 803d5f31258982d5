/**
 * Graph stage: co-mention counts -> the serialised concept graph (graphology SerializedGraph with the
 * topicgraph attributes of src/lib/core/contract/types.ts). Adds communities (Louvain), centralities and the
 * build-time layout. Nodes are sorted by id and edges by key, and every float is rounded, so the same input
 * gives byte-identical JSON. Pure: no fs, no DOM.
 */
import Graph from 'graphology';
import type {
  BuildParameters,
  CatalogConcept,
  EdgeAttributes,
  GraphAttributes,
  Mention,
  NodeAttributes,
  SerializedConceptGraph,
  SerializedEdge,
  SerializedNode,
  TranscriptDocument
} from '../contract/types';
import { SCHEMA_VERSION } from '../contract/types';
import { formatAlias } from '../catalog/aliases';
import type { CooccurResult } from '../count/cooccur';
import { computeCentralities } from './centrality';
import { detectCommunities } from './communities';
import { computeLayout, nodeRadius } from '../layout/initial';

export interface AssembleInput {
  document: TranscriptDocument;
  concepts: CatalogConcept[];
  mentions: Map<string, Mention[]>;
  counts: CooccurResult;
  unmatched: string[];
  parameters: BuildParameters;
  source: GraphAttributes['source'];
  generator: string;
  /** Ids of the concepts that discovery added (their nodes get origin "discovered"; the others "catalog"). */
  discovered?: ReadonlySet<string>;
}

function byKey<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

export function assembleGraph(input: AssembleInput): SerializedConceptGraph {
  const { document, counts, parameters } = input;
  const catalog = new Map(input.concepts.map((c) => [c.id, c]));
  const conceptIds = [...counts.concepts.keys()].sort();
  const edges = [...counts.edges.entries()].sort(byKey);

  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of conceptIds) g.addNode(id);
  for (const [key, e] of edges) g.addUndirectedEdgeWithKey(key, e.source, e.target, { weight: e.weight });

  const communities = detectCommunities(g, { seed: parameters.seed, resolution: parameters.resolution });
  const centralities = computeCentralities(g);
  // concept ids are user strings ("constructor" is a valid id): read the communities through a Map
  const community = new Map(Object.entries(communities.communities));
  const labelFor = (id: string) => {
    const label = catalog.get(id)?.label;
    return label?.zh ?? label?.en ?? id;
  };
  const positions = computeLayout(
    conceptIds.map((id) => ({
      id,
      radius: nodeRadius(counts.concepts.get(id)!.passageCount),
      label: labelFor(id),
      community: community.get(id) ?? 0
    })),
    edges.map(([, e]) => ({ source: e.source, target: e.target, weight: e.weight })),
    { seed: parameters.seed, ticks: parameters.layoutTicks }
  );

  const nodes: SerializedNode[] = conceptIds.map((id) => {
    const concept = catalog.get(id);
    const c = counts.concepts.get(id)!;
    const cent = centralities.get(id)!;
    const pos = positions.get(id)!;
    const attributes: NodeAttributes = {
      label: { ...(concept?.label.zh !== undefined ? { zh: concept.label.zh } : {}), ...(concept?.label.en !== undefined ? { en: concept.label.en } : {}) },
      origin: input.discovered?.has(id) ? 'discovered' : 'catalog',
      kind: concept?.kind ?? 'concept',
      broader: concept?.broader ?? null,
      description: concept?.description ?? null,
      aliases: (concept?.aliases ?? []).map(formatAlias),
      mentions: (input.mentions.get(id) ?? []).map((m) => ({ passage: m.passage, start: m.start, end: m.end })),
      passageCount: c.passageCount,
      unitCount: c.unitCount,
      mentionCount: c.mentionCount,
      bySection: Object.fromEntries(Object.entries(c.bySection).sort(byKey)),
      bySpeaker: Object.fromEntries(Object.entries(c.bySpeaker).sort(byKey)),
      community: community.get(id) ?? 0,
      degree: cent.degree,
      weightedDegree: cent.weightedDegree,
      betweenness: cent.betweenness,
      x: pos.x,
      y: pos.y
    };
    return { key: id, attributes };
  });

  const serializedEdges: SerializedEdge[] = edges.map(([key, e]) => {
    const attributes: EdgeAttributes = { weight: e.weight, jaccard: e.jaccard, npmi: e.npmi, passages: [...e.passages] };
    return { key, source: e.source, target: e.target, undirected: true, attributes };
  });

  const attributes: GraphAttributes = {
    schemaVersion: SCHEMA_VERSION,
    title: document.title,
    source: input.source,
    sections: document.sections,
    speakers: document.speakers,
    passages: document.passages,
    parameters,
    unitCount: counts.unitCount,
    unmatched: input.unmatched,
    communityCount: communities.count,
    modularity: communities.modularity,
    generator: input.generator
  };

  return { attributes, options: { type: 'undirected', multi: false, allowSelfLoops: false }, nodes, edges: serializedEdges };
}
