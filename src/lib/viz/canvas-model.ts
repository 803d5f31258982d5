/**
 * The Canvas view's display cache (as sigma.js keeps one): flat arrays built once per view (nodes, edges, sizes,
 * colours, label text and widths, importance order, adjacency) and positions refreshed when the layout moves, so
 * a redraw or a hit test never walks the graph model or allocates per node. Also the hit tests (a uniform grid
 * over node positions, a scan for edges) and the screen-size rules for large graphs (nodes and edges thinner at
 * the overview, growing with the square root of the zoom).
 *
 * Pure: no DOM. It reads the explorer's view graph and writes nothing back.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { labelLines, textWidth, type LabelLine } from './labels';
import { edgeValue, nodeValue, type EdgeMeasure, type LabelLanguage, type NodeSize } from './measures';
import { communityColour } from './palette';
import { edgeStyleScale, radiusScale, type Transform } from './scales';
import { segmentDistance2 } from './geometry';

export { CANVAS_RADIUS, radiusRange } from './renderer';
import { CANVAS_RADIUS } from './renderer';
export const CANVAS_LABEL_SIZE = 12;

export interface CanvasModel {
  ids: string[];
  index: Map<string, number>;
  /** Graph units. */
  x: Float64Array;
  y: Float64Array;
  /** Base screen radius (px at the overview zoom). */
  r: Float32Array;
  /** Colour of each node, and the distinct colours (for batched fills). */
  colour: string[];
  colours: string[];
  colourIndex: Uint16Array;
  lines: LabelLine[][];
  /** Label block size at the base font size. */
  labelW: Float32Array;
  labelH: Float32Array;
  /** Node indices, most important first (the node-size measure, then id). */
  order: Uint32Array;
  /** Edges. */
  edgeKeys: string[];
  source: Uint32Array;
  target: Uint32Array;
  width: Float32Array;
  alpha: Float32Array;
  /** Edge indices sorted by style bucket (bucketOf), so a redraw strokes one path per bucket without sorting. */
  edgeOrder: Uint32Array;
  edgeBucket: Uint16Array;
  /** Node indices grouped by colour: colourOrder[colourStart[c] .. colourStart[c + 1]) have colour c. */
  colourOrder: Uint32Array;
  colourStart: Uint32Array;
  /** Adjacency in CSR form: the neighbours of node i are adj[off[i] .. off[i + 1]), with their edge in adjEdge. */
  off: Uint32Array;
  adj: Uint32Array;
  adjEdge: Uint32Array;
  /** Largest base radius. */
  maxR: number;
}

export interface ModelOptions {
  size: NodeSize;
  measure: EdgeMeasure;
  lang: LabelLanguage;
  /** Screen radius range at the overview (default CANVAS_RADIUS). */
  radius?: { min: number; max: number };
}

/** A preview's options: the label language may be left to the graph (the one its page will open in). */
export type PreviewOptions = Omit<ModelOptions, 'lang'> & { lang?: LabelLanguage };

