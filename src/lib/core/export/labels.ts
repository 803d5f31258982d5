/**
 * Display helpers shared by the data exports: a node's label in one line and the community palette.
 * Pure; no DOM.
 */
import type { LocalizedText } from '../contract/types';

/** "规模化 / Scaling", or whichever of the two exists. */
export function displayLabel(label: LocalizedText, id = ''): string {
  if (label.zh && label.en && label.zh !== label.en) return `${label.zh} / ${label.en}`;
  return label.zh ?? label.en ?? id;
}

/**
 * Okabe-Ito colour-blind-safe palette (black dropped, grey last), then Paul Tol's muted scheme for
 * communities beyond eight.
 */
export const COMMUNITY_PALETTE = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999',
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'
] as const;

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[((community % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length];
}
