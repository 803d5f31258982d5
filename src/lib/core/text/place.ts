/**
 * The label placer shared by the SVG view, the Canvas view and the image export: greedy, most important first,
 * each label at the first free one of 4 (right, left, below, above) or 8 (then the four diagonals) positions around
 * its node. A position is free when its box stays inside the bounds, overlaps no label kept before (kept boxes live
 * in one BoxGrid, so the placer is linear in the number of labels) and covers no other node (obstacles, optional).
 * When no position is free:
 * - an important label (forced, or among the first `importantCount`) may cover node rims, not their centres;
 * - one of the first `alwaysCount` may cover any node, never another label;
 * - a forced label (selected, hovered, required by the export) takes the least bad position (outside the bounds
 *   costs most, then overlapping labels, then nodes);
 * - any other label is left out. A node whose centre lies outside the bounds gets no label.
 * The 8-position mode only adds fallbacks: a label that fits at one of the first four lands at the same place.
 * Pure geometry: screen coordinates in, boxes out; no DOM, no graph, no fonts (sizes come measured).
 */
import { BoxGrid, overlapArea, type Box } from './box-grid';

export type LabelPosition = 'right' | 'left' | 'below' | 'above' | 'above-right' | 'below-right' | 'above-left' | 'below-left';
/** In order of preference: the reading direction first, then below/above, then the diagonals. */
export const LABEL_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'below', 'above', 'above-right', 'below-right', 'above-left', 'below-left'];
export type TextAnchor = 'start' | 'middle' | 'end';

export interface LabelRequest<K = string> {
  key: K;
  /** Node centre and radius (the label keeps `gap` off the rim). */
  x: number;
  y: number;
  r: number;
  /** Size of the label block. */
  w: number;
  h: number;
  /** Higher is placed first (unless the requests come `ordered`). */
  priority?: number;
  /** Always shown when the node is inside the bounds. */
  force?: boolean;
}

/** A circle other labels keep off (a node); `key` is its label request's key (its own label may touch it). */
export interface Obstacle<K = string> {
  key: K;
  x: number;
  y: number;
  r: number;
}

export interface LabelPlacement<K = string> {
  key: K;
  position: LabelPosition;
  anchor: TextAnchor;
  /** x of the text anchor. */
  x: number;
  /** Top of the label block. */
  top: number;
  box: Box;
}

export interface PlaceOptions<K = string> {
  /** Label boxes stay inside these bounds, `margin` px in from the border. */
  bounds: Box;
  margin?: number;
  /** Gap between a node's rim and its label. Default 3. */
  gap?: number;
  /** Space kept between labels. Default 1.5. */
  pad?: number;
  /** 4 or 8 candidate positions. Default 4. */
  positions?: 4 | 8;
  /** The requests are already in order of importance: skip the sort (the Canvas view's order is precomputed). */
  ordered?: boolean;
  /** Stop after this many labels. */
  max?: number;
  /** Labels already kept (e.g. by an earlier call); the placed boxes are added to it. */
  labels?: BoxGrid;
  /** Node circles labels keep off. */
  obstacles?: Iterable<Obstacle<K>>;
  /** The first N labels (by importance) may cover node rims when nothing is free. Default 0. */
  importantCount?: number;
  /** The first N labels (by importance) are shown if any position avoids other labels. Default 0. */
  alwaysCount?: number;
}

/**
 * The label policy of the graph views for n labels, shared by the SVG view and the image export so that both place
 * labels the same way: 8 positions, the first 20% may cover node rims, the first five always show.
 */
export function viewLabelPolicy(n: number): Pick<PlaceOptions, 'positions' | 'importantCount' | 'alwaysCount'> {
  return { positions: 8, importantCount: Math.ceil(n * 0.2), alwaysCount: Math.min(5, n) };
}

/** Forced labels first, then higher priority; ties keep the input order. */
export function byImportance<K>(a: LabelRequest<K>, b: LabelRequest<K>): number {
  return Number(!!b.force) - Number(!!a.force) || (b.priority ?? 0) - (a.priority ?? 0);
}

const ANCHORS: readonly TextAnchor[] = ['start', 'end', 'middle', 'middle', 'start', 'start', 'end', 'end'];

/**
 * Writes into `out` the box of the w x h label of q at position k (index into LABEL_POSITIONS); returns the text
 * anchor's x. Diagonals put the box's near corner at the circle's 45-degree point, `gap` further out.
 */
function setBox(out: Box, q: LabelRequest<unknown>, k: number, gap: number): number {
  const { x, y, w, h } = q;
  const R = q.r + gap;
  switch (k) {
    case 0: // right
      out.x0 = x + R;
      out.y0 = y - h / 2;
      break;
    case 1: // left
      out.x0 = x - R - w;
      out.y0 = y - h / 2;
      break;
    case 2: // below
      out.x0 = x - w / 2;
      out.y0 = y + R;
      break;
    case 3: // above
      out.x0 = x - w / 2;
      out.y0 = y - R - h;
      break;
    default: {
      // diagonals 4..7: above-right, below-right, above-left, below-left
      const d = R * Math.SQRT1_2;
      out.x0 = k < 6 ? x + d : x - d - w;
      out.y0 = k === 4 || k === 6 ? y - d - h : y + d;
    }
  }
  out.x1 = out.x0 + w;
  out.y1 = out.y0 + h;
  return k === 2 || k === 3 ? x : k === 1 || k > 5 ? out.x1 : out.x0;
}

