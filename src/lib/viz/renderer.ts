/**
 * Which renderer draws a graph, chosen by size: small graphs are inlined in the prerendered HTML and drawn in SVG
 * (every node and edge an element, painted before any script runs); large graphs are fetched after hydration and
 * drawn on a Canvas (Graph.canvas.svelte) with an accessible list carrying the same attributes; and how big the
 * Canvas draws nodes for that many in a view (also used for the preview drawn before the page has the graph).
 * Pure constants and functions: no DOM, no graph model.
 */

/** Above either count a graph is "large": fetched at runtime and drawn on Canvas. */
export const LARGE_GRAPH = { nodes: 300, edges: 3000 } as const;

export type RendererKind = 'svg' | 'canvas';

export function isLargeGraph(counts: { nodes: number; edges: number }): boolean {
  return counts.nodes > LARGE_GRAPH.nodes || counts.edges > LARGE_GRAPH.edges;
}

export function rendererFor(counts: { nodes: number; edges: number }): RendererKind {
  return isLargeGraph(counts) ? 'canvas' : 'svg';
}

/** Largest screen radius range of nodes at the overview (px); they grow with sqrt(zoom / overview zoom), up to x3. */
export const CANVAS_RADIUS = { min: 2, max: 8 } as const;

/**
 * Radius range for n nodes in a w x h view: at most ~0.4 of the average spacing between nodes, so the overview of a
 * dense graph shows separate dots instead of one blot.
 */
export function radiusRange(n: number, width: number, height: number): { min: number; max: number } {
  const spacing = Math.sqrt((Math.max(1, width) * Math.max(1, height)) / Math.max(1, n));
  const max = Math.max(2.5, Math.min(CANVAS_RADIUS.max, spacing * 0.4));
  return { min: Math.max(1.2, Math.min(CANVAS_RADIUS.min, max * 0.3)), max };
}
