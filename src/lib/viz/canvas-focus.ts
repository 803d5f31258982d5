/**
 * What the Canvas view's overlay shows, from the focus state, as the SVG view's focus flags do: the hovered
 * concept and its neighbourhood, else the hovered link, else the selected concept or link, else the highlighted
 * communities (a structural gap's two sides: their concepts and the links inside and between them); plus the
 * forced labels and the rings. Pure: reads the display model and the focus, returns index sets; no drawing.
 */
import type { SerializedNode } from '$lib/core/contract/types';
import type { CanvasModel } from './canvas-model';
import type { Highlight } from './canvas-draw';
import type { FocusState } from './context';

export function canvasHighlight(m: CanvasModel, focus: Pick<FocusState, 'selection' | 'hovered' | 'hoveredEdge' | 'focused' | 'communities'>, nodes: readonly SerializedNode[]): Highlight | null {
  const idx = (id: string | null) => (id === null ? -1 : (m.index.get(id) ?? -1));
  const sel = focus.selection;
  const selected = sel?.type === 'node' ? idx(sel.id) : -1;
  const focused = idx(focus.focused);
  const inFocus = new Set<number>();
  const edges = new Set<number>();
  const forced = new Set<number>();
  const around = (i: number) => {
    inFocus.add(i);
    forced.add(i);
    for (let k = m.off[i]; k < m.off[i + 1]; k++) {
      inFocus.add(m.adj[k]);
      edges.add(m.adjEdge[k]);
    }
  };
  const edgeByKey = (key: string) => m.edgeKeys.indexOf(key);
  const hovered = idx(focus.hovered);
  const hoveredEdge = focus.hoveredEdge ? edgeByKey(focus.hoveredEdge) : -1;
  const selectedEdge = sel?.type === 'edge' ? edgeByKey(sel.key) : -1;
  if (hovered >= 0) around(hovered);
  else if (hoveredEdge >= 0 || selectedEdge >= 0) {
    const e = hoveredEdge >= 0 ? hoveredEdge : selectedEdge;
    edges.add(e);
    for (const i of [m.source[e], m.target[e]]) inFocus.add(i), forced.add(i);
  } else if (selected >= 0) around(selected);
  else if (focus.communities) {
    const c = focus.communities;
    for (const n of nodes) if (c.has(n.attributes.community)) inFocus.add(idx(n.key));
    inFocus.delete(-1);
    for (let e = 0; e < m.source.length; e++) if (inFocus.has(m.source[e]) && inFocus.has(m.target[e])) edges.add(e);
  }
  if (focused >= 0) forced.add(focused);
  if (!inFocus.size && selected < 0 && focused < 0) return null;
  return { nodes: inFocus, edges, forced, selected, focused };
}
