/**
 * Colour-blind-safe colours for communities (Okabe-Ito, then Paul Tol's "muted" set) and the fixed colours of the
 * view (marks, edges, focus). Pure data and lookups; must not depend on the DOM.
 */

import { COMMUNITY_PALETTE, communityColor } from '$lib/core/export/labels';

/**
 * Community colours: the same Okabe-Ito + Tol muted palette as the data exports (GEXF viz colours), indexed by the
 * community number, which the build step numbers by size (0 = largest), so the largest communities get the most
 * distinct colours and the picture matches the exported files.
 */
export { COMMUNITY_PALETTE };
export function communityColour(community: number): string {
  return communityColor(community);
}

/** Text colour (black or white) readable on the given background hex colour (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return '#000000';
  const n = parseInt(m[1], 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return L > 0.35 ? '#000000' : '#ffffff';
}

/** Mark colours for the passages panel: first and second concept of an edge. */
export const MARK_A = '#FFE08A';
export const MARK_B = '#A8D8F0';
