/**
 * JSON export: the graphology SerializedGraph (`graph.export()` shape) with the topicgraph attributes.
 * Compact, one trailing newline; the same input always gives the same bytes. Pure.
 */
import type { SerializedConceptGraph } from '../contract/types';

export function toJson(graph: SerializedConceptGraph): string {
  return JSON.stringify(graph) + '\n';
}
