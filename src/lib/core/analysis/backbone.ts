/**
 * The backbone of a co-mention graph: the links that carry its structure, for a readable default view.
 *
 * Links are ranked by a strength w: with `rank: 'specificity'` (the default) w = count x Jaccard, the co-mentions
 * weighted by how specific they are to the pair, so a hub mentioned everywhere (which shares many passages with
 * everything, at a low Jaccard) does not take every concept's strongest link; with `rank: 'count'` w = count.
 * A link is kept when any of three rules keeps it:
 *   1. it is in the maximum spanning forest (by w, then count, then Jaccard): every component of the full graph
 *      stays one component, and every concept with a link keeps at least one;
 *   2. the disparity filter (Serrano, Boguñá & Vespignani, PNAS 2009) finds it significant for either end: for a
 *      concept with k links and total strength s, a link of strength w has alpha = (1 - w/s)^(k-1), kept when
 *      alpha < 0.05 (the link takes a larger share of the concept's strength than chance would give it);
 *   3. it is one of either end's `perNode` strongest links.
 * Ties are broken by edge key, so the result is deterministic. Pure: reads the graph, returns keys; the tables and
 * data exports keep every edge (this only chooses what the picture draws by default).
 */
import type { SerializedEdge } from '../contract/types';
import { TopicgraphError } from '../errors';

export interface BackboneSettings {
  /** Significance level of the disparity filter (0 turns rule 2 off). */
  alpha: number;
  /** Strongest links kept per concept (0 turns rule 3 off). */
  perNode: number;
  /** What ranks the links: count x Jaccard ('specificity') or the raw count. */
  rank: 'specificity' | 'count';
}

export const DEFAULT_BACKBONE: BackboneSettings = { alpha: 0.05, perNode: 2, rank: 'specificity' };

export class BackboneSettingsError extends TopicgraphError {
  constructor(message: string) {
    super(`backbone: ${message}`);
    this.name = 'BackboneSettingsError';
  }
}

/** A message naming the bad setting, or null. */
export function backboneSettingsProblem(s: Partial<BackboneSettings>): string | null {
  if (s.alpha !== undefined && !(s.alpha >= 0 && s.alpha <= 1)) return `alpha must be within [0, 1] (got ${s.alpha})`;
  if (s.perNode !== undefined && !(Number.isInteger(s.perNode) && s.perNode >= 0)) return `perNode must be a whole number >= 0 (got ${s.perNode})`;
  if (s.rank !== undefined && s.rank !== 'specificity' && s.rank !== 'count') return `rank must be 'specificity' or 'count' (got ${String(s.rank)})`;
  return null;
}

export function resolveBackboneSettings(s: Partial<BackboneSettings> = {}): BackboneSettings {
  const problem = backboneSettingsProblem(s);
  if (problem) throw new BackboneSettingsError(problem);
  return { ...DEFAULT_BACKBONE, ...s };
}

type EdgeLike = Pick<SerializedEdge, 'key' | 'source' | 'target'> & { attributes: { weight: number; jaccard: number } };

type Ranked = EdgeLike & { w: number };

/** Strongest first: w, then count, then Jaccard, then key. */
function stronger(a: Ranked, b: Ranked): number {
  return b.w - a.w || b.attributes.weight - a.attributes.weight || b.attributes.jaccard - a.attributes.jaccard || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Keys of the backbone links, in the input's order. */
export function backboneEdges(edges: readonly EdgeLike[], settings: Partial<BackboneSettings> = {}): Set<string> {
  const { alpha, perNode, rank } = resolveBackboneSettings(settings);
  const keep = new Set<string>();
  const ordered: Ranked[] = edges
    .map((e) => ({ ...e, w: rank === 'count' ? e.attributes.weight : e.attributes.weight * e.attributes.jaccard }))
    .sort(stronger);

  // 1. maximum spanning forest (Kruskal with union-find)
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    let c = x;
    while (c !== r) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const e of ordered) {
    if (!parent.has(e.source)) parent.set(e.source, e.source);
    if (!parent.has(e.target)) parent.set(e.target, e.target);
    const a = find(e.source);
    const b = find(e.target);
    if (a !== b) {
      parent.set(a, b);
      keep.add(e.key);
    }
  }

  // per-concept links, strongest first (ordered is already sorted)
  const links = new Map<string, Ranked[]>();
  for (const e of ordered) {
    for (const end of [e.source, e.target]) {
      const list = links.get(end);
      if (list) list.push(e);
      else links.set(end, [e]);
    }
  }
  for (const list of links.values()) {
    // 2. disparity filter
    const k = list.length;
    if (alpha > 0 && k > 1) {
      let s = 0;
      for (const e of list) s += e.w;
      if (s > 0) for (const e of list) if (Math.pow(1 - e.w / s, k - 1) < alpha) keep.add(e.key);
    }
    // 3. strongest links of each concept
    for (let i = 0; i < perNode && i < k; i++) keep.add(list[i].key);
  }
  return keep;
}