/** The box and anchor of a label at one position (e.g. where a hidden label would go). */
export function labelAt<K>(q: LabelRequest<K>, position: LabelPosition, gap = 3): LabelPlacement<K> {
  const k = LABEL_POSITIONS.indexOf(position);
  const box: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const x = setBox(box, q, k, gap);
  return { key: q.key, position, anchor: ANCHORS[k], x, top: box.y0, box };
}

/** Node circles in a grid of their bounding boxes, for "which nodes does this box cover" questions. */
class CircleIndex<K> {
  readonly grid = new BoxGrid();
  readonly circles: Obstacle<K>[] = [];
  constructor(obstacles: Iterable<Obstacle<K>>) {
    for (const o of obstacles) {
      this.circles.push(o);
      this.grid.add({ x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r });
    }
  }
  /**
   * 1 per node whose rim the box covers, 10 per node whose centre part (0.45 r) it covers; `own` excluded. Stops
   * counting at `limit` (a cost that high is no better than one already found).
   */
  cost(b: Box, own: K, limit = Infinity): number {
    let cost = 0;
    this.grid.some(b, (id) => {
      const o = this.circles[id];
      if (o.key === own || !circleHitsBox(o.x, o.y, o.r, b)) return false;
      cost += circleHitsBox(o.x, o.y, o.r * 0.45, b) ? 10 : 1;
      return cost >= limit;
    });
    return cost;
  }
}

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const dx = cx - Math.max(b.x0, Math.min(cx, b.x1));
  const dy = cy - Math.max(b.y0, Math.min(cy, b.y1));
  return dx * dx + dy * dy < r * r;
}

/**
 * Places the labels (see the module comment). Returns the kept ones in placement order; a request without a
 * kept label is absent from the result.
 */
export function placeLabels<K>(requests: Iterable<LabelRequest<K>>, opts: PlaceOptions<K>): LabelPlacement<K>[] {
  const gap = opts.gap ?? 3;
  const pad = opts.pad ?? 1.5;
  const margin = opts.margin ?? 2;
  const count = opts.positions === 8 ? 8 : 4;
  const max = opts.max ?? Infinity;
  const important = opts.importantCount ?? 0;
  const always = opts.alwaysCount ?? 0;
  const labels = opts.labels ?? new BoxGrid();
  const nodes = opts.obstacles ? new CircleIndex(opts.obstacles) : null;
  const { bounds } = opts;
  const inner: Box = { x0: bounds.x0 + margin, y0: bounds.y0 + margin, x1: bounds.x1 - margin, y1: bounds.y1 - margin };
  const ordered = opts.ordered ? requests : Array.from(requests).sort(byImportance);
  const box: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const out: LabelPlacement<K>[] = [];
  let rank = -1;
  for (const q of ordered) {
    rank++;
    if (out.length >= max) break;
    if (!(q.w > 0) || !(q.x >= bounds.x0 && q.x <= bounds.x1 && q.y >= bounds.y0 && q.y <= bounds.y1)) continue;
    let chosen = -1;
    let fallback = -1;
    let fallbackCost = Infinity;
    // only a label that may fall back to covering nodes needs to know how much it covers; others ask "any?"
    const mayCover = q.force || rank < important || rank < always;
    for (let k = 0; k < count; k++) {
      setBox(box, q, k, gap);
      if (box.x0 < inner.x0 || box.y0 < inner.y0 || box.x1 > inner.x1 || box.y1 > inner.y1 || labels.hits(box, pad)) continue;
      const cost = nodes ? nodes.cost(box, q.key, mayCover ? fallbackCost : 1) : 0;
      if (cost === 0) {
        chosen = k;
        break;
      }
      if (cost < fallbackCost) {
        fallback = k;
        fallbackCost = cost;
      }
    }
    if (chosen < 0 && fallback >= 0 && (q.force || rank < important) && fallbackCost < 10) chosen = fallback;
    if (chosen < 0 && fallback >= 0 && (rank < always || q.force)) chosen = fallback;
    if (chosen < 0 && q.force) chosen = leastBad(q, count, gap, pad, inner, labels, nodes);
    if (chosen < 0) continue;
    const x = setBox(box, q, chosen, gap);
    const kept = { x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1 };
    labels.add(kept);
    out.push({ key: q.key, position: LABEL_POSITIONS[chosen], anchor: ANCHORS[chosen], x, top: kept.y0, box: kept });
  }
  return out;
}

/**
 * The position of least harm for a label that must show: any part outside the bounds costs most (it is cut off on
 * screen, and makes the export shrink the whole graph), then overlapping labels (area x 4), then nodes (x 10).
 */
function leastBad<K>(q: LabelRequest<K>, count: number, gap: number, pad: number, inner: Box, labels: BoxGrid, nodes: CircleIndex<K> | null): number {
  const box: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  let best = 0;
  let bestCost = Infinity;
  for (let k = 0; k < count; k++) {
    setBox(box, q, k, gap);
    const area = (box.x1 - box.x0) * (box.y1 - box.y0);
    const cost = 1000 * (area - overlapArea(box, inner)) + 4 * labels.overlapSum(box, pad) + 10 * (nodes ? nodes.cost(box, q.key) : 0);
    if (cost < bestCost) {
      best = k;
      bestCost = cost;
    }
  }
  return best;
}
