/**
 * Drawing of the Canvas view, in two layers:
 * - base: every edge (batched into a few paths by width and opacity, culled to the screen), every node (one path
 *   per colour), and the labels that fit without overlap, most important first (the shared placer of
 *   $lib/core/text, 4 positions, linear in the number of nodes);
 * - overlay: the highlight of a hovered or selected concept or link: a white veil over the base, then only the
 *   neighbourhood (its edges, nodes and labels) on top. Hovering therefore redraws tens of elements, not thousands.
 * Reducers in the sigma.js sense: display attributes are derived here from the model and the view state; nothing
 * is written back. Works on any CanvasRenderingContext2D (or a stand-in with the same methods).
 */
import type { CanvasModel } from './canvas-model';
import { bucketAlpha } from './canvas-model';
import { placeLabels, type LabelPlacement, type LabelRequest, type PlaceOptions } from '$lib/core/text/place';
import { BoxGrid } from '$lib/core/text/box-grid';
import { baselineOf, LINE_HEIGHT } from '$lib/core/text/block';
import { LABEL_FONT_STACK } from '$lib/core/text/fonts';
import { isolate } from '$lib/core/text/label-text';
import { boundsOf, fitTransform, type Transform } from './scales';

/** The label font stack (Latin fonts first, then CJK; system fonts only). */
export const FONT_FAMILY = LABEL_FONT_STACK;

/** A kept label of the Canvas view; `key` is the node's index in the model. */
export type GridPlacement = LabelPlacement<number>;

/** The Canvas view's placement: 4 positions, no node obstacles (thousands of nodes), 1 px margin, 2 px apart. */
function placeGridLabels(requests: Iterable<LabelRequest<number>>, width: number, height: number, more: Partial<PlaceOptions<number>> = {}): GridPlacement[] {
  return placeLabels(requests, { bounds: { x0: 0, y0: 0, x1: width, y1: height }, margin: 1, pad: 2, positions: 4, ordered: true, ...more });
}

export interface Frame {
  t: Transform;
  width: number;
  height: number;
  /** Node and edge size factor for the zoom (canvas-model zoomBoost). */
  boost: number;
}

const sx = (m: CanvasModel, i: number, t: Transform) => m.x[i] * t.k + t.x;
const sy = (m: CanvasModel, i: number, t: Transform) => m.y[i] * t.k + t.y;

export interface BaseResult {
  labels: GridPlacement[];
  /** Nodes and edges actually drawn (inside the screen). */
  nodes: number;
  edges: number;
}

/**
 * Clears and draws the base layer. Label count is capped (`maxLabels`) to keep redraws bounded. With `without` (a
 * node mask: the nodes a drag moves) those nodes, their edges and their labels are left out: drawMoving draws
 * them on their own layer while they move.
 */
export function drawBase(ctx: CanvasRenderingContext2D, m: CanvasModel, f: Frame, maxLabels = 400, without?: Uint8Array): BaseResult {
  const { t, width, height, boost } = f;
  ctx.clearRect(0, 0, width, height);
  const edgeCount = strokeEdges(ctx, m, t, width, height, m.edgeOrder, without);
  // ---- nodes, one path per colour, a white rim when they are big enough to show it
  const n = m.ids.length;
  const visible = new Uint8Array(n);
  let nodeCount = 0;
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#ffffff';
  const rim = boost * m.maxR >= 4;
  for (let c = 0; c < m.colours.length; c++) {
    ctx.beginPath();
    for (let k = m.colourStart[c]; k < m.colourStart[c + 1]; k++) {
      const i = m.colourOrder[k];
      if (without?.[i]) continue;
      const x = sx(m, i, t);
      const y = sy(m, i, t);
      const r = m.r[i] * boost;
      if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) continue;
      visible[i] = 1;
      nodeCount++;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = m.colours[c];
    ctx.fill();
    if (rim) ctx.stroke();
  }
  // ---- labels by importance, without overlap (nodes of the label's own size only)
  const labels = placeGridLabels(labelRequests(m, t, boost, visible), width, height, { max: maxLabels });
  drawLabels(ctx, m, labels, '#1a1a1a', false);
  return { labels, nodes: nodeCount, edges: edgeCount };
}

/**
 * Edges as 1 px hairlines, one path per opacity bucket (`order` sorted by bucket) and at most 64 segments per path
 * (long self-overlapping paths rasterise much slower), culled to the screen; edges touching a node of `without`
 * are skipped. Returns how many were drawn.
 */