/** Builds the display cache of a view graph (positions: the current layout, falling back to the file's). */
export function buildCanvasModel(view: SerializedConceptGraph, positions: ReadonlyMap<string, { x: number; y: number }>, o: ModelOptions): CanvasModel {
  const n = view.nodes.length;
  const ids = view.nodes.map((v) => v.key);
  const index = new Map(ids.map((id, i) => [id, i]));
  const values = view.nodes.map((v) => nodeValue(v.attributes, o.size));
  const range = o.radius ?? CANVAS_RADIUS;
  const rs = radiusScale(values, range.min, range.max);
  const r = new Float32Array(n);
  const colour: string[] = new Array(n);
  const colours: string[] = [];
  const colourSlot = new Map<string, number>();
  const colourIndex = new Uint16Array(n);
  const lines: LabelLine[][] = new Array(n);
  const labelW = new Float32Array(n);
  const labelH = new Float32Array(n);
  let maxR = 0;
  view.nodes.forEach((v, i) => {
    r[i] = rs(values[i]);
    maxR = Math.max(maxR, r[i]);
    const c = communityColour(v.attributes.community);
    colour[i] = c;
    let slot = colourSlot.get(c);
    if (slot === undefined) {
      colourSlot.set(c, (slot = colours.length));
      colours.push(c);
    }
    colourIndex[i] = slot;
    const ls = labelLines(v.attributes.label, o.lang, CANVAS_LABEL_SIZE);
    lines[i] = ls;
    let w = 0;
    let h = 0;
    for (const l of ls) {
      w = Math.max(w, textWidth(l.text, l.size));
      h += l.size * 1.2;
    }
    labelW[i] = w;
    labelH[i] = h;
  });
  const order = Uint32Array.from(
    ids.map((_, i) => i).sort((a, b) => values[b] - values[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0))
  );
  const m = view.edges.length;
  const edgeKeys: string[] = new Array(m);
  const source = new Uint32Array(m);
  const target = new Uint32Array(m);
  const width = new Float32Array(m);
  const alpha = new Float32Array(m);
  const style = edgeStyleScale(view.edges.map((e) => edgeValue(e.attributes, o.measure)), o.measure, 0.3, 2.4);
  const degree = new Uint32Array(n + 1);
  let kept = 0;
  for (const e of view.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    const st = style(edgeValue(e.attributes, o.measure));
    edgeKeys[kept] = e.key;
    source[kept] = s;
    target[kept] = t;
    width[kept] = st.width;
    alpha[kept] = Math.min(0.6, 0.08 + st.opacity * 0.8);
    degree[s]++;
    degree[t]++;
    kept++;
  }
  edgeKeys.length = kept;
  const off = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) off[i + 1] = off[i] + degree[i];
  const fill = off.slice(0, n);
  const adj = new Uint32Array(off[n]);
  const adjEdge = new Uint32Array(off[n]);
  for (let e = 0; e < kept; e++) {
    const s = source[e];
    const t = target[e];
    adj[fill[s]] = t;
    adjEdge[fill[s]++] = e;
    adj[fill[t]] = s;
    adjEdge[fill[t]++] = e;
  }
  const edgeBucket = new Uint16Array(kept);
  for (let e = 0; e < kept; e++) edgeBucket[e] = edgeBucketOf(width[e], alpha[e]);
  const edgeOrder = Uint32Array.from(Array.from({ length: kept }, (_, e) => e).sort((a, b) => edgeBucket[a] - edgeBucket[b]));
  const colourStart = new Uint32Array(colours.length + 1);
  for (let i = 0; i < n; i++) colourStart[colourIndex[i] + 1]++;
  for (let c = 0; c < colours.length; c++) colourStart[c + 1] += colourStart[c];
  const colourFill = colourStart.slice(0, colours.length);
  const colourOrder = new Uint32Array(n);
  for (let i = 0; i < n; i++) colourOrder[colourFill[colourIndex[i]]++] = i;
  const model: CanvasModel = {
    ids,
    index,
    x: new Float64Array(n),
    y: new Float64Array(n),
    r,
    colour,
    colours,
    colourIndex,
    lines,
    labelW,
    labelH,
    order,
    edgeKeys,
    source: source.subarray(0, kept),
    target: target.subarray(0, kept),
    width: width.subarray(0, kept),
    alpha: alpha.subarray(0, kept),
    edgeOrder,
    edgeBucket,
    colourOrder,
    colourStart,
    off,
    adj,
    adjEdge,
    maxR
  };
  updatePositions(model, view, positions);
  return model;
}

/**
 * Style bucket of an edge: its opacity in 1/25 steps (1..15). The base layer draws every edge as a 1 px hairline:
 * software rasterisation (no GPU here) of 15,000 wider semi-transparent strokes costs over a second, hairlines
 * ~60 ms; the measure is encoded by opacity there and by width in the highlight overlay (a few edges).
 */
export function edgeBucketOf(_width: number, alpha: number): number {
  return Math.max(1, Math.min(15, Math.round(alpha * 25)));
}
export const bucketAlpha = (b: number) => b / 25;

/**
 * Copies the current layout into the model (file positions for nodes the layout does not know); the indices of
 * the nodes that moved are pushed onto `moved` when given.
 */
export function updatePositions(model: CanvasModel, view: SerializedConceptGraph, positions: ReadonlyMap<string, { x: number; y: number }>, moved?: number[]): void {
  const n = Math.min(view.nodes.length, model.ids.length);
  for (let i = 0; i < n; i++) {
    const v = view.nodes[i];
    const p = positions.get(v.key);
    const x = p ? p.x : v.attributes.x;
    const y = p ? p.y : v.attributes.y;
    if (moved && (x !== model.x[i] || y !== model.y[i])) moved.push(i);
    model.x[i] = x;
    model.y[i] = y;
  }
}

/**
 * What a node drag can move in the Canvas view: the node and its neighbours (the explorer's local drag moves no
 * others), as a mask and a list, and the edges that touch them (drawn apart while they move).
 */
export interface MovingSet {
  mask: Uint8Array;
  nodes: number[];
  edges: number[];
}

export function movingSet(m: CanvasModel, i: number): MovingSet {
  const mask = new Uint8Array(m.ids.length);
  const nodes = [i];
  mask[i] = 1;
  for (let k = m.off[i]; k < m.off[i + 1]; k++)
    if (!mask[m.adj[k]]) {
      mask[m.adj[k]] = 1;
      nodes.push(m.adj[k]);
    }
  return { mask, nodes, edges: touchingEdges(m, nodes) };
}

