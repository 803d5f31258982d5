/**
 * The force recipe, written once: how strongly co-mentioned concepts attract and how far apart they settle, how
 * nodes repel, how much room a node and its label need, and how the picture is held together. The build-time layout
 * (initial.ts), the explorer's live layout (simulation.ts, run in the layout worker) and the explorer's layout input
 * (`layoutNodesFor`, `layoutLinksFor`) all use it, so a relayout in the page refines the build-time picture instead
 * of drawing another one. Pure: d3-force factories and arithmetic, no DOM.
 */
import { forceCollide, forceLink, forceManyBody, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

/** Length of the strongest links in graph units; the weakest get twice as long. */
export const LINK_LENGTH = 60;
/** Many-body repulsion reaches this many link lengths (600 graph units at the build-time scale). */
export const CHARGE_REACH = 10;
/** Pull towards the centre (forceX / forceY strengths): a picture a little wider than tall. */
export const CENTRE_PULL = { x: 0.04, y: 0.06 } as const;
export const COLLIDE_STRENGTH = 0.9;

/** A node as the recipe's forces read it. */
export interface RecipeNode extends SimulationNodeDatum {
  id: string;
  /** Collision radius: the node and room for its label (collisionRoom). */
  room: number;
  /** Many-body strength (nodeCharge). */
  charge: number;
}
/** A link as the recipe's forces read it; `strength` in [0, 1] (the edge weight over the largest weight). */
export interface RecipeLink extends SimulationLinkDatum<RecipeNode> {
  strength: number;
}

/** Repulsion of a node drawn with this radius: bigger concepts push harder. */
export function nodeCharge(radius: number): number {
  return -60 - 8 * radius;
}

/** Collision radius of a node of this radius whose label is `labelWidth` px wide (labels sit beside their node). */
export function collisionRoom(radius: number, labelWidth: number): number {
  return Math.max(radius + 6, labelWidth * 0.55 + 4);
}

/** Rest length of a link of relative strength `s` in [0, 1]: `unit` for the strongest, twice that for the weakest. */
export function linkLength(s: number, unit = LINK_LENGTH): number {
  return unit + unit * (1 - s);
}

/** How hard a link of relative strength `s` pulls. */
export function linkPull(s: number): number {
  return 0.05 + 0.45 * Math.sqrt(s);
}

export function linkForce(links: RecipeLink[], unit = LINK_LENGTH) {
  return forceLink<RecipeNode, RecipeLink>(links)
    .id((d) => d.id)
    .distance((l) => linkLength(l.strength, unit))
    .strength((l) => linkPull(l.strength));
}

export function chargeForce<N extends RecipeNode>(unit = LINK_LENGTH) {
  return forceManyBody<N>()
    .strength((d) => d.charge)
    .distanceMax(unit * CHARGE_REACH);
}

export function collideForce<N extends RecipeNode>(iterations: number, padding = 0) {
  return forceCollide<N>((d) => d.room + padding)
    .strength(COLLIDE_STRENGTH)
    .iterations(iterations);
}

/** The pull towards (cx, cy), `gravity` times the recipe's. */
export function centrePull<N extends RecipeNode>(cx: number, cy: number, gravity = 1) {
  return { x: forceX<N>(cx).strength(CENTRE_PULL.x * gravity), y: forceY<N>(cy).strength(CENTRE_PULL.y * gravity) };
}

/** A node of the explorer's view, as drawn: where it is, its radius, its label's width, whether it is pinned. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
  pinned: boolean;
}

/** The live layout's input for the explorer's nodes (LayoutNodeInput of simulation.ts). */
export function layoutNodesFor(nodes: readonly DrawnNode[]): Array<{ id: string; x: number; y: number; r: number; charge: number; fx: number | null; fy: number | null }> {
  return nodes.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    r: collisionRoom(n.radius, n.labelWidth),
    charge: nodeCharge(n.radius),
    fx: n.pinned ? n.x : null,
    fy: n.pinned ? n.y : null
  }));
}

/** The live layout's links: each edge's strength is its weight over the largest weight in view. */
export function layoutLinksFor(edges: ReadonlyArray<{ source: string; target: string; weight: number }>): Array<{ source: string; target: string; strength: number }> {
  const max = Math.max(1, ...edges.map((e) => e.weight));
  return edges.map((e) => ({ source: e.source, target: e.target, strength: e.weight / max }));
}
