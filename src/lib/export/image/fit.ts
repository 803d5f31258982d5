/**
 * Fitting the graph into the figure, and its labels: node positions are scaled uniformly by one factor s (aspect
 * kept, s <= MAX_SCALE); radii and edge widths by min(s, MAX_SIZE_SCALE), so a sparse view is spread out without
 * bloating circles; labels keep LABEL_FONT px whatever s is, so they stay legible.
 *
 * Labels are placed by the placer and the policy the screen uses ($lib/core/text/place, viewLabelPolicy: 8
 * positions, node circles as obstacles), most important first (selected, then by priority); every label the
 * screen shows (`labelVisible`) is drawn, at the least bad spot if no spot is free; the others where they fit. s is the
 * largest factor for which circles, edges and the placed labels (with their halo) fit maxW x maxH; placement and
 * fitting alternate until the placement made at s fits at s. Pure: no DOM, no fonts (widths from core/text).
 */
import { drawnLabel } from '$lib/core/text/label-text';
import { textWidth } from '$lib/core/text/measure';
import { LINE_HEIGHT, baselineOf } from '$lib/core/text/block';
import { grow, type Box } from '$lib/core/text/box-grid';
import { labelAt, placeLabels, viewLabelPolicy, type LabelPosition, type LabelRequest, type TextAnchor } from '$lib/core/text/place';
import { clamp, cleanInline, finite, safeColor } from './sanitize';
import { HALO, LABEL_FONT, LABEL_GAP, MAX_SCALE, MAX_SIZE_SCALE, MIN_EDGE_WIDTH, MIN_RADIUS, NODE_OUTLINE, SELECTED_RING } from './settings';
import type { ExportEdge, ExportNode } from './types';

export interface PreparedNode {
  x: number;
  y: number;
  r: number;
  fill: string;
  /** The whole label, cleaned (for the node's <title>); the node's id when it has no label. */
  title: string;
  /** The drawn label: cut to MAX_LABEL_EM; '' when the node has no label text. */
  label: string;
  labelWidth: number;
  selected: boolean;
  /** Shown on screen (or selected): always drawn. */
  required: boolean;
  priority: number;
}

export interface PreparedEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
  opacity: number;
}

const LABEL_HEIGHT = LABEL_FONT * LINE_HEIGHT;

export function prepareNodes(nodes: readonly ExportNode[]): PreparedNode[] {
  const out: PreparedNode[] = [];
  for (const n of nodes ?? []) {
    if (!n || !finite(n.x) || !finite(n.y)) continue;
    const selected = n.selected === true;
    const full = cleanInline(n.label);
    const label = drawnLabel(full);
    const title = full || cleanInline(n.id);
    const r = finite(n.r) && n.r > 0 ? n.r : 0;
    out.push({
      x: n.x,
      y: n.y,
      r,
      fill: safeColor(n.fill),
      title,
      label,
      labelWidth: label ? textWidth(label, LABEL_FONT, selected) : 0,
      selected,
      required: selected || n.labelVisible === true,
      priority: selected ? Infinity : finite(n.priority) ? n.priority : r
    });
  }
  return out;
}

export function prepareEdges(edges: readonly ExportEdge[]): PreparedEdge[] {
  const out: PreparedEdge[] = [];
  for (const e of edges ?? []) {
    if (!e || ![e.x1, e.y1, e.x2, e.y2].every(finite)) continue;
    out.push({
      x1: e.x1,
      y1: e.y1,
      x2: e.x2,
      y2: e.y2,
      width: finite(e.width) && e.width > 0 ? e.width : 1,
      color: safeColor(e.color),
      opacity: finite(e.opacity) ? clamp(e.opacity, 0, 1) : 1
    });
  }
  return out;
}

export function nodeRadius(n: PreparedNode, s: number): number {
  return Math.max(n.r * Math.min(s, MAX_SIZE_SCALE), MIN_RADIUS);
}

/** Rendered radius including the outline / selection ring. */
export function outerRadius(n: PreparedNode, s: number): number {
  return nodeRadius(n, s) + (n.selected ? SELECTED_RING : NODE_OUTLINE / 2);
}

export function edgeWidth(e: PreparedEdge, s: number): number {
  return Math.max(e.width * Math.min(s, MAX_SIZE_SCALE), MIN_EDGE_WIDTH);
}

/** Where each node's label goes (null: not drawn). */
export type Placement = (LabelPosition | null)[];

function request(n: PreparedNode, i: number, s: number): LabelRequest<number> {
  return { key: i, x: n.x * s, y: n.y * s, r: outerRadius(n, s), w: n.labelWidth, h: LABEL_HEIGHT, priority: n.priority, force: n.required };
}

export interface LabelSpot {
  /** Text anchor point (x) and baseline (y), relative to the scaled origin. */
  x: number;
  y: number;
  anchor: TextAnchor;
  /** The glyphs' box plus halo. */
  box: Box;
}

/** The label of node i at `position` and scale s. */
export function labelSpot(n: PreparedNode, i: number, position: LabelPosition, s: number): LabelSpot {
  const p = labelAt(request(n, i, s), position, LABEL_GAP);
  return { x: p.x, y: baselineOf(p.top, LABEL_FONT), anchor: p.anchor, box: grow(p.box, HALO / 2) };
}

