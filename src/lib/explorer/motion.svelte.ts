/**
 * Motion: where the nodes are (layout positions, pinned nodes) and how they move. After a filter change the layout
 * worker (src/lib/engine/layout-client) computes the settled layout from the current positions and the nodes tween
 * there (700 ms; they jump with reduced motion); a dragged node follows the pointer while the worker moves the
 * others (in a large graph only its neighbours: the worker simulates that neighbourhood against its fixed
 * surroundings, so a drag costs the same at 500 or 20,000 concepts); a double-click unpins. Worker ticks and pointer moves are applied together, once per animation frame.
 * A newer relayout or drag supersedes an older answer (generation counter). Runes; the worker and the frame clock
 * can be replaced (tests run without either).
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { isLargeGraph } from '$lib/viz/renderer';
import type { LayoutLinkInput, LayoutNodeInput, LayoutSettings, Positions } from '$lib/core/layout/simulation';
import { layoutLinksFor, layoutNodesFor } from '$lib/core/layout/recipe';
import { LayoutClient } from '$lib/engine/layout-client';
import { labelLines, textWidth } from '$lib/viz/labels';
import { nodeValue, type LabelLanguage, type NodeSize } from '$lib/viz/measures';
import type { Transform } from '$lib/viz/scales';
import { LABEL_SIZE, type Camera } from './camera.svelte';

/** The layout worker's client, as Motion uses it. */
export type LayoutPort = Pick<LayoutClient, 'live' | 'has' | 'settle' | 'start' | 'reheat' | 'pin' | 'release' | 'destroy'> & {
  init(nodes: LayoutNodeInput[], links: LayoutLinkInput[], settings: Partial<LayoutSettings>, live: boolean): LayoutPort;
};

/** requestAnimationFrame and friends; null where there are none (the server, tests): then everything is at once. */
export interface FrameClock {
  request(cb: (now: number) => void): number;
  cancel(id: number): void;
  now(): number;
}

const browserClock = (): FrameClock | null =>
  typeof requestAnimationFrame === 'undefined'
    ? null
    : { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id), now: () => performance.now() };

/** What the layout is computed from. */
export interface MotionSource {
  /** The nodes and edges on screen. */
  readonly graph: SerializedConceptGraph;
  readonly lang: LabelLanguage;
  readonly size: NodeSize;
  /** Screen radius by the size measure's value. */
  readonly radius: (v: number) => number;
  readonly seed: number;
  /** Re-fitted along a relayout (unless the user moved it); turns pointer positions into graph positions. */
  readonly camera: Camera;
}

export const TWEEN_MS = 700;
/** A local drag moves at most this many of the dragged node's neighbours (the most strongly linked ones). */
export const LOCAL_DRAG_NEIGHBOURS = 200;

const easeInOutCubic = (u: number) => (u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2);

/** Per graph: each node's links in CSR form (edge indices of node i: edges[off[i] .. off[i + 1])), for local drags. */
interface Neighbourhoods {
  index: Map<string, number>;
  off: Uint32Array;
  edges: Uint32Array;
  maxWeight: number;
}
const neighbourhoods = new WeakMap<SerializedConceptGraph, Neighbourhoods>();
function neighbourhoodsOf(g: SerializedConceptGraph): Neighbourhoods {
  let nb = neighbourhoods.get(g);
  if (nb) return nb;
  const index = new Map<string, number>();
  g.nodes.forEach((n, i) => index.set(n.key, i));
  const n = g.nodes.length;
  const ends = new Int32Array(g.edges.length * 2).fill(-1);
  const off = new Uint32Array(n + 1);
  let maxWeight = 1;
  g.edges.forEach((e, k) => {
    const s = index.get(e.source) ?? -1;
    const t = index.get(e.target) ?? -1;
    ends[2 * k] = s;
    ends[2 * k + 1] = t;
    if (s >= 0) off[s + 1]++;
    if (t >= 0) off[t + 1]++;
    if (e.attributes.weight > maxWeight) maxWeight = e.attributes.weight;
  });
  for (let i = 0; i < n; i++) off[i + 1] += off[i];
  const fill = off.slice(0, n);
  const edges = new Uint32Array(off[n]);
  for (let k = 0; k < g.edges.length; k++) {
    if (ends[2 * k] >= 0) edges[fill[ends[2 * k]]++] = k;
    if (ends[2 * k + 1] >= 0) edges[fill[ends[2 * k + 1]]++] = k;
  }
  nb = { index, off, edges, maxWeight };
  neighbourhoods.set(g, nb);
  return nb;
}

export class Motion {
  private pos = $state.raw<Positions>(new Map());
  /** Bumped when a local drag moves nodes in place (copying 20,000 positions a frame was most of a drag's garbage). */
  private moved = $state(0);
  get positions(): Positions {
    void this.moved;
    return this.pos;
  }
  set positions(p: Positions) {
    this.pos = p;
  }
  pinned = $state.raw<ReadonlySet<string>>(new Set());
  /** A relayout is on its way (asked of the worker, or tweening): the page says so as data-moving. */
  moving = $state(false);
  reducedMotion = false;

