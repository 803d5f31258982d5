/**
 * GraphML export (yEd, Gephi, Cytoscape, networkx). Written by hand: graphology has no GraphML writer.
 * Every node and edge attribute that is a scalar gets a typed <key>; lists are joined with spaces.
 * Pure: no DOM, no fs.
 */
import type { SerializedConceptGraph } from '../contract/types';
import { displayLabel } from './labels';
import { escapeXml } from './xml';

type KeyType = 'string' | 'int' | 'double';
interface KeyDef { id: string; for: 'node' | 'edge' | 'graph'; name: string; type: KeyType }

const NODE_KEYS: KeyDef[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'label_zh', for: 'node', name: 'label_zh', type: 'string' },
  { id: 'label_en', for: 'node', name: 'label_en', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'broader', for: 'node', name: 'broader', type: 'string' },
  { id: 'community', for: 'node', name: 'community', type: 'int' },
  { id: 'passages', for: 'node', name: 'passages', type: 'int' },
  { id: 'mentions', for: 'node', name: 'mentions', type: 'int' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'weighted_degree', for: 'node', name: 'weighted_degree', type: 'double' },
  { id: 'betweenness', for: 'node', name: 'betweenness', type: 'double' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' }
];
const EDGE_KEYS: KeyDef[] = [
  { id: 'weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'jaccard', for: 'edge', name: 'jaccard', type: 'double' },
  { id: 'npmi', for: 'edge', name: 'npmi', type: 'double' },
  { id: 'evidence', for: 'edge', name: 'passages', type: 'string' }
];
const GRAPH_KEYS: KeyDef[] = [
  { id: 'title', for: 'graph', name: 'title', type: 'string' },
  { id: 'source', for: 'graph', name: 'source', type: 'string' },
  { id: 'unit', for: 'graph', name: 'unit', type: 'string' }
];

function data(key: string, value: string | number): string {
  return `<data key="${key}">${escapeXml(String(value))}</data>`;
}

export function toGraphML(graph: SerializedConceptGraph): string {
  const a = graph.attributes;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
  );
  for (const k of [...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS])
    out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push('  <graph id="G" edgedefault="undirected">');
  out.push(`    ${data('title', a.title)}${data('source', a.source.file)}${data('unit', a.parameters.unit)}`);
  for (const { key, attributes: n } of graph.nodes) {
    out.push(
      `    <node id="${escapeXml(key)}">` +
        data('label', displayLabel(n.label, key)) +
        data('label_zh', n.label.zh ?? '') +
        data('label_en', n.label.en ?? '') +
        data('kind', n.kind) +
        data('broader', n.broader ?? '') +
        data('community', n.community) +
        data('passages', n.passageCount) +
        data('mentions', n.mentionCount) +
        data('degree', n.degree) +
        data('weighted_degree', n.weightedDegree) +
        data('betweenness', n.betweenness) +
        data('x', n.x) +
        data('y', n.y) +
        '</node>'
    );
  }
  for (const { key, source, target, attributes: e } of graph.edges) {
    out.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">` +
        data('weight', e.weight) +
        data('jaccard', e.jaccard) +
        data('npmi', e.npmi) +
        data('evidence', e.passages.join(' ')) +
        '</edge>'
    );
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}
