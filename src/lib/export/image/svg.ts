/**
 * sceneToSvg: turns an ExportScene (a snapshot of the explorer view) into a standalone, publication-grade
 * SVG 1.1 document with title, subtitle, the graph, a legend and a wrapped caption.
 *
 * Pure and deterministic: no DOM, no fonts, no clock, no randomness; same scene -> same string. Runs in Node.
 * It must not emit anything that fetches or executes: no <image>, <use>, <a>, <script>, <foreignObject>, no href,
 * no url(...) paints, no on* attributes, no web fonts. Every string from the scene is untrusted and XML-escaped,
 * every colour is checked against a strict pattern.
 *
 * Layout (all in output px):
 *   padding | title (wrapped, 26 px bold) + subtitle (16 px) | graph area (at most GRAPH_WIDTH = 1200 wide) +
 *   legend column on the right | caption (13 px, wrapped to the full inner width) | padding.
 * Graph: node positions are scaled uniformly by one factor s (aspect kept; s capped at MAX_SCALE); radii and edge
 * widths by min(s, MAX_SIZE_SCALE), so a sparse view is spread out without bloating circles. Label font size stays
 * LABEL_FONT px whatever s is, so labels stay legible. Each visible label sits RIGHT of its node (vertically
 * centred), or, when that spot is taken by another node or label, at the next free spot of upper-right,
 * lower-right, left, upper-left, lower-left, below, above (greedy 8-position placement, see placeLabels; else the
 * least crowded spot; no visible label is ever dropped; labels longer
 * than MAX_LABEL_CHARS are cut with an ellipsis). s is the largest factor for which the bounding box of circles,
 * edges and the estimated
 * label boxes (see ./text.ts: CJK 1.0 em, other 0.56 em, plus the halo) fits GRAPH_WIDTH x maxGraphHeight, where
 * maxGraphHeight = GRAPH_WIDTH x the viewport aspect (clamped to 0.5..1.25). The graph area is then cropped to the
 * content (height, and width down to MIN_GRAPH_WIDTH, content centred), so nothing is clipped at the border and
 * the legend sits next to the graph.
 */

import type { ExportEdge, ExportLegendGroup, ExportNode, ExportScene, SceneToSvgOptions } from './types';
import { cleanInline, escapeXml, textWidth, truncate, wrapText } from './text';

export const DEFAULT_FONT_FAMILY =
  '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
export const DEFAULT_PADDING = 32;
/** Width of the graph drawing area in output px. */
export const GRAPH_WIDTH = 1200;
/** Largest enlargement of the on-screen positions. */
export const MAX_SCALE = 4;
/** Radii and edge widths follow the position scale, but are never enlarged more than this. */
export const MAX_SIZE_SCALE = 1.5;
/** Labels longer than this many characters are cut with an ellipsis. */
export const MAX_LABEL_CHARS = 48;
export const LABEL_FONT = 14;
export const TITLE_FONT = 26;
export const SUBTITLE_FONT = 16;
export const LEGEND_TITLE_FONT = 15;
export const LEGEND_FONT = 14;
export const CAPTION_FONT = 13;
export const EMPTY_NOTE = 'No concepts in view';

/** Halo (white outline behind label glyphs) stroke width. */
const HALO = 3;
/** Gap between a node's rim and its label. */
const LABEL_GAP = 4;
/** Label box half-height, in em, around the node centre (glyph ascent + descent, generous). */
const LABEL_HALF_EM = 0.62;
/** Baseline offset below the node centre, in em, that centres the glyphs vertically. */
const LABEL_BASELINE_EM = 0.35;
const MIN_RADIUS = 1.5;
const MIN_EDGE_WIDTH = 0.5;
const SELECTED_RING = 2.5;
const NODE_OUTLINE = 1;
const EMPTY_GRAPH_HEIGHT = 240;
const MIN_GRAPH_HEIGHT = 120;
/** The graph area shrinks to the content width (so the legend sits next to the graph), but not below this. */
const MIN_GRAPH_WIDTH = 640;
const LEGEND_GAP = 40;
const LEGEND_MIN_WIDTH = 150;
const LEGEND_MAX_WIDTH = 320;
const SWATCH_WIDTH = 22;
const SWATCH_GAP = 8;
const TEXT_COLOR = '#1a1a1a';
const MUTED_COLOR = '#4a4a4a';
const FALLBACK_COLOR = '#999999';