  private readonly source: () => MotionSource;
  private readonly newLayout: (onTick: (p: Positions) => void) => LayoutPort;
  private readonly clock: FrameClock | null;
  private readonly localDrag: (g: SerializedConceptGraph) => boolean;
  /** The live layout holds only a dragged node's neighbourhood (its node, for the next drag's check). */
  private local: string | null = null;
  private layout: LayoutPort | null = null;
  private tween: number | null = null;
  /** Bumped by every relayout and drag: a settle that answers after a newer one started is dropped. */
  private gen = 0;
  /** The node under the pointer while dragging (its position follows the pointer, not the worker). */
  private dragging: { id: string; x: number; y: number } | null = null;
  private pendingTick: Positions | null = null;
  private frame: number | null = null;

  constructor(
    base: SerializedConceptGraph,
    source: () => MotionSource,
    opts: {
      layout?: (onTick: (p: Positions) => void) => LayoutPort;
      clock?: FrameClock | null;
      /** Whether a drag in this graph moves only the neighbourhood (default: large graphs, as the Canvas view draws). */
      localDrag?: (g: SerializedConceptGraph) => boolean;
    } = {}
  ) {
    this.source = source;
    this.localDrag = opts.localDrag ?? ((g) => isLargeGraph({ nodes: g.nodes.length, edges: g.edges.length }));
    this.newLayout = opts.layout ?? ((onTick) => new LayoutClient(onTick));
    this.clock = opts.clock === undefined ? browserClock() : opts.clock;
    this.positions = new Map(base.nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y }]));
  }

  private stopTween(): void {
    if (this.tween !== null) this.clock?.cancel(this.tween);
    this.tween = null;
  }

  /** Applies the latest worker tick and the dragged node's position, once per frame. */
  private schedule(): void {
    if (this.frame !== null) return;
    const apply = () => {
      this.frame = null;
      const tick = this.pendingTick;
      const drag = this.dragging;
      this.pendingTick = null;
      if (!tick && !drag) return;
      // a local drag moves a few nodes of a large graph: in place; anything else: a new map
      const next = this.local !== null ? this.pos : new Map(this.pos);
      if (tick) for (const [id, p] of tick) next.set(id, p);
      if (drag) next.set(drag.id, { x: drag.x, y: drag.y });
      if (next === this.pos) this.moved++;
      else this.positions = next;
    };
    if (!this.clock) apply();
    else this.frame = this.clock.request(apply);
  }

  /** A node of the view as the layout reads it: where it is now, its radius, its label's width, whether pinned. */
  private drawnNode(src: MotionSource, n: SerializedConceptGraph['nodes'][number], pinned = this.pinned.has(n.key)) {
    const p = this.positions.get(n.key) ?? { x: n.attributes.x, y: n.attributes.y };
    const radius = src.radius(nodeValue(n.attributes, src.size));
    const labelWidth = Math.max(...labelLines(n.attributes.label, src.lang, LABEL_SIZE).map((l) => textWidth(l.text, l.size)));
    return { id: n.key, x: p.x, y: p.y, radius, labelWidth, pinned };
  }

  private port(): LayoutPort {
    return (this.layout ??= this.newLayout((p) => {
      this.pendingTick = p;
      this.schedule();
    }));
  }

  /** The layout of the nodes on screen, from their current positions (pinned ones fixed), by the force recipe. */
  private ensureLayout(live: boolean): LayoutPort {
    const src = this.source();
    this.local = null;
    const nodes = layoutNodesFor(src.graph.nodes.map((n) => this.drawnNode(src, n)));
    const links = layoutLinksFor(src.graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.attributes.weight })));
    return this.port().init(nodes, links, { seed: src.seed }, live);
  }

  /**
   * A live layout of the dragged node's neighbourhood: the node and its neighbours (the most strongly linked
   * LOCAL_DRAG_NEIGHBOURS) move; their other neighbours hold them in place, fixed where they are; no pull to the
   * centre (the fixed nodes hold the picture). Links keep the whole view's strengths.
   */
  private localLayout(id: string): LayoutPort {
    const src = this.source();
    const g = src.graph;
    const nb = neighbourhoodsOf(g);
    const linksOf = (key: string) => {
      const i = nb.index.get(key);
      return i === undefined ? [] : Array.from(nb.edges.subarray(nb.off[i], nb.off[i + 1]), (k) => g.edges[k]);
    };
    const other = (e: SerializedConceptGraph['edges'][number], key: string) => (e.source === key ? e.target : e.source);
    const around = linksOf(id).sort((a, b) => b.attributes.weight - a.attributes.weight || (other(a, id) < other(b, id) ? -1 : other(a, id) > other(b, id) ? 1 : 0));
    const free = new Set([id, ...around.slice(0, LOCAL_DRAG_NEIGHBOURS).map((e) => other(e, id))]);
    const fixed = new Set<string>();
    const edges = new Set<SerializedConceptGraph['edges'][number]>();
    for (const f of free)
      for (const e of linksOf(f)) {
        edges.add(e);
        const o = other(e, f);
        if (!free.has(o)) fixed.add(o);
      }
    const nodes = [...free, ...fixed].map((key) => this.drawnNode(src, g.nodes[nb.index.get(key)!], fixed.has(key) || this.pinned.has(key)));
    const links = [...edges].map((e) => ({ source: e.source, target: e.target, strength: e.attributes.weight / nb.maxWeight }));
    const port = this.port().init(layoutNodesFor(nodes), links, { seed: src.seed, gravity: 0 }, true);
    this.local = id;
    return port;
  }

  private liveLayout(id: string): LayoutPort {
    if (this.localDrag(this.source().graph)) return this.layout && this.layout.live && this.local === id ? this.layout : this.localLayout(id);
    return this.layout && this.layout.live && this.local === null && this.layout.has(id) ? this.layout : this.ensureLayout(true);
  }

  /**
   * The view changed: the worker computes the settled layout from the current positions, then the nodes move
   * there gently (and the view re-fits unless the user zoomed). Reduced motion or `instant`: they jump. Until the
   * answer comes the view shows the new graph at the old positions.
   */
  relayout(instant = this.reducedMotion): void {
    this.stopTween();
    const gen = ++this.gen;
    this.moving = true;
    const done = () => {
      if (gen === this.gen) this.moving = false;
    };
    // after the next frame: the filtered graph is drawn first (at the old positions), then the layout input is
    // built and sent to the worker
    const run = () => {
      if (gen !== this.gen) return;
      if (this.source().graph.nodes.length === 0) return done();
      this.ensureLayout(false)
        .settle(0.3)
        .then(
          (target) => {
            if (gen === this.gen) this.moveTo(target, instant, done);
          },
          () => {
            /* replaced by a newer layout, or the view closed */
            done();
          }
        );
    };
    if (!this.clock) run();
    else this.clock.request(() => setTimeout(run, 0));
  }

  private moveTo(target: Positions, instant: boolean, done: () => void): void {
    const cam = this.source().camera;
    const from = new Map(this.positions);
    const fromT = cam.transform;
    const toT = cam.userMoved ? fromT : cam.fitFor(cam.viewport, target);
    const clock = this.clock;
    if (instant || !clock) {
      this.positions = new Map([...from, ...target]);
      cam.setTransform(toT);
      return done();
    }
    const t0 = clock.now();
    const step = (now: number) => {
      const u = Math.min(1, (now - t0) / TWEEN_MS);
      const e = easeInOutCubic(u);
      const next = new Map(from);
      for (const [id, q] of target) {
        const p = from.get(id) ?? q;
        next.set(id, { x: p.x + (q.x - p.x) * e, y: p.y + (q.y - p.y) * e });
      }
      this.positions = next;
      if (toT !== fromT && !cam.userMoved) cam.setTransform(lerpTransform(fromT, toT, e));
      this.tween = u < 1 ? clock.request(step) : null;
      if (u >= 1) done();
    };
    this.tween = clock.request(step);
  }

  dragStart(id: string): void {
    this.stopTween();
    this.gen++;
    this.moving = false; // a relayout on its way is dropped: the drag moves the nodes now
    const layout = this.liveLayout(id);
    if (!this.reducedMotion) layout.reheat(0.15);
  }

  /** Pointer moved while dragging: screen coordinates. The node follows at once; the others follow the worker. */
  dragTo(id: string, sx: number, sy: number): void {
    const t = this.source().camera.transform;
    const x = (sx - t.x) / t.k;
    const y = (sy - t.y) / t.k;
    this.liveLayout(id).pin(id, x, y);
    if (!this.pinned.has(id)) this.pinned = new Set([...this.pinned, id]);
    this.dragging = { id, x, y };
    this.schedule();
  }

  dragEnd(): void {
    this.dragging = null;
    if (!this.layout) return;
    if (this.reducedMotion) this.settleLive(0.1);
    else this.layout.reheat(0);
  }

  private settleLive(alpha: number): void {
    const gen = ++this.gen;
    this.moving = false;
    this.layout?.settle(alpha).then(
      (p) => {
        if (gen !== this.gen) return;
        this.pendingTick = p;
        this.schedule();
      },
      () => {}
    );
  }

  /** Double-click: unpin a dragged node and let the layout settle gently. */
  release(id: string): void {
    if (!this.pinned.has(id)) return;
    const next = new Set(this.pinned);
    next.delete(id);
    this.pinned = next;
    this.stopTween();
    const layout = this.liveLayout(id);
    layout.release(id);
    if (this.reducedMotion) this.settleLive(0.1);
    else layout.start(0.1);
  }

  destroy(): void {
    this.stopTween();
    if (this.frame !== null) this.clock?.cancel(this.frame);
    this.frame = null;
    this.layout?.destroy();
    this.layout = null;
  }
}

function lerpTransform(a: Transform, b: Transform, e: number): Transform {
  return { k: a.k + (b.k - a.k) * e, x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e };
}