function strokeEdges(ctx: CanvasRenderingContext2D, m: CanvasModel, t: Transform, width: number, height: number, order: ArrayLike<number>, without?: Uint8Array): number {
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#5b6472';
  ctx.lineWidth = 1;
  let edgeCount = 0;
  let current = -1;
  let inPath = 0;
  const flush = () => {
    if (inPath) ctx.stroke();
    inPath = 0;
  };
  for (let k = 0; k < order.length; k++) {
    const e = order[k];
    const a = m.source[e];
    const b = m.target[e];
    if (without && (without[a] || without[b])) continue;
    const x1 = sx(m, a, t);
    const y1 = sy(m, a, t);
    const x2 = sx(m, b, t);
    const y2 = sy(m, b, t);
    if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
    const bucket = m.edgeBucket[e];
    if (bucket !== current || inPath >= 64) {
      flush();
      if (bucket !== current) ctx.globalAlpha = bucketAlpha(bucket);
      current = bucket;
      ctx.beginPath();
    }
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    inPath++;
    edgeCount++;
  }
  flush();
  ctx.globalAlpha = 1;
  return edgeCount;
}

/**
 * Clears the moving layer and draws what a node drag moves (drawBase's `without`): their edges and nodes as the
 * base draws them, and the dragged node's label (the others return when the drag has settled).
 */
export function drawMoving(ctx: CanvasRenderingContext2D, m: CanvasModel, f: Frame, nodes: readonly number[], edges: readonly number[], labelled: number): void {
  const { t, width, height, boost } = f;
  ctx.clearRect(0, 0, width, height);
  strokeEdges(ctx, m, t, width, height, edges);
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#ffffff';
  const rim = boost * m.maxR >= 4;
  for (const i of nodes) {
    ctx.beginPath();
    ctx.arc(sx(m, i, t), sy(m, i, t), m.r[i] * boost, 0, 2 * Math.PI);
    ctx.fillStyle = m.colour[i];
    ctx.fill();
    if (rim) ctx.stroke();
  }
  if (labelled < 0) return;
  const q = { key: labelled, x: sx(m, labelled, t), y: sy(m, labelled, t), r: m.r[labelled] * boost, w: m.labelW[labelled], h: m.labelH[labelled], force: true };
  drawLabels(ctx, m, placeGridLabels([q], width, height), '#1a1a1a', false);
}

/** Label requests in importance order; one object reused (the placement copies what it keeps). */
function* labelRequests(m: CanvasModel, t: Transform, boost: number, visible: Uint8Array, only?: ReadonlySet<number>) {
  const q: LabelRequest<number> = { key: 0, x: 0, y: 0, r: 0, w: 0, h: 0 };
  for (let k = 0; k < m.order.length; k++) {
    const i = m.order[k];
    if (!visible[i] || (only && !only.has(i))) continue;
    q.key = i;
    q.x = sx(m, i, t);
    q.y = sy(m, i, t);
    q.r = m.r[i] * boost;
    q.w = m.labelW[i];
    q.h = m.labelH[i];
    yield q;
  }
}

/**
 * Draws placed labels: every line with its white halo, grouped by font (setting `ctx.font` parses the whole
 * family stack, which cost more than the text itself when it changed line by line).
 */
function drawLabels(ctx: CanvasRenderingContext2D, m: CanvasModel, labels: readonly GridPlacement[], colour: string, bold: boolean): void {
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  const bySize = new Map<number, Array<{ text: string; x: number; y: number; align: CanvasTextAlign; secondary: boolean }>>();
  for (const p of labels) {
    const align: CanvasTextAlign = p.anchor === 'start' ? 'left' : p.anchor === 'end' ? 'right' : 'center';
    let top = p.top;
    for (const l of m.lines[p.key]) {
      let ops = bySize.get(l.size);
      if (!ops) bySize.set(l.size, (ops = []));
      // right-to-left text and bidi controls drawn as an isolate
      ops.push({ text: isolate(l.text), x: p.x, y: baselineOf(top, l.size), align, secondary: !!l.secondary });
      top += l.size * LINE_HEIGHT;
    }
  }
  for (const [size, ops] of bySize) {
    ctx.font = `${bold ? '600 ' : ''}${size}px ${FONT_FAMILY}`;
    let align: CanvasTextAlign | '' = '';
    for (const o of ops) {
      if (o.align !== align) ctx.textAlign = align = o.align;
      ctx.strokeText(o.text, o.x, o.y);
      ctx.fillStyle = o.secondary ? '#4b5563' : colour;
      ctx.fillText(o.text, o.x, o.y);
    }
  }
}

