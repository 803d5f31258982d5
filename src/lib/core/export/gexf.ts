/**
 * GEXF 1.2 export (opens in Gephi) through graphology-gexf's writer.
 *
 * Nodes carry label "zh / en", kind, community, counts and centralities as GEXF attributes and the build-time
 * position, size (by passages) and community colour as viz data. Edges carry weight and the other measures.
 * graphology-gexf 0.13.2 writes a broken viz namespace (`http:///www...`); it is fixed here.
 * Pure: no DOM, no fs.
 */
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { SerializedConceptGraph } from '../contract/types';
import { communityColor, displayLabel } from './labels';
import { xmlSafe } from './xml';

export function toGexf(graph: SerializedConceptGraph): string {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const a = graph.attributes;
  g.setAttribute('creator', xmlSafe(a.generator));
  g.setAttribute('description', xmlSafe(`${a.title} (${a.source.file}); co-mention unit: ${a.parameters.unit}`));
  for (const { key, attributes: n } of graph.nodes) {
    g.addNode(key, {
      label: xmlSafe(displayLabel(n.label, key)),
      label_zh: xmlSafe(n.label.zh ?? ''),
      label_en: xmlSafe(n.label.en ?? ''),
      kind: xmlSafe(n.kind),
      broader: xmlSafe(n.broader ?? ''),
      community: n.community,
      passages: n.passageCount,
      mentions: n.mentionCount,
      degree: n.degree,
      weighted_degree: n.weightedDegree,
      betweenness: n.betweenness,
      x: n.x,
      y: -n.y, // GEXF viewers draw y upwards
      size: Math.round((4 + 3 * Math.sqrt(n.passageCount)) * 100) / 100,
      color: communityColor(n.community)
    });
  }
  for (const { key, source, target, attributes: e } of graph.edges) {
    g.addUndirectedEdgeWithKey(key, source, target, {
      weight: e.weight,
      jaccard: e.jaccard,
      npmi: e.npmi,
      passages: e.passages.join(' ')
    });
  }
  const xml: string = write(g, { version: '1.2', pretty: true });
  return xml.replace('http:///www.gexf.net/1.1draft/viz', 'http://www.gexf.net/1.1draft/viz');
}