/** Adds nodes to a moving set (a node moved that the set did not hold). */
export function growMovingSet(m: CanvasModel, s: MovingSet, more: readonly number[]): void {
  for (const i of more)
    if (!s.mask[i]) {
      s.mask[i] = 1;
      s.nodes.push(i);
    }
  s.edges = touchingEdges(m, s.nodes);
}

function touchingEdges(m: CanvasModel, nodes: readonly number[]): number[] {
  const seen = new Set<number>();
  for (const i of nodes) for (let k = m.off[i]; k < m.off[i + 1]; k++) seen.add(m.adjEdge[k]);
  return [...seen].sort((a, b) => m.edgeBucket[a] - m.edgeBucket[b] || a - b);
}

/** Screen size factor at zoom k for a view whose overview zoom is kRef: sqrt growth, 1..3. */
export function zoomBoost(k: number, kRef: number): number {
  if (!(kRef > 0)) return 1;
  return Math.max(1, Math.min(3, Math.sqrt(k / kRef)));
}

/** A uniform grid over node positions (graph units) for hit tests. */
export class NodeGrid {
  private cell: number;
  private x0: number;
  private y0: number;
  private cols: number;
  private rows: number;
  private start: Uint32Array;
  private items: Uint32Array;

  constructor(private readonly model: CanvasModel) {
    const n = model.ids.length;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, model.x[i]);
      y0 = Math.min(y0, model.y[i]);
      x1 = Math.max(x1, model.x[i]);
      y1 = Math.max(y1, model.y[i]);
    }
    if (!Number.isFinite(x0)) x0 = y0 = x1 = y1 = 0;
    const area = Math.max(1, (x1 - x0) * (y1 - y0));
    this.cell = Math.max(1e-6, Math.sqrt(area / Math.max(1, n)) * 1.5);
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.max(1, Math.ceil((x1 - x0) / this.cell) + 1);
    this.rows = Math.max(1, Math.ceil((y1 - y0) / this.cell) + 1);
    const cellOf = new Uint32Array(n);
    const count = new Uint32Array(this.cols * this.rows + 1);
    for (let i = 0; i < n; i++) {
      const c = this.cellIndex(model.x[i], model.y[i]);
      cellOf[i] = c;
      count[c + 1]++;
    }
    for (let c = 0; c < this.cols * this.rows; c++) count[c + 1] += count[c];
    this.start = count;
    this.items = new Uint32Array(n);
    const fill = count.slice();
    for (let i = 0; i < n; i++) this.items[fill[cellOf[i]]++] = i;
  }

  private cellIndex(x: number, y: number): number {
    const c = Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
    const r = Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
    return r * this.cols + c;
  }

  /**
   * The node under the screen point (sx, sy) at transform t: the topmost (last drawn) node whose circle, grown by
   * `slop` px, contains the point; -1 when none.
   */
  hit(sx: number, sy: number, t: Transform, boost: number, slop = 2): number {
    const m = this.model;
    const gx = (sx - t.x) / t.k;
    const gy = (sy - t.y) / t.k;
    const reach = (m.maxR * boost + slop) / t.k;
    const c0 = Math.max(0, Math.floor((gx - reach - this.x0) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((gx + reach - this.x0) / this.cell));
    const r0 = Math.max(0, Math.floor((gy - reach - this.y0) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((gy + reach - this.y0) / this.cell));
    let best = -1;
    let bestD = Infinity;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.cols + c;
        for (let k = this.start[cell]; k < this.start[cell + 1]; k++) {
          const i = this.items[k];
          const dx = (m.x[i] - gx) * t.k;
          const dy = (m.y[i] - gy) * t.k;
          const d = dx * dx + dy * dy;
          const rr = m.r[i] * boost + slop;
          if (d <= rr * rr && d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    return best;
  }
}

/** The edge within `tolerance` px of the screen point, nearest first; -1 when none. */
export function hitEdge(m: CanvasModel, sx: number, sy: number, t: Transform, tolerance = 4): number {
  const gx = (sx - t.x) / t.k;
  const gy = (sy - t.y) / t.k;
  const tol = tolerance / t.k;
  let best = -1;
  let bestD = tol * tol;
  const seg = { x1: 0, y1: 0, x2: 0, y2: 0 };
  for (let e = 0; e < m.source.length; e++) {
    const a = m.source[e];
    const b = m.target[e];
    // cheap reject on the bounding box
    const xa = m.x[a];
    const xb = m.x[b];
    const ya = m.y[a];
    const yb = m.y[b];
    if (gx < Math.min(xa, xb) - tol || gx > Math.max(xa, xb) + tol || gy < Math.min(ya, yb) - tol || gy > Math.max(ya, yb) + tol) continue;
    seg.x1 = xa;
    seg.y1 = ya;
    seg.x2 = xb;
    seg.y2 = yb;
    const d = segmentDistance2(seg, gx, gy);
    if (d <= bestD) {
      bestD = d;
      best = e;
    }
  }
  return best;
}
