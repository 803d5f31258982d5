/**
 * Which renderer draws a graph, chosen by size: small graphs are inlined in the prerendered HTML and drawn in SVG
 * (every node and edge an element, painted before any script runs); large graphs are fetched after hydration and
 * drawn on a Canvas (Graph.canvas.svelte) with an accessible list carrying the same attributes.
 * Pure constants and a predicate: no DOM, no graph model.
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
