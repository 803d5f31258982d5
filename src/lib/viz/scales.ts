/**
 * Scales of the view: node radius (sqrt of the size measure), edge width and opacity (by the edge measure), and
 * the zoom-to-fit transform. Pure functions, table-tested; no DOM.
 */
import type { EdgeMeasure } from './measures';

export interface RadiusScale {
  (v: number): number;
  domain: [number, number];
}

/** Area-proportional radius between rMin and rMax for values in [min, max] of the data. */
export function radiusScale(values: readonly number[], rMin = 5, rMax = 22): RadiusScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = finite.length ? Math.max(0, Math.min(...finite)) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const f = ((v: number) => {
    if (!(hi > lo)) return (rMin + rMax) / 2;
    const t = (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo);
    return rMin + (rMax - rMin) * Math.sqrt(t);
  }) as RadiusScale;
  f.domain = [lo, hi];
  return f;
}

export interface EdgeStyle {
  width: number;
  opacity: number;
}

/**
 * Width and opacity of an edge from its measure value. Counts scale by sqrt to the maximum; Jaccard linearly in
 * 0..1; NPMI maps 0..1 to the width range and draws negative associations thin and faint.
 */
export function edgeStyleScale(values: readonly number[], measure: EdgeMeasure, wMin = 0.6, wMax = 7): (v: number) => EdgeStyle {
  const hi = values.length ? Math.max(...values) : 1;
  return (v: number) => {
    let t: number;
    if (measure === 'count') t = hi > 1 ? Math.sqrt((v - 1) / (hi - 1)) : 0.5;
    else if (measure === 'jaccard') t = hi > 0 ? v / hi : 0;
    else t = Math.max(0, v);
    t = Math.max(0, Math.min(1, t));
    return { width: wMin + (wMax - wMin) * t, opacity: 0.1 + 0.55 * t * t };
  };
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boundsOf(points: Iterable<{ x: number; y: number }>): Bounds | null {
  let b: Bounds | null = null;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    if (!b) b = { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
    else {
      b.x0 = Math.min(b.x0, p.x);
      b.y0 = Math.min(b.y0, p.y);
      b.x1 = Math.max(b.x1, p.x);
      b.y1 = Math.max(b.y1, p.y);
    }
  }
  return b;
}

/**
 * Transform (screen = graph * k + offset) that fits the bounds into a width x height viewport with padding (in
 * screen pixels, per side: the room for node radii and labels). Degenerate bounds are centred at k = 1.
 */
export function fitTransform(b: Bounds | null, width: number, height: number, pad: { x: number; y: number } = { x: 60, y: 40 }): Transform {
  if (!b) return { k: 1, x: width / 2, y: height / 2 };
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  const availW = Math.max(10, width - 2 * pad.x);
  const availH = Math.max(10, height - 2 * pad.y);
  let k = Math.min(w > 0 ? availW / w : Infinity, h > 0 ? availH / h : Infinity);
  if (!Number.isFinite(k)) k = 1;
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** Transform that keeps the scale k and puts the graph point (gx, gy) at the centre of the viewport. */
export function centreOn(gx: number, gy: number, k: number, width: number, height: number): Transform {
  return { k, x: width / 2 - gx * k, y: height / 2 - gy * k };
}
