/**
 * Small geometry of the view, shared by the SVG and Canvas layers: rounding for attributes, the nearest edge to a
 * point (hit tolerance around thin edges), the transform that moves an already drawn picture from one zoom
 * transform to another during a gesture, and which events may start a node drag. Pure functions; no DOM.
 */
import type { Transform } from './scales';

/** Rounds for an SVG attribute (0.1 px by default): shorter HTML, fewer attribute changes. */
export function px(v: number, f = 10): number {
  return Math.round(v * f) / f;
}

/**
 * The same as a string. Attribute values must be strings: hydration compares the server's attribute text with
 * the client's value, and a number never equals its text, so every numeric attribute would be written again.
 */
export function pxs(v: number, f = 10): string {
  return String(Math.round(v * f) / f);
}

export interface Segment {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Squared distance from (x, y) to the segment. */
export function segmentDistance2(s: Omit<Segment, 'key'>, x: number, y: number): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((x - s.x1) * dx + (y - s.y1) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = s.x1 + t * dx - x;
  const ey = s.y1 + t * dy - y;
  return ex * ex + ey * ey;
}

/** Key of the segment nearest to (x, y) within `tolerance`, or null. Later segments win ties (drawn on top). */
export function nearestEdge(segments: Iterable<Segment>, x: number, y: number, tolerance: number): string | null {
  let best: string | null = null;
  let bestD = tolerance * tolerance;
  for (const s of segments) {
    const d = segmentDistance2(s, x, y);
    if (d <= bestD) {
      bestD = d;
      best = s.key;
    }
  }
  return best;
}

/**
 * Which events may start a node drag (d3-drag's filter): the main mouse or pen button without Ctrl, as d3's default,
 * but no touch. On a touch screen a finger on a node pans the view, and two fingers pinch even when one lands on a
 * node (d3-drag would claim that finger and the zoom would see one touch); a tap still selects.
 */
export function nodeDragFilter(ev: { type: string; button?: number; ctrlKey?: boolean }): boolean {
  return ev.type !== 'touchstart' && !ev.ctrlKey && !ev.button;
}

/**
 * The transform (as `translate(tx, ty) scale(s)`) that maps a picture drawn under `drawn` onto where it belongs
 * under `live`: screen = s * screenDrawn + t.
 */
export function gestureTransform(drawn: Transform, live: Transform): { s: number; tx: number; ty: number } {
  const s = live.k / drawn.k;
  return { s, tx: live.x - drawn.x * s, ty: live.y - drawn.y * s };
}
