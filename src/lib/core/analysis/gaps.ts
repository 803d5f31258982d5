/**
 * Structural gaps: pairs of communities that are large but rarely linked, with the concepts that come closest to
 * bridging them and the passages where the two sides meet or nearly meet (InfraNodus's idea, with evidence).
 *
 * For communities A and B with total co-mention strength S_A and S_B in a graph of total count m, the links expected
 * between them if co-mentions fell at random (the configuration model behind modularity) weigh E = S_A S_B / 2m; the
 * gap's deficit is 1 - W/E for the count W actually between them (0 when they are linked as much as chance gives,
 * 1 when never). score = deficit x min(|A|, |B|): a gap between two big topics ranks above one beside a small one.
 * Only communities of at least `minSize` concepts count. Bridges are ranked by `bridgeScore` (below). Pure: reads the (possibly filtered) graph, returns data.
 */
import type { Passage, SerializedConceptGraph } from '../contract/types';

export interface GapSettings {
  /** Smallest community that counts as a topic. */
  minSize: number;
  /** Gaps returned. */
  top: number;
  /** Bridging concepts per gap. */
  bridges: number;
  /** Passages per gap, of each kind (meeting, near). */
  passages: number;
}

export const DEFAULT_GAPS: GapSettings = { minSize: 3, top: 8, bridges: 5, passages: 8 };

export interface GapBridge {
  id: string;
  community: number;
  /** Co-mentions with members of A / of B (the concept itself excluded). */
  toA: number;
  toB: number;
}

