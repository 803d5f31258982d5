/**
 * Axis-aligned boxes and the one spatial index of them: a uniform grid of cells (a hash map, so coordinates may be
 * negative or far apart), each listing the boxes that touch it. Label placement asks "does this box overlap a kept
 * label?" and "which node circles are near?"; each question looks at a few cells instead of every box, so placing n
 * labels is linear in n. A box spanning more than MAX_CELLS cells is kept in a short list checked by every query.
 * Pure data structure: no DOM, no graph.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Area of the intersection of two boxes (0 when they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A box grown by `pad` on every side. */
export function grow(b: Box, pad: number): Box {
  return { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
}

const MAX_CELLS = 1024;

export class BoxGrid {
  /** The boxes in the order they were added (a box's id is its index). */
  readonly boxes: Box[] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly big: number[] = [];
  private stamp = new Uint32Array(64);
  private tick = 0;

  /** `cell`: side of a grid cell in px (about the size of a short label). */
  constructor(readonly cell = 48) {}

  private key(c: number, r: number): number {
    return (r + 1024) * 65536 + (c + 1024);
  }

  /** Adds a box; returns its id. */
  add(b: Box): number {
    const id = this.boxes.length;
    this.boxes.push(b);
    const c0 = Math.floor(b.x0 / this.cell);
    const c1 = Math.floor(b.x1 / this.cell);
    const r0 = Math.floor(b.y0 / this.cell);
    const r1 = Math.floor(b.y1 / this.cell);
    if (!((c1 - c0 + 1) * (r1 - r0 + 1) <= MAX_CELLS)) {
      this.big.push(id); // huge or not finite
      return id;
    }
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const k = this.key(c, r);
        const list = this.cells.get(k);
        if (list) list.push(id);
        else this.cells.set(k, [id]);
      }
    return id;
  }

  /** Whether `b`, grown by `pad` on each side, overlaps a kept box. Stops at the first hit. */
  hits(b: Box, pad = 0): boolean {
    const x0 = b.x0 - pad;
    const y0 = b.y0 - pad;
    const x1 = b.x1 + pad;
    const y1 = b.y1 + pad;
    const boxes = this.boxes;
    for (let k = 0; k < this.big.length; k++) {
      const o = boxes[this.big[k]];
      if (x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1) return true;
    }
    const c0 = Math.floor(x0 / this.cell);
    const c1 = Math.floor(x1 / this.cell);
    const r0 = Math.floor(y0 / this.cell);
    const r1 = Math.floor(y1 / this.cell);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const list = this.cells.get(this.key(c, r));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const o = boxes[list[k]];
          if (x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1) return true;
        }
      }
    return false;
  }

  /**
   * Calls `visit` with the id of every kept box that overlaps `b`, each once, until it returns true; returns
   * whether it did. The one walk over the cells behind `near`, `overlapSum` and early-exit questions.
   */
  some(b: Box, visit: (id: number) => boolean | void): boolean {
    if (this.stamp.length < this.boxes.length) {
      const s = new Uint32Array(Math.max(this.boxes.length, 2 * this.stamp.length));
      s.set(this.stamp);
      this.stamp = s;
    }
    const tick = (this.tick = (this.tick + 1) >>> 0 || 1);
    const stamp = this.stamp;
    const boxes = this.boxes;
    const scan = (list: readonly number[]): boolean => {
      for (let k = 0; k < list.length; k++) {
        const id = list[k];
        if (stamp[id] === tick) continue;
        stamp[id] = tick;
        const o = boxes[id];
        if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1 && visit(id)) return true;
      }
      return false;
    };
    if (scan(this.big)) return true;
    const c0 = Math.floor(b.x0 / this.cell);
    const c1 = Math.floor(b.x1 / this.cell);
    const r0 = Math.floor(b.y0 / this.cell);
    const r1 = Math.floor(b.y1 / this.cell);
    if (!((c1 - c0 + 1) * (r1 - r0 + 1) <= MAX_CELLS)) {
      for (const list of this.cells.values()) if (scan(list)) return true;
      return false;
    }
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const list = this.cells.get(this.key(c, r));
        if (list && scan(list)) return true;
      }
    return false;
  }

  /** Ids of the kept boxes that overlap `b` grown by `pad`, each once, appended to `out` (cleared first). */
  near(b: Box, out: number[], pad = 0): number[] {
    out.length = 0;
    this.some(pad ? grow(b, pad) : b, (id) => void out.push(id));
    return out;
  }

  /** Sum of the areas where `b` (grown by `pad`) overlaps kept boxes. */
  overlapSum(b: Box, pad = 0): number {
    const q = pad ? grow(b, pad) : b;
    let sum = 0;
    for (const id of this.near(q, scratch)) sum += overlapArea(q, this.boxes[id]);
    return sum;
  }
}

const scratch: number[] = [];

/** Whether any two boxes overlap by more than `slack` px in both directions (for tests and the bench). */
export function anyOverlap(boxes: readonly Box[], slack = 0.5): boolean {
  const g = new BoxGrid();
  for (const b of boxes) {
    if (g.hits({ x0: b.x0 + slack, y0: b.y0 + slack, x1: b.x1 - slack, y1: b.y1 - slack })) return true;
    g.add(b);
  }
  return false;
}
