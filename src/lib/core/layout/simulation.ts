/**
 * The force layout of the explorer as its own module: a seeded d3-force simulation with start / stop / tick,
 * runnable headless (vitest, Node) and in the browser.
 *
 * It works in graph units (the build-time `x`/`y` space) and starts from the positions it is given: it never
 * re-randomises a layout. The forces are the build-time recipe's (recipe.ts), scaled to the nodes' spread. It must not touch the DOM or the graph model; callers read positions through
 * `positions()` or the `onTick` callback and decide what to draw.
 */
import { forceSimulation, type Simulation } from 'd3-force';
import { TopicgraphError } from '../errors';
import { seededRandom } from './random';
import { centrePull, chargeForce, collideForce, linkForce, LINK_LENGTH, nodeCharge, type RecipeLink, type RecipeNode } from './recipe';

export interface LayoutNodeInput {
  id: string;
  x: number;
  y: number;
  /** Collision radius in graph units (recipe collisionRoom: the node and its label). */
  r: number;
  /** Pinned position, if any. */
  fx?: number | null;
  fy?: number | null;
  /** Many-body strength of this node (recipe nodeCharge; default: settings.charge). */
  charge?: number;
}

export interface LayoutLinkInput {
  source: string;
  target: string;
  /** Relative strength in [0, 1] (e.g. the normalised edge measure). */
  strength: number;
}

export interface LayoutSettings {
  seed: number;
  /** Target length of the strongest links in graph units; the weakest get twice as long. */
  linkDistance: number;
  /** Many-body strength (negative = repulsion), already scaled to the graph units. */
  charge: number;
  /** Extra room around each node for the collision force, in graph units. */
  collidePadding: number;
  /** Pull towards the centre of the current layout, as a multiple of the recipe's (1: as at build time). */
  gravity: number;
  alphaDecay: number;
  alphaMin: number;
}

type SimNode = RecipeNode;
type SimLink = RecipeLink;

export class LayoutSettingsError extends TopicgraphError {
  constructor(message: string) {
    super(`Invalid layout settings: ${message}`);
    this.name = 'LayoutSettingsError';
  }
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0);