export interface StructuralGap {
  a: number;
  b: number;
  sizeA: number;
  sizeB: number;
  /** Links and their total count between the two communities. */
  links: number;
  weight: number;
  /** Count expected between them at random (configuration model). */
  expected: number;
  /** 1 - weight / expected, at least 0. */
  deficit: number;
  score: number;
  bridges: GapBridge[];
  /** Passages that mention concepts of both sides (the evidence of the links between them), most mixed first. */
  meeting: string[];
  /** Consecutive passages in one section where one mentions only side A and the next only side B (or back). */
  near: Array<[string, string]>;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function structuralGaps(graph: SerializedConceptGraph, settings: Partial<GapSettings> = {}): StructuralGap[] {
  const s = { ...DEFAULT_GAPS, ...settings };
  const community = new Map<string, number>();
  const members = new Map<number, string[]>();
  for (const n of graph.nodes) {
    community.set(n.key, n.attributes.community);
    const list = members.get(n.attributes.community);
    if (list) list.push(n.key);
    else members.set(n.attributes.community, [n.key]);
  }
  const strength = new Map<number, number>();
  const between = new Map<string, { links: number; weight: number; passages: Set<string> }>();
  /** concept -> community -> co-mentions with its members */
  const toCommunity = new Map<string, Map<number, number>>();
  let m = 0;
  const add = (id: string, c: number, w: number) => {
    let row = toCommunity.get(id);
    if (!row) toCommunity.set(id, (row = new Map()));
    row.set(c, (row.get(c) ?? 0) + w);
  };
  for (const e of graph.edges) {
    const w = e.attributes.weight;
    const ca = community.get(e.source);
    const cb = community.get(e.target);
    if (ca === undefined || cb === undefined) continue;
    m += w;
    strength.set(ca, (strength.get(ca) ?? 0) + w);
    strength.set(cb, (strength.get(cb) ?? 0) + w);
    add(e.source, cb, w);
    add(e.target, ca, w);
    if (ca === cb) continue;
    const key = ca < cb ? `${ca}|${cb}` : `${cb}|${ca}`;
    let b = between.get(key);
    if (!b) between.set(key, (b = { links: 0, weight: 0, passages: new Set() }));
    b.links++;
    b.weight += w;
    for (const p of e.attributes.passages) b.passages.add(p);
  }
  if (m === 0) return [];

  const topics = [...members.entries()].filter(([, list]) => list.length >= s.minSize).map(([c]) => c).sort((x, y) => x - y);
  const gaps: StructuralGap[] = [];
  for (let i = 0; i < topics.length; i++) {
    for (let j = i + 1; j < topics.length; j++) {
      const a = topics[i];
      const b = topics[j];
      const expected = ((strength.get(a) ?? 0) * (strength.get(b) ?? 0)) / (2 * m);
      if (expected === 0) continue;
      const found = between.get(`${a}|${b}`) ?? { links: 0, weight: 0, passages: new Set<string>() };
      const deficit = Math.max(0, 1 - found.weight / expected);
      if (deficit === 0) continue;
      const sizeA = members.get(a)!.length;
      const sizeB = members.get(b)!.length;
      gaps.push({
        a,
        b,
        sizeA,
        sizeB,
        links: found.links,
        weight: found.weight,
        expected: round(expected),
        deficit: round(deficit),
        score: round(deficit * Math.min(sizeA, sizeB)),
        bridges: [],
        meeting: [...found.passages],
        near: []
      });
    }
  }
  gaps.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const chosen = gaps.slice(0, s.top);

  const order = new Map(graph.attributes.passages.map((p, i) => [p.id, i]));
  const sidesOf = passageSides(graph, community);
  for (const g of chosen) {
    g.bridges = [...toCommunity.entries()]
      .map(([id, row]) => ({ id, community: community.get(id)!, toA: row.get(g.a) ?? 0, toB: row.get(g.b) ?? 0, all: total(row) }))
      .filter((x) => x.toA > 0 && x.toB > 0)
      .map((x) => ({ x, ...bridgeScore(x.toA, x.toB, x.all, (strength.get(g.a) ?? 0) / (2 * m), (strength.get(g.b) ?? 0) / (2 * m)) }))
      .sort((p, q) => Number(q.specific) - Number(p.specific) || q.score - p.score || (p.x.id < q.x.id ? -1 : 1))
      .slice(0, s.bridges)
      .map(({ x }) => ({ id: x.id, community: x.community, toA: x.toA, toB: x.toB }));
    const mixed = (id: string) => {
      const sides = sidesOf.get(id);
      return Math.min(sides?.get(g.a) ?? 0, sides?.get(g.b) ?? 0);
    };
    g.meeting = g.meeting.sort((x, y) => mixed(y) - mixed(x) || order.get(x)! - order.get(y)!).slice(0, s.passages);
    g.near = nearPassages(graph.attributes.passages, sidesOf, g.a, g.b).slice(0, s.passages);
  }
  return chosen;
}

const total = (row: ReadonlyMap<number, number>) => {
  let t = 0;
  for (const v of row.values()) t += v;
  return t;
};

/**
 * How close a concept comes to bridging A and B. Its lift toward a side is its co-mentions with that side over what
 * its total would give it at random (all x S_side / 2m); `specific` when the lift toward both sides is above 1 (it
 * is tied to both more than its frequency explains). Specific bridges rank first, then by the geometric mean of the
 * co-mentions with each side times the smaller lift: a hub mentioned with everything (lift near 1 everywhere)
 * ranks below a concept that really sits between the two topics.
 */
export function bridgeScore(toA: number, toB: number, all: number, shareA: number, shareB: number): { specific: boolean; score: number } {
  if (all <= 0 || shareA <= 0 || shareB <= 0) return { specific: false, score: 0 };
  const lift = Math.min(toA / (all * shareA), toB / (all * shareB));
  return { specific: lift > 1, score: Math.sqrt(toA * toB) * lift };
}

/** Passage id -> community -> concepts of that community it mentions. */
function passageSides(graph: SerializedConceptGraph, community: ReadonlyMap<string, number>): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const n of graph.nodes) {
    const c = community.get(n.key)!;
    const seen = new Set<string>();
    for (const m of n.attributes.mentions) {
      if (seen.has(m.passage)) continue;
      seen.add(m.passage);
      let row = out.get(m.passage);
      if (!row) out.set(m.passage, (row = new Map()));
      row.set(c, (row.get(c) ?? 0) + 1);
    }
  }
  return out;
}

function nearPassages(passages: readonly Passage[], sides: ReadonlyMap<string, Map<number, number>>, a: number, b: number): Array<[string, string]> {
  const side = (p: Passage): number | null => {
    const row = sides.get(p.id);
    const hasA = (row?.get(a) ?? 0) > 0;
    const hasB = (row?.get(b) ?? 0) > 0;
    return hasA && !hasB ? a : hasB && !hasA ? b : null;
  };
  const out: Array<[string, string]> = [];
  for (let i = 1; i < passages.length; i++) {
    const p = passages[i - 1];
    const q = passages[i];
    if (p.section !== q.section) continue;
    const sp = side(p);
    const sq = side(q);
    if (sp !== null && sq !== null && sp !== sq) out.push([p.id, q.id]);
  }
  return out;
}
