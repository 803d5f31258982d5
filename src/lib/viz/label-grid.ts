/**
 * Collision-free label placement for large graphs (the Canvas view): labels are tried in order of importance, each
 * at four positions around its node (right, left, below, above), and kept at the first position that overlaps no
 * label already kept and stays inside the viewport. A uniform grid of cells over the screen holds the kept boxes,
 * so each test looks at a few cells instead of every label: linear in the number of candidates, so thousands of
 * nodes are placed in a few milliseconds. Zooming in spreads the nodes apart and more labels fit.
 *
 * Pure: screen coordinates in, boxes out; no DOM, no graph model.
 */

export interface GridBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A grid of kept boxes for overlap queries (cells keyed by row * 65536 + column; coordinates may go negative). */
export class BoxGrid {
  private cells = new Map<number, number[]>();
  readonly boxes: GridBox[] = [];

  constructor(private readonly cell = 48) {}

  private key(c: number, r: number): number {
    return (r + 1024) * 65536 + (c + 1024);
  }

  /** Whether `b` (grown by `pad` on each side) overlaps a kept box. */
  hits(b: GridBox, pad = 0): boolean {
    const x0 = b.x0 - pad;
    const y0 = b.y0 - pad;
    const x1 = b.x1 + pad;
    const y1 = b.y1 + pad;
    const c0 = Math.floor(x0 / this.cell);
    const c1 = Math.floor(x1 / this.cell);
    const r0 = Math.floor(y0 / this.cell);
    const r1 = Math.floor(y1 / this.cell);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const list = this.cells.get(this.key(c, r));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const o = this.boxes[list[k]];
          if (x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1) return true;
        }
      }
    return false;
  }

  add(b: GridBox): void {
    const id = this.boxes.length;
    this.boxes.push(b);
    const c0 = Math.floor(b.x0 / this.cell);
    const c1 = Math.floor(b.x1 / this.cell);
    const r0 = Math.floor(b.y0 / this.cell);
    const r1 = Math.floor(b.y1 / this.cell);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const k = this.key(c, r);
        const list = this.cells.get(k);
        if (list) list.push(id);
        else this.cells.set(k, [id]);
      }
  }
}

export interface GridLabelRequest {
  /** Index of the node (returned in the placement). */
  index: number;
  /** Node centre and radius, screen px. */
  x: number;
  y: number;
  r: number;
  /** Label block size, px. */
  w: number;
  h: number;
}

export interface GridPlacement {
  index: number;
  /** Text anchor x and the box's top. */
  anchor: 'start' | 'end' | 'middle';
  x: number;
  top: number;
  box: GridBox;
}

export interface GridPlacementOptions {
  width: number;
  height: number;
  /** Gap between node rim and label. Default 3. */
  gap?: number;
  /** Padding kept between labels. Default 2. */
  pad?: number;
  /** Stop after this many labels. Default: no limit. */
  max?: number;
  /** Boxes already taken (e.g. the labels of a highlighted neighbourhood). */
  grid?: BoxGrid;
  /** Place these even when every position overlaps (at their first position inside the viewport). */
  force?: (index: number) => boolean;
}

/**
 * Places labels in the given order (most important first). Returns the kept labels; a node whose every position
 * overlaps an earlier label or leaves the viewport gets none.
 */
export function placeGridLabels(requests: Iterable<GridLabelRequest>, opts: GridPlacementOptions): GridPlacement[] {
  const gap = opts.gap ?? 3;
  const pad = opts.pad ?? 2;
  const grid = opts.grid ?? new BoxGrid();
  const out: GridPlacement[] = [];
  const max = opts.max ?? Infinity;
  const W = opts.width - 1;
  const H = opts.height - 1;
  const box: GridBox = { x0: 0, y0: 0, x1: 0, y1: 0 };
  // candidate k of a request: 0 right, 1 left, 2 below, 3 above
  const set = (q: GridLabelRequest, k: number) => {
    const right = q.x + q.r + gap;
    const left = q.x - q.r - gap;
    if (k === 0) (box.x0 = right), (box.x1 = right + q.w), (box.y0 = q.y - q.h / 2), (box.y1 = q.y + q.h / 2);
    else if (k === 1) (box.x0 = left - q.w), (box.x1 = left), (box.y0 = q.y - q.h / 2), (box.y1 = q.y + q.h / 2);
    else if (k === 2) (box.x0 = q.x - q.w / 2), (box.x1 = q.x + q.w / 2), (box.y0 = q.y + q.r + gap), (box.y1 = q.y + q.r + gap + q.h);
    else (box.x0 = q.x - q.w / 2), (box.x1 = q.x + q.w / 2), (box.y0 = q.y - q.r - gap - q.h), (box.y1 = q.y - q.r - gap);
    return box.x0 >= 1 && box.y0 >= 1 && box.x1 <= W && box.y1 <= H;
  };
  for (const q of requests) {
    if (out.length >= max) break;
    if (q.w <= 0 || q.x < 0 || q.y < 0 || q.x > opts.width || q.y > opts.height) continue;
    let chosen = -1;
    for (let k = 0; k < 4; k++) {
      if (set(q, k) && !grid.hits(box, pad)) {
        chosen = k;
        break;
      }
    }
    if (chosen < 0 && opts.force?.(q.index)) {
      chosen = 0;
      for (let k = 0; k < 4; k++)
        if (set(q, k)) {
          chosen = k;
          break;
        }
    }
    if (chosen < 0) continue;
    set(q, chosen);
    const b = { ...box };
    grid.add(b);
    const anchor = chosen === 0 ? 'start' : chosen === 1 ? 'end' : 'middle';
    out.push({ index: q.index, anchor, x: chosen === 0 ? b.x0 : chosen === 1 ? b.x1 : q.x, top: b.y0, box: b });
  }
  return out;
}

/** Whether any two boxes overlap by more than `slack` px in both directions (for tests and the bench). */
export function anyOverlap(boxes: readonly GridBox[], slack = 0.5): boolean {
  const g = new BoxGrid();
  for (const b of boxes) {
    const shrunk = { x0: b.x0 + slack, y0: b.y0 + slack, x1: b.x1 - slack, y1: b.y1 - slack };
    if (g.hits(shrunk)) return true;
    g.add(b);
  }
  return false;
}