function median(values: number[]): number {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/**
 * Settings that match the build-time layout (the recipe: links 60..120 units, repulsion 60 + 8 r, gentle pull to
 * the centre), so a relayout refines the build-time picture instead of rescaling it. When the
 * nodes' current spread is far from that scale (another generator, a hand-made fixture), distances and charge
 * are scaled by the ratio of the median current link length to the expected one.
 */
export function resolveLayoutSettings(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  overrides: Partial<LayoutSettings> = {}
): LayoutSettings {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const lengths: number[] = [];
  for (const l of links) {
    const a = byId.get(l.source);
    const b = byId.get(l.target);
    if (a && b) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  const current = median(lengths.filter((d) => d > 0));
  // the build-time layout's links are 60..120 long, but dense graphs stretch them: accept 0.5x..6x as "same scale"
  const ratio = current > 0 ? current / (LINK_LENGTH * 1.5) : 1;
  const scale = ratio < 0.5 ? ratio * 2 : ratio > 6 ? ratio / 6 : 1;
  const settings: LayoutSettings = {
    seed: 42,
    linkDistance: LINK_LENGTH * scale,
    charge: nodeCharge(0) * scale * scale,
    collidePadding: 0,
    gravity: 1,
    alphaDecay: 0.04,
    alphaMin: 0.001,
    ...overrides
  };
  for (const [k, v] of Object.entries(settings))
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new LayoutSettingsError(`${k} must be a finite number, got ${String(v)}`);
  if (settings.alphaDecay <= 0 || settings.alphaDecay >= 1) throw new LayoutSettingsError('alphaDecay must be in (0, 1)');
  return settings;
}

export type Positions = Map<string, { x: number; y: number }>;

/** A seeded force layout. Created stopped; `start(alpha)` animates (browser), `tick(n)` / `settle()` run headless. */
export class ForceLayout {
  readonly settings: LayoutSettings;
  private sim: Simulation<SimNode, SimLink>;
  private nodes: SimNode[];
  private byId: Map<string, SimNode>;
  private listeners: Array<(p: Positions) => void> = [];
  private endListeners: Array<() => void> = [];
  running = false;

  constructor(nodes: readonly LayoutNodeInput[], links: readonly LayoutLinkInput[], settings?: Partial<LayoutSettings>) {
    this.settings = resolveLayoutSettings(nodes, links, settings);
    const s = this.settings;
    this.nodes = nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, room: n.r, charge: n.charge ?? s.charge, fx: n.fx ?? null, fy: n.fy ?? null }));
    this.byId = new Map(this.nodes.map((n) => [n.id, n]));
    for (const l of links) {
      if (!this.byId.has(l.source)) throw new LayoutSettingsError(`node not found: ${l.source}`);
      if (!this.byId.has(l.target)) throw new LayoutSettingsError(`node not found: ${l.target}`);
    }
    // ids until forceLink resolves them to nodes; strengths clamped to the recipe's [0, 1]
    const simLinks: SimLink[] = links.map((l) => ({ source: l.source, target: l.target, strength: clamp01(l.strength) }));
    const cx = this.nodes.length ? this.nodes.reduce((a, n) => a + n.x!, 0) / this.nodes.length : 0;
    const cy = this.nodes.length ? this.nodes.reduce((a, n) => a + n.y!, 0) / this.nodes.length : 0;
    const pull = centrePull<SimNode>(cx, cy, s.gravity);
    this.sim = forceSimulation<SimNode, SimLink>(this.nodes)
      .randomSource(seededRandom(s.seed))
      .alphaDecay(s.alphaDecay)
      .alphaMin(s.alphaMin)
      .alpha(0.3)
      .force('link', linkForce(simLinks, s.linkDistance))
      .force('charge', chargeForce<SimNode>(s.linkDistance))
      .force('collide', collideForce<SimNode>(2, s.collidePadding))
      .force('x', pull.x)
      .force('y', pull.y)
      .on('tick', () => this.emit())
      .on('end', () => {
        this.running = false;
        for (const f of this.endListeners) f();
      })
      .stop();
  }

  /** Subscribes to position updates; returns the unsubscribe function. */
  onTick(f: (p: Positions) => void): () => void {
    this.listeners.push(f);
    return () => (this.listeners = this.listeners.filter((g) => g !== f));
  }
  onEnd(f: () => void): () => void {
    this.endListeners.push(f);
    return () => (this.endListeners = this.endListeners.filter((g) => g !== f));
  }

  private emit() {
    if (!this.listeners.length) return;
    const p = this.positions();
    for (const f of this.listeners) f(p);
  }

  positions(): Positions {
    return new Map(this.nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
  }

  /** Animated run from the current positions (uses d3-timer). Low alpha = gentle. */
  start(alpha = 0.3): this {
    this.sim.alpha(Math.max(this.sim.alpha(), alpha)).restart();
    this.running = true;
    return this;
  }

  stop(): this {
    this.sim.stop();
    this.running = false;
    return this;
  }

  /** While dragging: keep the simulation warm. */
  reheat(target: number): this {
    this.sim.alphaTarget(target);
    if (target > 0) this.start(Math.max(target, 0.1));
    return this;
  }

  /** Runs n ticks synchronously (headless); emits one update at the end. */
  tick(n = 1): this {
    this.sim.tick(n);
    this.emit();
    return this;
  }

  /** Runs synchronously until the simulation would stop on its own (for prefers-reduced-motion and tests). */
  settle(alpha = 0.3, maxTicks = 600): number {
    this.sim.stop();
    this.sim.alphaTarget(0).alpha(alpha);
    let ticks = 0;
    while (this.sim.alpha() >= this.sim.alphaMin() && ticks < maxTicks) {
      this.sim.tick();
      ticks++;
    }
    this.running = false;
    this.emit();
    return ticks;
  }

  pin(id: string, x: number, y: number): void {
    const n = this.byId.get(id);
    if (!n) throw new LayoutSettingsError(`node not found: ${id}`);
    n.fx = x;
    n.fy = y;
    n.x = x;
    n.y = y;
  }

  release(id: string): void {
    const n = this.byId.get(id);
    if (!n) return;
    n.fx = null;
    n.fy = null;
  }

  pinned(): Set<string> {
    return new Set(this.nodes.filter((n) => n.fx != null).map((n) => n.id));
  }

  alpha(): number {
    return this.sim.alpha();
  }
}
