/**
 * The concept hierarchy from the catalog's `broader` links, and a concept's passages with those of its narrower
 * concepts (so "Scaling" also lists "Pre-training scaling" and "Inference scaling"). `broader` may name a concept
 * that is not in the (filtered) graph: the link is kept as an id, marked missing. Cycles cannot occur in a checked
 * catalog; the walk still stops at a repeat. Pure.
 */
import type { SerializedConceptGraph } from '../contract/types';

export interface Hierarchy {
  /** Concept id -> its broader concept id (null at the top). */
  broader: Map<string, string | null>;
  /** Concept id -> its narrower concepts present in the graph, sorted by id. */
  narrower: Map<string, string[]>;
  /** Broader ids named by a concept but absent from the graph. */
  missing: Set<string>;
}

export function conceptHierarchy(graph: SerializedConceptGraph): Hierarchy {
  const present = new Set(graph.nodes.map((n) => n.key));
  const broader = new Map<string, string | null>();
  const narrower = new Map<string, string[]>();
  const missing = new Set<string>();
  for (const n of graph.nodes) {
    const b = n.attributes.broader;
    broader.set(n.key, b);
    if (b === null) continue;
    if (!present.has(b)) missing.add(b);
    const list = narrower.get(b);
    if (list) list.push(n.key);
    else narrower.set(b, [n.key]);
  }
  for (const list of narrower.values()) list.sort();
  return { broader, narrower, missing };
}

/** Every concept under `id` (children, grandchildren...), in breadth-first order; `id` itself excluded. */
export function descendants(h: Hierarchy, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  const queue = [...(h.narrower.get(id) ?? [])];
  while (queue.length) {
    const c = queue.shift()!;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(c);
    queue.push(...(h.narrower.get(c) ?? []));
  }
  return out;
}

/** The chain of broader concepts above `id`, nearest first. */
export function ancestors(h: Hierarchy, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  let cur = h.broader.get(id) ?? null;
  while (cur !== null && !seen.has(cur)) {
    out.push(cur);
    seen.add(cur);
    cur = h.broader.get(cur) ?? null;
  }
  return out;
}

export interface ConceptPassage {
  passage: string;
  /** Mentions in the passage: the concept's own, then its narrower concepts' (`via` names which one). */
  mentions: Array<{ concept: string; start: number; end: number; narrower: boolean }>;
  /** True when only narrower concepts are mentioned here. */
  viaNarrower: boolean;
}

/**
 * The passages of a concept in document order, with those of its narrower concepts when `withNarrower`; each
 * passage lists the mentions to highlight and says whether it is there only through a narrower concept.
 */
export function conceptPassages(graph: SerializedConceptGraph, id: string, withNarrower: boolean, h: Hierarchy = conceptHierarchy(graph)): ConceptPassage[] {
  const byId = new Map(graph.nodes.map((n) => [n.key, n]));
  const order = new Map(graph.attributes.passages.map((p, i) => [p.id, i]));
  const ids = [id, ...(withNarrower ? descendants(h, id) : [])];
  const out = new Map<string, ConceptPassage>();
  for (const c of ids) {
    const node = byId.get(c);
    if (!node) continue;
    for (const m of node.attributes.mentions) {
      if (!order.has(m.passage)) continue;
      let entry = out.get(m.passage);
      if (!entry) out.set(m.passage, (entry = { passage: m.passage, mentions: [], viaNarrower: true }));
      entry.mentions.push({ concept: c, start: m.start, end: m.end, narrower: c !== id });
      if (c === id) entry.viaNarrower = false;
    }
  }
  const list = [...out.values()].sort((x, y) => order.get(x.passage)! - order.get(y.passage)!);
  for (const e of list) e.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return list;
}
