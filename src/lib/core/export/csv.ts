/**
 * CSV exports (RFC 4180, UTF-8 with BOM so spreadsheet programs read Chinese correctly): one row per edge, one
 * row per node. Text cells that start with = + - @ (formula injection in spreadsheets) are prefixed with '.
 * Pure: no DOM, no fs.
 */
import type { SerializedConceptGraph } from '../contract/types';
import { displayLabel } from './labels';

const BOM = '\uFEFF';

function textCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function row(cells: Array<string | number>): string {
  return cells.map((c) => (typeof c === 'number' ? String(c) : textCell(c))).join(',');
}

export const EDGE_CSV_HEADER = ['source', 'target', 'source_label', 'target_label', 'weight', 'jaccard', 'npmi', 'passages'];
export const NODE_CSV_HEADER = ['id', 'label_zh', 'label_en', 'kind', 'community', 'passages', 'mentions', 'degree', 'weighted_degree', 'betweenness'];

export function toEdgesCsv(graph: SerializedConceptGraph): string {
  const labels = new Map(graph.nodes.map((n) => [n.key, displayLabel(n.attributes.label, n.key)]));
  const lines = [EDGE_CSV_HEADER.join(',')];
  for (const { source, target, attributes: e } of graph.edges)
    lines.push(row([source, target, labels.get(source) ?? source, labels.get(target) ?? target, e.weight, e.jaccard, e.npmi, e.passages.join(' ')]));
  return BOM + lines.join('\r\n') + '\r\n';
}

export function toNodesCsv(graph: SerializedConceptGraph): string {
  const lines = [NODE_CSV_HEADER.join(',')];
  for (const { key, attributes: n } of graph.nodes)
    lines.push(row([key, n.label.zh ?? '', n.label.en ?? '', n.kind, n.community, n.passageCount, n.mentionCount, n.degree, n.weightedDegree, n.betweenness]));
  return BOM + lines.join('\r\n') + '\r\n';
}
