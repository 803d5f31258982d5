/**
 * Display reducers (as sigma.js derives its display data): pure functions from the filtered graph, the layout and
 * the user's encoding to what the layers draw. Geometry (screen positions, radius, colour, width) is computed apart
 * from the focus flags (dimmed, highlighted): a hover or a selection runs only the cheap focus reducers, and every
 * layer that draws geometry alone sees the same arrays. Never writes into the graph.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import type { EdgeGeometry, EdgeView, Encoding, NodeGeometry, NodeView } from '$lib/viz/context';
import { accessibleLabel, labelLines, type LabelRequest } from '$lib/viz/labels';
import { edgeValue, nodeValue } from '$lib/viz/measures';
import { communityColour } from '$lib/viz/palette';
import type { EdgeStyle, Transform } from '$lib/viz/scales';

type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Node geometry in view order: layout position through the transform, radius by the size measure. */
export function nodeGeometry(
  graph: SerializedConceptGraph,
  positions: Positions,
  t: Transform,
  enc: Encoding,
  radius: (v: number) => number,
  pinned: ReadonlySet<string>
): NodeGeometry[] {
  const out: NodeGeometry[] = [];
  for (const n of graph.nodes) {
    const p = positions.get(n.key) ?? { x: n.attributes.x, y: n.attributes.y };
    out.push({
      id: n.key,
      node: n,
      sx: p.x * t.k + t.x,
      sy: p.y * t.k + t.y,
      r: radius(nodeValue(n.attributes, enc.size)),
      fill: communityColour(n.attributes.community),
      ariaLabel: accessibleLabel(n.attributes.label, enc.lang),
      pinned: pinned.has(n.key)
    });
  }
  return out;
}

/** Edge geometry in view order, from its ends' geometry; width and opacity by the edge measure. */
export function edgeGeometry(graph: SerializedConceptGraph, ends: ReadonlyMap<string, NodeGeometry>, enc: Encoding, style: (v: number) => EdgeStyle): EdgeGeometry[] {
  const out: EdgeGeometry[] = [];
  for (const e of graph.edges) {
    const a = ends.get(e.source);
    const b = ends.get(e.target);
    if (!a || !b) continue;
    const st = style(edgeValue(e.attributes, enc.measure));
    out.push({ key: e.key, edge: e, x1: a.sx, y1: a.sy, x2: b.sx, y2: b.sy, width: st.width, opacity: st.opacity });
  }
  return out;
}

/** The node reducer: dimmed outside the focus, highlighted inside it; nothing when nothing is in focus. */
export function nodeView(g: NodeGeometry, focus: ReadonlySet<string> | null): NodeView {
  return { ...g, dimmed: focus !== null && !focus.has(g.id), highlighted: focus !== null && focus.has(g.id) };
}

/**
 * The edge reducer over all edges: highlighted (by `isHighlighted`) or dimmed while something is in focus;
 * highlighted edges last, so they are drawn (and hit) on top.
 */
export function edgeViews(geometry: readonly EdgeGeometry[], focus: ReadonlySet<string> | null, isHighlighted: (e: EdgeGeometry['edge']) => boolean): EdgeView[] {
  const out: EdgeView[] = [];
  let any = false;
  for (const g of geometry) {
    const highlighted = focus !== null && isHighlighted(g.edge);
    any ||= highlighted;
    const { key, edge, x1, y1, x2, y2, width, opacity } = g;
    out.push({ key, edge, x1, y1, x2, y2, width, opacity, highlighted, dimmed: focus !== null && !highlighted });
  }
  return any ? out.sort((x, y) => Number(x.highlighted) - Number(y.highlighted)) : out;
}

/**
 * What the label placer gets for each node: its lines, its priority (the size measure; in focus first) and
 * whether it must be shown (hovered, keyboard-focused, selected). Dimmed nodes are no obstacle.
 */
export function labelRequests(nodes: readonly NodeView[], enc: Encoding, focus: ReadonlySet<string> | null, forced: ReadonlySet<string>, size: number): LabelRequest[] {
  return nodes.map((n) => ({
    id: n.id,
    x: n.sx,
    y: n.sy,
    r: n.r,
    lines: labelLines(n.node.attributes.label, enc.lang, size),
    priority: nodeValue(n.node.attributes, enc.size) + (focus?.has(n.id) ? 1e9 : 0),
    force: forced.has(n.id),
    obstacle: !n.dimmed
  }));
}
