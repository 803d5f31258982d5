/**
 * Loads the Canvas graph view (Graph.canvas.svelte, with its display cache and d3) once, as its own chunk: only
 * large graphs need it (renderer.ts chooses by size). The page may start the load early, while a large graph's
 * file downloads; the explorer takes the component as soon as it is here (`canvasView()` answers without waiting
 * once it is). Nothing else here, so importing this module costs nothing.
 */
import type { Component } from 'svelte';

type CanvasView = Component<Record<string, never>>;

let loaded: CanvasView | null = null;
let loading: Promise<CanvasView> | null = null;

export function loadCanvasView(): Promise<CanvasView> {
  return (loading ??= import('./Graph.canvas.svelte').then((m) => (loaded = m.default)));
}

/** The Canvas view if it has loaded, else null. */
export function canvasView(): CanvasView | null {
  return loaded;
}
