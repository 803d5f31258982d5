/**
 * The switchable measures of the view: what sets the edge width and the node size, with the one-line explanation
 * shown in the UI and the value accessor. Defaults + validators live here so the URL parser and the controls agree.
 * Edge width defaults to the count: NPMI and Jaccard give their maximum to pairs seen once or twice (two concepts
 * mentioned once, in the same passage, are "always together"), so by them the thickest lines are one-off pairs.
 */
import type { EdgeAttributes, NodeAttributes } from '$lib/core/contract/types';

export const EDGE_MEASURES = ['count', 'jaccard', 'npmi'] as const;
export type EdgeMeasure = (typeof EDGE_MEASURES)[number];
export const DEFAULT_EDGE_MEASURE: EdgeMeasure = 'count';

export const EDGE_MEASURE_INFO: Record<EdgeMeasure, { label: string; explain: string; domain: 'count' | 'unit' | 'signed' }> = {
  count: { label: 'Count', explain: 'Count: in how many passages the two concepts are both mentioned.', domain: 'count' },
  jaccard: {
    label: 'Jaccard',
    explain: 'Jaccard: passages with both ÷ passages with either, 0..1 (overlap of their passages; a pair seen once can reach 1).',
    domain: 'unit'
  },
  npmi: {
    label: 'NPMI',
    explain: 'NPMI: how much more often the two are mentioned together than chance, −1..1 (0 = independent; rare pairs score high).',
    domain: 'signed'
  }
};

export function edgeValue(a: EdgeAttributes, m: EdgeMeasure): number {
  return m === 'count' ? a.weight : m === 'jaccard' ? a.jaccard : a.npmi;
}

export const NODE_SIZES = ['passages', 'degree', 'weightedDegree', 'betweenness'] as const;
export type NodeSize = (typeof NODE_SIZES)[number];
export const DEFAULT_NODE_SIZE: NodeSize = 'passages';

export const NODE_SIZE_INFO: Record<NodeSize, { label: string; explain: string }> = {
  passages: { label: 'Passages', explain: 'Number of passages that mention the concept.' },
  degree: { label: 'Degree', explain: 'Number of concepts it is mentioned together with.' },
  weightedDegree: { label: 'Weighted degree', explain: 'Sum of its co-mention counts.' },
  betweenness: { label: 'Betweenness', explain: 'How often it lies on the shortest path between two other concepts, 0..1.' }
};

export function nodeValue(a: NodeAttributes, m: NodeSize): number {
  return m === 'passages' ? a.passageCount : m === 'degree' ? a.degree : m === 'weightedDegree' ? a.weightedDegree : a.betweenness;
}

export const LANGUAGES = ['zh', 'en', 'both'] as const;
export type LabelLanguage = (typeof LANGUAGES)[number];
/** The fallback only: the explorer picks the label language from the graph's data (explorer/language.ts). */
export const DEFAULT_LANGUAGE: LabelLanguage = 'zh';

export function isOneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}