// ---------------------------------------------------------------------------------------------------------------
// small pure helpers
// ---------------------------------------------------------------------------------------------------------------

/** Rounds to 2 decimals and prints without trailing zeros and without "-0". */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

const HEX_RE = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC_RE = /^(?:rgba?|hsla?)\(\s*[-+0-9.%\s,/deg]+\)$/i;
const NAMED_RE = /^[a-z]{3,20}$/i;

/** Returns the colour if it is a hex, rgb()/rgba()/hsl()/hsla() or named colour, else a neutral grey. */
export function safeColor(c: unknown): string {
  if (typeof c !== 'string') return FALLBACK_COLOR;
  const t = c.trim();
  if (HEX_RE.test(t) || FUNC_RE.test(t)) return t.toLowerCase();
  if (NAMED_RE.test(t) && !/^(?:url|none|inherit|initial|unset|revert|transparent)$/i.test(t)) return t.toLowerCase();
  return FALLBACK_COLOR;
}

/** Font-family lists may only hold family names: letters, digits, spaces, quotes, commas, hyphens, CJK. */
function safeFontFamily(f: string | undefined): string {
  const cleaned = cleanInline(f ?? '').replace(/[^\p{L}\p{N} ,"'_-]/gu, '');
  return cleaned.trim() ? cleaned : DEFAULT_FONT_FAMILY;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

// ---------------------------------------------------------------------------------------------------------------
// graph fitting
// ---------------------------------------------------------------------------------------------------------------

interface PreparedNode {
  x: number;
  y: number;
  r: number;
  fill: string;
  label: string; // '' when hidden
  labelWidth: number;
  selected: boolean;
}

interface PreparedEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
  opacity: number;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function prepareNodes(nodes: ExportNode[]): PreparedNode[] {
  const out: PreparedNode[] = [];
  for (const n of nodes ?? []) {
    if (!n || !finite(n.x) || !finite(n.y)) continue;
    const selected = n.selected === true;
    const label = n.labelVisible ? truncate(cleanInline(n.label), MAX_LABEL_CHARS) : '';
    out.push({
      x: n.x,
      y: n.y,
      r: finite(n.r) && n.r > 0 ? n.r : 0,
      fill: safeColor(n.fill),
      label,
      labelWidth: label ? textWidth(label, LABEL_FONT, selected) : 0,
      selected
    });
  }
  return out;
}

function prepareEdges(edges: ExportEdge[]): PreparedEdge[] {
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

/** Rendered radius including the outline / selection ring. */
function outerRadius(n: PreparedNode, s: number): number {
  return nodeRadius(n, s) + (n.selected ? SELECTED_RING : NODE_OUTLINE / 2);
}

function edgeWidth(e: PreparedEdge, s: number): number {
  return Math.max(e.width * Math.min(s, MAX_SIZE_SCALE), MIN_EDGE_WIDTH);
}

function nodeRadius(n: PreparedNode, s: number): number {
  return Math.max(n.r * Math.min(s, MAX_SIZE_SCALE), MIN_RADIUS);
}

export type LabelSide = 'right' | 'above-right' | 'below-right' | 'left' | 'above-left' | 'below-left' | 'below' | 'above';
/** Candidate label positions, in order of preference (reading direction first). */
const SIDES: LabelSide[] = ['right', 'above-right', 'below-right', 'left', 'above-left', 'below-left', 'below', 'above'];

interface LabelSpot {
  /** Text anchor point (x) and baseline (y), relative to the scaled origin. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** Estimated box of the glyphs plus halo. */
  box: Box;
}

/** Where the label of n goes for a given side at scale s (coordinates relative to the scaled origin). */
function labelSpot(n: PreparedNode, side: LabelSide, s: number): LabelSpot {
  const cx = n.x * s;
  const cy = n.y * s;
  const R = outerRadius(n, s);
  const w = n.labelWidth;
  const hh = LABEL_HALF_EM * LABEL_FONT;
  const h = HALO / 2;
  const base = (LABEL_BASELINE_EM * LABEL_FONT) as number;
  switch (side) {
    case 'right': {
      const x = cx + R + LABEL_GAP;
      return { x, y: cy + base, anchor: 'start', box: { minX: x - h, maxX: x + w + h, minY: cy - hh - h, maxY: cy + hh + h } };
    }
    case 'left': {
      const x = cx - R - LABEL_GAP;
      return { x, y: cy + base, anchor: 'end', box: { minX: x - w - h, maxX: x + h, minY: cy - hh - h, maxY: cy + hh + h } };
    }
    case 'above-right':
    case 'below-right':
    case 'above-left':
    case 'below-left': {
      // text box touching the circle's 45-degree point
      const d = R * Math.SQRT1_2;
      const top = side.startsWith('above') ? cy - d - 1 - 2 * hh : cy + d + 1;
      const right = side.endsWith('right');
      const x = right ? cx + d + 2 : cx - d - 2;
      return {
        x,
        y: top + hh + base,
        anchor: right ? 'start' : 'end',
        box: { minX: right ? x - h : x - w - h, maxX: right ? x + w + h : x + h, minY: top - h, maxY: top + 2 * hh + h }
      };
    }
    case 'below': {
      const top = cy + R + LABEL_GAP / 2;
      return { x: cx, y: top + hh + base, anchor: 'middle', box: { minX: cx - w / 2 - h, maxX: cx + w / 2 + h, minY: top - h, maxY: top + 2 * hh + h } };
    }
    case 'above': {
      const top = cy - R - LABEL_GAP / 2 - 2 * hh;
      return { x: cx, y: top + hh + base, anchor: 'middle', box: { minX: cx - w / 2 - h, maxX: cx + w / 2 + h, minY: top - h, maxY: top + 2 * hh + h } };
    }
  }
}

/** Bounding box, in output px relative to the scaled origin, of everything the graph draws at scale s. */
function contentBox(nodes: PreparedNode[], edges: PreparedEdge[], sides: LabelSide[], s: number): Box {
  const b: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const add = (o: Box): void => {
    b.minX = Math.min(b.minX, o.minX);
    b.minY = Math.min(b.minY, o.minY);
    b.maxX = Math.max(b.maxX, o.maxX);
    b.maxY = Math.max(b.maxY, o.maxY);
  };
  nodes.forEach((n, i) => {
    const R = outerRadius(n, s);
    add({ minX: n.x * s - R, maxX: n.x * s + R, minY: n.y * s - R, maxY: n.y * s + R });
    if (n.label) add(labelSpot(n, sides[i], s).box);
  });
  for (const e of edges) {
    const hw = edgeWidth(e, s) / 2;
    add({
      minX: Math.min(e.x1, e.x2) * s - hw,
      maxX: Math.max(e.x1, e.x2) * s + hw,
      minY: Math.min(e.y1, e.y2) * s - hw,
      maxY: Math.max(e.y1, e.y2) * s + hw
    });
  }
  return b;
}

/**
 * Largest s in (0, MAX_SCALE] such that the content box fits maxW x maxH, by bisection. Valid because the box
 * width is non-decreasing in s: it is the maximum over pairs (i, j) of right_i(s) - left_j(s) = s (x_i - x_j) +
 * a_i(s) + b_j(s) with extents a, b >= 0 non-decreasing in s, and for every pair the term with the larger x first
 * dominates its mirror and is itself non-decreasing. The same holds for the height.
 */
function fitScale(nodes: PreparedNode[], edges: PreparedEdge[], sides: LabelSide[], maxW: number, maxH: number): number {
  const fits = (s: number): boolean => {
    const b = contentBox(nodes, edges, sides, s);
    return b.maxX - b.minX <= maxW && b.maxY - b.minY <= maxH;
  };
  if (fits(MAX_SCALE)) return MAX_SCALE;
  let lo = 0;
  let hi = MAX_SCALE;
  for (let i = 0; i < 36; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

const OUTSIDE_COST = 10;

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const h = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement at scale s (8-position model): labels are placed in priority order (selected first,
 * then larger nodes, then input order); each takes the first spot in SIDES order whose box hits no node circle and
 * no label placed before it and stays inside `frame` (the drawing area at this scale), else the spot with the
 * least overlap; a second pass (up to SECOND_PASS_MAX_LABELS labels) revisits every label against all others. Cost is box-intersection area; sticking
 * out of the frame costs OUTSIDE_COST times more (it would shrink the whole graph). Best effort: dense views can
 * still overlap.
 */
function placeLabels(nodes: PreparedNode[], s: number, frame: Box): LabelSide[] {
  const sides: LabelSide[] = nodes.map(() => 'right');
  const circles: Box[] = nodes.map((n) => {
    const R = outerRadius(n, s);
    return { minX: n.x * s - R, maxX: n.x * s + R, minY: n.y * s - R, maxY: n.y * s + R };
  });
  // index region: the circles' box grown by the farthest any label spot can reach
  let reach = 0;
  const region: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  nodes.forEach((n, i) => {
    reach = Math.max(reach, n.labelWidth);
    region.minX = Math.min(region.minX, circles[i].minX);
    region.minY = Math.min(region.minY, circles[i].minY);
    region.maxX = Math.max(region.maxX, circles[i].maxX);
    region.maxY = Math.max(region.maxY, circles[i].maxY);
  });
  reach += 2 * LABEL_HALF_EM * LABEL_FONT + LABEL_GAP + HALO + 2;
  region.minX -= reach;
  region.minY -= reach;
  region.maxX += reach;
  region.maxY += reach;
  const circleGrid = new BoxGrid(region, GRID_CELL, nodes.length);
  circles.forEach((b, i) => circleGrid.insert(i, b));
  const labelGrid = new BoxGrid(region, GRID_CELL, nodes.length);
  const order = nodes
    .map((n, i) => i)
    .filter((i) => nodes[i].label)
    .sort((a, b) => Number(nodes[b].selected) - Number(nodes[a].selected) || nodes[b].r - nodes[a].r || a - b);
  const boxes: (Box | null)[] = nodes.map(() => null);
  const cost = (i: number, box: Box): number => {
    const area = (box.maxX - box.minX) * (box.maxY - box.minY);
    let c = OUTSIDE_COST * Math.max(0, area - overlapArea(box, frame));
    c += circleGrid.overlapSum(box, i, circles);
    c += labelGrid.overlapSum(box, i, boxes);
    return c;
  };
  const choose = (i: number): void => {
    const current = boxes[i];
    let best: LabelSide = sides[i];
    let bestCost = current ? cost(i, current) : Infinity;
    for (const side of SIDES) {
      if (bestCost === 0) break;
      const c = cost(i, labelSpot(nodes[i], side, s).box);
      if (c < bestCost) {
        best = side;
        bestCost = c;
      }
    }
    if (current && best === sides[i]) return;
    if (current) labelGrid.remove(i, current);
    sides[i] = best;
    boxes[i] = labelSpot(nodes[i], best, s).box;
    labelGrid.insert(i, boxes[i] as Box);
  };
  // pass 1: greedy in priority order against what is already placed; pass 2: revisit against everything
  // (skipped for very dense views, where it costs seconds and buys little)
  for (const i of order) choose(i);
  if (order.length <= SECOND_PASS_MAX_LABELS) for (const i of order) choose(i);
  return sides;
}

/** Above this many visible labels placement makes one pass only. */
const SECOND_PASS_MAX_LABELS = 600;
/** Cell size of the spatial index used by label placement, in output px. */
const GRID_CELL = 32;
/** Boxes spanning more cells than this go to an always-checked list instead of the grid. */
const GRID_MAX_CELLS = 4096;

/**
 * Uniform-grid index of boxes by id over a fixed region, so placement checks only nearby circles and labels
 * (near-linear instead of O(n^2)). Boxes reaching outside the region, or spanning too many cells, go to a list
 * that every query checks.
 */
class BoxGrid {
  private readonly cells: number[][];
  private readonly big: number[] = [];
  private readonly stamp: Uint32Array;
  private readonly cols: number;
  private readonly rows: number;
  private tick = 0;
  constructor(
    private readonly region: Box,
    private readonly size: number,
    capacity: number
  ) {
    const w = Math.max(0, region.maxX - region.minX);
    const h = Math.max(0, region.maxY - region.minY);
    let cell = size;
    while ((w / cell + 1) * (h / cell + 1) > 1 << 18) cell *= 2; // keep the table small for odd regions
    this.size = cell;
    this.cols = Math.floor(w / cell) + 1;
    this.rows = Math.floor(h / cell) + 1;
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
    this.stamp = new Uint32Array(capacity);
  }
  private range(b: Box): [number, number, number, number] | null {
    const x0 = Math.floor((b.minX - this.region.minX) / this.size);
    const x1 = Math.floor((b.maxX - this.region.minX) / this.size);
    const y0 = Math.floor((b.minY - this.region.minY) / this.size);
    const y1 = Math.floor((b.maxY - this.region.minY) / this.size);
    if (!(x0 >= 0 && y0 >= 0 && x1 < this.cols && y1 < this.rows)) return null;
    return (x1 - x0 + 1) * (y1 - y0 + 1) <= GRID_MAX_CELLS ? [x0, x1, y0, y1] : null;
  }
  insert(id: number, b: Box): void {
    const r = this.range(b);
    if (!r) {
      this.big.push(id);
      return;
    }
    for (let cy = r[2]; cy <= r[3]; cy++) for (let cx = r[0]; cx <= r[1]; cx++) this.cells[cy * this.cols + cx].push(id);
  }
  remove(id: number, b: Box): void {
    const r = this.range(b);
    if (!r) {
      const at = this.big.indexOf(id);
      if (at >= 0) this.big.splice(at, 1);
      return;
    }
    for (let cy = r[2]; cy <= r[3]; cy++)
      for (let cx = r[0]; cx <= r[1]; cx++) {
        const list = this.cells[cy * this.cols + cx];
        const at = list.indexOf(id);
        if (at >= 0) list.splice(at, 1);
      }
  }
  /**
   * Sum of the overlap areas of b with every stored box except `skip`, each counted once. Plain loops (no
   * callbacks): placement calls this up to 16 times per label per round.
   */
  overlapSum(b: Box, skip: number, boxOf: (Box | null)[]): number {
    this.tick = (this.tick + 1) >>> 0 || 1;
    const stamp = this.stamp;
    const tick = this.tick;
    let sum = 0;
    const visit = (list: number[]): void => {
      for (let k = 0; k < list.length; k++) {
        const id = list[k];
        if (id === skip || stamp[id] === tick) continue;
        stamp[id] = tick;
        const o = boxOf[id] as Box;
        const w = Math.min(b.maxX, o.maxX) - Math.max(b.minX, o.minX);
        if (w <= 0) continue;
        const h = Math.min(b.maxY, o.maxY) - Math.max(b.minY, o.minY);
        if (h > 0) sum += w * h;
      }
    };
    visit(this.big);
    const r = this.range(b);
    if (!r) {
      for (const list of this.cells) visit(list);
      return sum;
    }
    for (let cy = r[2]; cy <= r[3]; cy++) for (let cx = r[0]; cx <= r[1]; cx++) visit(this.cells[cy * this.cols + cx]);
    return sum;
  }
}

/**
 * Alternates placement and fitting until the scale changes by at most 1% (at most 4 rounds). The returned scale
 * is always the fit for the returned sides, so the result always fits.
 */
function layoutGraph(nodes: PreparedNode[], edges: PreparedEdge[], maxW: number, maxH: number): { s: number; sides: LabelSide[] } {
  let sides: LabelSide[] = nodes.map(() => 'right');
  let s = fitScale(nodes, edges, sides, maxW, maxH);
  for (let round = 0; round < 4; round++) {
    const b = contentBox(nodes, edges, sides, s);
    const cx = (b.minX + b.maxX) / 2;
    const cy = (b.minY + b.maxY) / 2;
    const frame: Box = { minX: cx - maxW / 2, maxX: cx + maxW / 2, minY: cy - maxH / 2, maxY: cy + maxH / 2 };
    const next = placeLabels(nodes, s, frame);
    const s2 = fitScale(nodes, edges, next, maxW, maxH);
    const settled = Math.abs(s2 - s) <= 0.01 * s;
    sides = next;
    s = s2;
    if (settled) break;
  }
  return { s, sides };
}

// ---------------------------------------------------------------------------------------------------------------
// text blocks
// ---------------------------------------------------------------------------------------------------------------

interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  height: number;
}

function block(text: string, maxWidth: number, fontSize: number, bold = false, lineHeightEm = 1.35): TextBlock {
  const lines = wrapText(text, maxWidth, fontSize, bold);
  const lineHeight = fontSize * lineHeightEm;
  // first baseline at 1.0 em below the top, last line's descent 0.3 em
  const height = lines.length ? (lines.length - 1) * lineHeight + fontSize * 1.3 : 0;
  return { lines, fontSize, lineHeight, height };
}

function renderBlock(b: TextBlock, x: number, top: number, attrs: string): string {
  if (!b.lines.length) return '';
  const spans = b.lines
    .map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(top + b.fontSize + i * b.lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${fmt(b.fontSize)}" ${attrs}>${spans}</text>`;
}

// ---------------------------------------------------------------------------------------------------------------
// legend
// ---------------------------------------------------------------------------------------------------------------

interface LegendLayout {
  width: number;
  height: number;
  render: (x: number, y: number) => string;
}

function layoutLegend(groups: ExportLegendGroup[]): LegendLayout | null {
  const clean = (groups ?? [])
    .filter((g) => g && (cleanInline(g.title) || (g.items ?? []).length))
    .map((g) => ({
      title: cleanInline(g.title),
      items: (g.items ?? [])
        .filter((it) => it)
        .map((it) => ({ color: safeColor(it.color), label: cleanInline(it.label), shape: it.shape === 'line' ? 'line' : 'circle' }))
    }));
  if (!clean.length) return null;

  let natural = LEGEND_MIN_WIDTH;
  for (const g of clean) {
    natural = Math.max(natural, textWidth(g.title, LEGEND_TITLE_FONT, true));
    for (const it of g.items) natural = Math.max(natural, SWATCH_WIDTH + SWATCH_GAP + textWidth(it.label, LEGEND_FONT));
  }
  const width = Math.ceil(Math.min(LEGEND_MAX_WIDTH, natural));
  const itemTextWidth = width - SWATCH_WIDTH - SWATCH_GAP;

  type Row =
    | { kind: 'title'; b: TextBlock; top: number }
    | { kind: 'item'; b: TextBlock; top: number; color: string; shape: string };
  const rows: Row[] = [];
  let y = 0;
  clean.forEach((g, gi) => {
    if (gi > 0) y += 18;
    if (g.title) {
      const b = block(g.title, width, LEGEND_TITLE_FONT, true);
      rows.push({ kind: 'title', b, top: y });
      y += b.height + 6;
    }
    for (const it of g.items) {
      const b = block(it.label || ' ', itemTextWidth, LEGEND_FONT);
      const h = Math.max(b.height, LEGEND_FONT * 1.3);
      rows.push({ kind: 'item', b, top: y, color: it.color, shape: it.shape });
      y += h + 5;
    }
  });
  const height = y;

  const render = (x: number, top: number): string => {
    const parts: string[] = [];
    for (const row of rows) {
      const t = top + row.top;
      if (row.kind === 'title') {
        parts.push(renderBlock(row.b, x, t, `font-weight="700" fill="${TEXT_COLOR}"`));
        continue;
      }
      // swatch centred on the first line of the item text
      const cy = t + row.b.fontSize * 0.65;
      if (row.shape === 'line') {
        parts.push(
          `<line x1="${fmt(x + 1)}" y1="${fmt(cy)}" x2="${fmt(x + SWATCH_WIDTH - 1)}" y2="${fmt(cy)}" stroke="${row.color}" stroke-width="3" stroke-linecap="round"/>`
        );
      } else {
        parts.push(
          `<circle cx="${fmt(x + SWATCH_WIDTH / 2)}" cy="${fmt(cy)}" r="6.5" fill="${row.color}" stroke="#ffffff" stroke-width="1"/>`
        );
      }
      parts.push(renderBlock(row.b, x + SWATCH_WIDTH + SWATCH_GAP, t, `fill="${TEXT_COLOR}"`));
    }
    return `<g class="legend">${parts.join('')}</g>`;
  };
  return { width, height, render };
}

// ---------------------------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------------------------

/**
 * Renders the scene as a standalone SVG 1.1 document (string, starting with an XML declaration).
 * See the header comment for the layout rules.
 */
export function sceneToSvg(scene: ExportScene, options: SceneToSvgOptions = {}): string {
  const pad = finite(options.padding) ? clamp(options.padding, 0, 400) : DEFAULT_PADDING;
  const fontFamily = safeFontFamily(options.fontFamily);
  const nodes = prepareNodes(scene.nodes);
  const edges = prepareEdges(scene.edges);
  const legend = layoutLegend(scene.legend);

  const title = cleanInline(scene.title);
  const subtitle = cleanInline(scene.subtitle ?? '');
  const caption = stripCaption(scene.caption);

  // graph layout first: its width decides the figure width
  const vw = finite(scene.width) && scene.width > 0 ? scene.width : 4;
  const vh = finite(scene.height) && scene.height > 0 ? scene.height : 3;
  const maxGraphHeight = GRAPH_WIDTH * clamp(vh / vw, 0.5, 1.25);
  const fitted = nodes.length ? layoutGraph(nodes, edges, GRAPH_WIDTH, maxGraphHeight) : null;
  const box = fitted ? contentBox(nodes, edges, fitted.sides, fitted.s) : null;
  const contentW = box ? box.maxX - box.minX : GRAPH_WIDTH;
  const contentH = box ? box.maxY - box.minY : EMPTY_GRAPH_HEIGHT;
  const graphWidth = Math.ceil(clamp(contentW, MIN_GRAPH_WIDTH, GRAPH_WIDTH));

  const innerWidth = graphWidth + (legend ? LEGEND_GAP + legend.width : 0);
  const width = Math.ceil(pad * 2 + innerWidth);

  // header
  const titleBlock = block(title, innerWidth, TITLE_FONT, true, 1.25);
  const subtitleBlock = block(subtitle, innerWidth, SUBTITLE_FONT);
  let y = pad;
  const titleTop = y;
  if (titleBlock.lines.length) y += titleBlock.height;
  const subtitleTop = y + (titleBlock.lines.length && subtitleBlock.lines.length ? 4 : 0);
  if (subtitleBlock.lines.length) y = subtitleTop + subtitleBlock.height;
  if (titleBlock.lines.length || subtitleBlock.lines.length) y += 20;
  const bodyTop = y;

  // graph
  const graphParts: string[] = [];
  let graphHeight: number;
  if (!fitted || !box) {
    graphHeight = EMPTY_GRAPH_HEIGHT;
    graphParts.push(
      `<rect x="${fmt(pad)}" y="${fmt(bodyTop)}" width="${fmt(graphWidth)}" height="${fmt(graphHeight)}" fill="none" stroke="#cccccc" stroke-width="1" stroke-dasharray="6 4"/>`,
      `<text x="${fmt(pad + graphWidth / 2)}" y="${fmt(bodyTop + graphHeight / 2 + 0.35 * SUBTITLE_FONT)}" font-size="${SUBTITLE_FONT}" text-anchor="middle" fill="${MUTED_COLOR}">${escapeXml(EMPTY_NOTE)}</text>`
    );
  } else {
    const { s, sides } = fitted;
    graphHeight = Math.max(MIN_GRAPH_HEIGHT, contentH);
    const ox = pad + (graphWidth - contentW) / 2 - box.minX;
    const oy = bodyTop + (graphHeight - contentH) / 2 - box.minY;
    const X = (v: number): string => fmt(ox + v * s);
    const Y = (v: number): string => fmt(oy + v * s);

    graphParts.push(
      `<g class="edges" fill="none" stroke-linecap="round">` +
        edges
          .map(
            (e) =>
              `<line x1="${X(e.x1)}" y1="${Y(e.y1)}" x2="${X(e.x2)}" y2="${Y(e.y2)}" stroke="${e.color}" stroke-width="${fmt(edgeWidth(e, s))}" stroke-opacity="${fmt(e.opacity)}"/>`
          )
          .join('') +
        `</g>`
    );
    // selected nodes drawn last so their ring is on top
    const ordered = [...nodes.filter((n) => !n.selected), ...nodes.filter((n) => n.selected)];
    graphParts.push(
      `<g class="nodes">` +
        ordered
          .map((n) => {
            const r = nodeRadius(n, s);
            const stroke = n.selected
              ? `stroke="${TEXT_COLOR}" stroke-width="${SELECTED_RING}"`
              : `stroke="#ffffff" stroke-width="${NODE_OUTLINE}"`;
            return `<circle cx="${X(n.x)}" cy="${Y(n.y)}" r="${fmt(r)}" fill="${n.fill}" ${stroke}/>`;
          })
          .join('') +
        `</g>`
    );
    const labelled = nodes.map((n, i) => ({ n, spot: labelSpot(n, sides[i], s) })).filter((l) => l.n.label);
    labelled.sort((a, b) => Number(a.n.selected) - Number(b.n.selected));
    graphParts.push(
      `<g class="labels" font-size="${LABEL_FONT}" fill="${TEXT_COLOR}" stroke="#ffffff" stroke-width="${HALO}" stroke-linejoin="round" paint-order="stroke">` +
        labelled
          .map(({ n, spot }) => {
            const weight = n.selected ? ' font-weight="700"' : '';
            const anchor = spot.anchor === 'start' ? '' : ` text-anchor="${spot.anchor}"`;
            return `<text x="${fmt(ox + spot.x)}" y="${fmt(oy + spot.y)}"${anchor}${weight}>${escapeXml(n.label)}</text>`;
          })
          .join('') +
        `</g>`
    );
  }

  const bodyHeight = Math.max(graphHeight, legend ? legend.height : 0);
  const legendSvg = legend ? legend.render(pad + graphWidth + LEGEND_GAP, bodyTop) : '';

  // caption
  const captionBlock = block(caption, innerWidth, CAPTION_FONT, false, 1.45);
  const captionTop = bodyTop + bodyHeight + 20;
  const height = Math.ceil(captionBlock.lines.length ? captionTop + captionBlock.height + pad : bodyTop + bodyHeight + pad);

  // accessibility text
  const labelledCount = nodes.filter((n) => n.label).length;
  const descParts = [
    subtitle,
    nodes.length
      ? `Concept graph: ${nodes.length} concept${nodes.length === 1 ? '' : 's'} (${labelledCount} labelled), ${edges.length} link${edges.length === 1 ? '' : 's'}.`
      : `${EMPTY_NOTE}.`,
    caption.replace(/\n/g, ' ')
  ].filter(Boolean);

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="no"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tg-export-title tg-export-desc" font-family="${escapeXml(fontFamily.replace(/"/g, "'")).replace(/&#39;/g, "'")}">`
  );
  out.push(`<title id="tg-export-title">${escapeXml(title || 'Concept graph')}</title>`);
  out.push(`<desc id="tg-export-desc">${escapeXml(descParts.join(' '))}</desc>`);
  if (scene.background !== 'transparent') {
    out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  }
  const header =
    renderBlock(titleBlock, pad, titleTop, `font-weight="700" fill="${TEXT_COLOR}"`) +
    renderBlock(subtitleBlock, pad, subtitleTop, `fill="${MUTED_COLOR}"`);
  if (header) out.push(`<g class="header">${header}</g>`);
  out.push(`<g class="graph">${graphParts.join('')}</g>`);
  if (legendSvg) out.push(legendSvg);
  const captionSvg = renderBlock(captionBlock, pad, captionTop, `fill="${MUTED_COLOR}"`);
  if (captionSvg) out.push(`<g class="caption">${captionSvg}</g>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Caption: controls removed, line breaks kept, other whitespace collapsed per line. */
function stripCaption(c: string): string {
  return String(c ?? '')
    .split(/\r\n?|\n/)
    .map((l) => cleanInline(l))
    .filter(Boolean)
    .join('\n');
}