export interface Highlight {
  /** Nodes to show on top of the veil (a concept and its neighbours, or an edge's two ends). */
  nodes: ReadonlySet<number>;
  /** Edges to show on top (a concept's edges, or the one edge). */
  edges: ReadonlySet<number>;
  /** Labels that must show (hovered, selected, focused concepts). */
  forced: ReadonlySet<number>;
  /** A ring around the selected concept; a dashed ring around the keyboard-focused one. */
  selected: number;
  focused: number;
}

/** Clears the overlay; with a highlight, veils the base and draws the neighbourhood on top. */
export function drawOverlay(ctx: CanvasRenderingContext2D, m: CanvasModel, f: Frame, h: Highlight | null): GridPlacement[] {
  const { t, width, height, boost } = f;
  ctx.clearRect(0, 0, width, height);
  if (!h) return [];
  if (h.nodes.size || h.edges.size) {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.78)';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#1f2937';
  for (const e of h.edges) {
    ctx.globalAlpha = Math.max(0.55, Math.min(0.95, m.alpha[e] * 2));
    ctx.lineWidth = Math.max(1, m.width[e] * boost * 1.3);
    ctx.beginPath();
    ctx.moveTo(sx(m, m.source[e], t), sy(m, m.source[e], t));
    ctx.lineTo(sx(m, m.target[e], t), sy(m, m.target[e], t));
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  for (const i of h.nodes) {
    const r = Math.max(3, m.r[i] * boost);
    ctx.beginPath();
    ctx.arc(sx(m, i, t), sy(m, i, t), r, 0, 2 * Math.PI);
    ctx.fillStyle = m.colour[i];
    ctx.fill();
    ctx.stroke();
  }
  const ring = (i: number, dashed: boolean) => {
    if (i < 0) return;
    ctx.beginPath();
    ctx.setLineDash(dashed ? [4, 2] : []);
    ctx.strokeStyle = dashed ? '#c2410c' : '#111111';
    ctx.lineWidth = dashed ? 3 : 2.5;
    ctx.arc(sx(m, i, t), sy(m, i, t), Math.max(3, m.r[i] * boost) + 4, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  ring(h.selected, false);
  ring(h.focused, true);
  // labels: the forced ones first, then the neighbourhood by importance, without overlap
  const visible = new Uint8Array(m.ids.length);
  for (const i of h.nodes) visible[i] = 1;
  for (const i of h.forced) visible[i] = 1;
  const grid = new BoxGrid();
  const forced = [...h.forced].map((i) => ({ key: i, x: sx(m, i, t), y: sy(m, i, t), r: Math.max(3, m.r[i] * boost), w: m.labelW[i], h: m.labelH[i], force: true }));
  const placed = placeGridLabels(forced, width, height, { labels: grid });
  const rest = new Set([...h.nodes].filter((i) => !h.forced.has(i)));
  placed.push(...placeGridLabels(labelRequests(m, t, boost, visible, rest), width, height, { labels: grid, max: 80 }));
  drawLabels(ctx, m, placed, '#111111', true);
  return placed;
}

/**
 * The first picture of a large graph, as the page receives it from the loading worker: already drawn there (an
 * ImageBitmap of width x height CSS px at the page's device pixel ratio), or the display cache to draw here (where
 * the worker has no OffscreenCanvas).
 */
export type PreviewPicture = { bitmap: ImageBitmap; width: number; height: number } | { model: CanvasModel };

/**
 * The fit of a first picture (the explorer's own fit, before the explorer exists): 24 px + room for the largest
 * radius and half the widest label (13 px labels, at most 90 px).
 */
export function previewTransform(m: CanvasModel, width: number, height: number): Transform {
  let widest = 0;
  for (let i = 0; i < m.labelW.length; i++) if (m.labelW[i] > widest) widest = m.labelW[i];
  const padX = Math.min(width / 3, 24 + 20 + Math.min((widest * 13) / 12, 90) / 2);
  const padY = Math.min(height / 3, 24 + 20);
  return fitTransform(boundsOf(Array.from(m.x, (x, i) => ({ x, y: m.y[i] }))), width, height, { x: padX, y: padY });
}

/**
 * Draws the first picture of a large graph (the base layer, fitted) on a context whose canvas is width x height
 * CSS px at `dpr` device pixels per px. Works on a page canvas and on a worker's OffscreenCanvas.
 */
export function drawPreview(ctx: CanvasRenderingContext2D, m: CanvasModel, width: number, height: number, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawBase(ctx, m, { t: previewTransform(m, width, height), width, height, boost: 1 });
}
