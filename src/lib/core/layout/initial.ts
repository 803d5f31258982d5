/**
 * Build-time layout: a seeded d3-force simulation run headless (`stop()` + `tick(n)`), so the page's first paint
 * needs no simulation and the same input always gives the same picture.
 *
 * The forces are the recipe's (recipe.ts: links pull co-mentioned concepts together, stronger for higher weights;
 * many-body repulsion; a gentle pull to the centre; collision with room for each label, whose width comes from the
 * shared text measure of ../text, cut at MAX_LABEL_EM). This module adds what only the build does: the
 * seeded start, a fixed number of ticks, and collisions in the last third only. Pure: no DOM.
 */
import { forceCenter, forceSimulation } from 'd3-force';
import { seededRandom } from './random';
import { centrePull, chargeForce, collideForce, collisionRoom, linkForce, nodeCharge, type RecipeLink, type RecipeNode } from './recipe';
import { textWidth } from '../text/measure';
import { MAX_LABEL_EM } from '../text/label-text';

export interface InitialLayoutNode {
  id: string;
  /** Radius of the drawn circle in px. */
  radius: number;
  /** Label text as shown by default (used to reserve room). */
  label: string;
  community: number;
}

export interface InitialLayoutEdge {
  source: string;
  target: string;
  weight: number;
}

/** Font size (px) of the labels the layout makes room for (drawn labels are cut at MAX_LABEL_EM). */
const LABEL_SIZE = 12;

export function nodeRadius(passageCount: number): number {
  return 4 + 2.2 * Math.sqrt(passageCount);
}

export function computeLayout(
  nodes: InitialLayoutNode[],
  edges: InitialLayoutEdge[],
  options: { seed: number; ticks: number }
): Map<string, { x: number; y: number }> {
  // Seeded start: each community around its own point on a circle, members jittered around it. This makes the
  // seed meaningful and helps communities settle as visible groups.
  const random = seededRandom(options.seed);
  const communities = Math.max(1, ...nodes.map((n) => n.community + 1));
  const spread = 40 * Math.sqrt(nodes.length);
  const simNodes: RecipeNode[] = nodes.map((n) => {
    const angle = (2 * Math.PI * n.community) / communities;
    const r = spread * Math.sqrt(random());
    const t = 2 * Math.PI * random();
    return {
      id: n.id,
      room: collisionRoom(n.radius, Math.min(textWidth(n.label, LABEL_SIZE), MAX_LABEL_EM * LABEL_SIZE)),
      charge: nodeCharge(n.radius),
      x: (communities > 1 ? spread * Math.cos(angle) : 0) + r * Math.cos(t) * 0.5,
      y: (communities > 1 ? spread * Math.sin(angle) : 0) + r * Math.sin(t) * 0.5
    };
  });
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const links: RecipeLink[] = edges.map((e) => ({ source: e.source, target: e.target, strength: e.weight / maxWeight }));
  const pull = centrePull<RecipeNode>(0, 0);
  const sim = forceSimulation<RecipeNode>(simNodes)
    .randomSource(random)
    // alpha decays to alphaMin over exactly `ticks` ticks, so the layout is settled when we stop.
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, options.ticks)))
    .force('link', linkForce(links))
    .force('charge', chargeForce())
    .force('x', pull.x)
    .force('y', pull.y)
    .force('center', forceCenter(0, 0))
    .stop();
  // Two phases: the global shape settles without collisions (cheap), then label-sized collision separates
  // neighbours during the last third. Collision on every tick costs twice as much for the same picture.
  const shapeTicks = Math.round(options.ticks * (2 / 3));
  sim.tick(shapeTicks);
  sim.force('collide', collideForce<RecipeNode>(1));
  sim.tick(options.ticks - shapeTicks);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of simNodes) out.set(n.id, { x: Math.round((n.x ?? 0) * 100) / 100, y: Math.round((n.y ?? 0) * 100) / 100 });
  return out;
}