/** Bounding box, in output px relative to the scaled origin, of circles and edges (labels too, given a placement). */
export function contentBox(nodes: readonly PreparedNode[], edges: readonly PreparedEdge[], s: number, placement?: Placement): Box {
  // plain loops without allocation: fitScale calls this a few dozen times for thousands of nodes and edges
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const R = outerRadius(n, s);
    const x = n.x * s;
    const y = n.y * s;
    if (x - R < x0) x0 = x - R;
    if (x + R > x1) x1 = x + R;
    if (y - R < y0) y0 = y - R;
    if (y + R > y1) y1 = y + R;
    const at = placement?.[i];
    if (at) {
      const b = labelSpot(n, i, at, s).box;
      if (b.x0 < x0) x0 = b.x0;
      if (b.x1 > x1) x1 = b.x1;
      if (b.y0 < y0) y0 = b.y0;
      if (b.y1 > y1) y1 = b.y1;
    }
  }
  for (const e of edges) {
    const hw = edgeWidth(e, s) / 2;
    x0 = Math.min(x0, Math.min(e.x1, e.x2) * s - hw);
    x1 = Math.max(x1, Math.max(e.x1, e.x2) * s + hw);
    y0 = Math.min(y0, Math.min(e.y1, e.y2) * s - hw);
    y1 = Math.max(y1, Math.max(e.y1, e.y2) * s + hw);
  }
  return { x0, y0, x1, y1 };
}

/**
 * Largest s in (0, MAX_SCALE] such that the content box fits maxW x maxH, by bisection. Valid because the box
 * width is non-decreasing in s: it is the maximum over pairs (i, j) of right_i(s) - left_j(s) = s (x_i - x_j) +
 * a_i(s) + b_j(s) with extents a, b >= 0 non-decreasing in s, and for every pair the term with the larger x first
 * dominates its mirror and is itself non-decreasing. The same holds for the height.
 */
export function fitScale(nodes: readonly PreparedNode[], edges: readonly PreparedEdge[], placement: Placement, maxW: number, maxH: number): number {
  const fits = (s: number): boolean => {
    const b = contentBox(nodes, edges, s, placement);
    return b.x1 - b.x0 <= maxW && b.y1 - b.y0 <= maxH;
  };
  if (fits(MAX_SCALE)) return MAX_SCALE;
  let lo = 0;
  let hi = MAX_SCALE;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Labels the screen does not show are tried for the OPTIONAL_TRIES most important nodes only (bounded work). */
const OPTIONAL_TRIES = 600;

/** Places the labels at scale s inside `frame` (the figure's graph area at this scale, centred on the graph). */
export function placeAt(nodes: readonly PreparedNode[], s: number, frame: Box): Placement {
  const placement: Placement = nodes.map(() => null);
  // by importance alone (selected first): a label the screen shows is never dropped, but it does not take the
  // place of a more important one that the screen had no room for
  const byImportance = nodes.flatMap((n, i) => (n.label ? [request(n, i, s)] : [])).sort((a, b) => b.priority! - a.priority! || a.key - b.key);
  let optional = 0;
  const requests = byImportance.filter((q) => q.force || optional++ < OPTIONAL_TRIES);
  const placed = placeLabels(requests, {
    ordered: true,
    bounds: frame,
    margin: HALO / 2,
    gap: LABEL_GAP,
    pad: HALO,
    ...viewLabelPolicy(requests.length),
    obstacles: nodes.map((n, i) => ({ key: i, x: n.x * s, y: n.y * s, r: outerRadius(n, s) }))
  });
  for (const p of placed) placement[p.key] = p.position;
  return placement;
}

/**
 * Alternates placement and fitting (at most 4 rounds): the first scale fits the shown labels at the right of their
 * nodes; each round places the labels at s in a maxW x maxH frame centred on the graph and keeps them when they fit
 * at s (or at a scale within 1% of s), else shrinks s to fit them and places again. The returned scale always fits
 * the returned placement.
 */
export function layoutGraph(nodes: readonly PreparedNode[], edges: readonly PreparedEdge[], maxW: number, maxH: number): { s: number; placement: Placement } {
  let placement: Placement = nodes.map((n) => (n.required && n.label ? 'right' : null));
  let s = fitScale(nodes, edges, placement, maxW, maxH);
  for (let round = 0; round < 4; round++) {
    const body = contentBox(nodes, edges, s);
    const cx = (body.x0 + body.x1) / 2;
    const cy = (body.y0 + body.y1) / 2;
    placement = placeAt(nodes, s, { x0: cx - maxW / 2, x1: cx + maxW / 2, y0: cy - maxH / 2, y1: cy + maxH / 2 });
    const b = contentBox(nodes, edges, s, placement);
    if (b.x1 - b.x0 <= maxW && b.y1 - b.y0 <= maxH) return { s, placement };
    const fitted = fitScale(nodes, edges, placement, maxW, maxH);
    if (fitted >= 0.99 * s) return { s: fitted, placement };
    s = fitted;
  }
  return { s: fitScale(nodes, edges, placement, maxW, maxH), placement };
}
