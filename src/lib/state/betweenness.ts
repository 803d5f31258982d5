/**
 * Degree, weighted degree and (unweighted, Brandes) betweenness centrality of a small undirected graph given as
 * an edge list: used to recompute node attributes for a filtered view. Betweenness is normalised to [0, 1] by
 * (n-1)(n-2) over ordered pairs, like graphology-metrics. Pure; O(n·m).
 */

export interface Centralities {
  degree: Map<string, number>;
  weightedDegree: Map<string, number>;
  betweenness: Map<string, number>;
}

export function centralities(nodes: readonly string[], edges: ReadonlyArray<{ source: string; target: string; weight: number }>): Centralities {
  const adj = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const degree = new Map<string, number>(nodes.map((n) => [n, 0]));
  const weightedDegree = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const e of edges) {
    if (!adj.has(e.source) || !adj.has(e.target) || e.source === e.target) continue;
    adj.get(e.source)!.push(e.target);
    adj.get(e.target)!.push(e.source);
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
    weightedDegree.set(e.source, weightedDegree.get(e.source)! + e.weight);
    weightedDegree.set(e.target, weightedDegree.get(e.target)! + e.weight);
  }
  const bc = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const s of nodes) {
    const stack: string[] = [];
    const pred = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue: string[] = [s];
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi];
      stack.push(v);
      for (const w of adj.get(v)!) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          if (!pred.has(w)) pred.set(w, []);
          pred.get(w)!.push(v);
        }
      }
    }
    const delta = new Map<string, number>();
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of pred.get(w) ?? []) delta.set(v, (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + (delta.get(w) ?? 0)));
      if (w !== s) bc.set(w, bc.get(w)! + (delta.get(w) ?? 0));
    }
  }
  const n = nodes.length;
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  for (const [k, v] of bc) bc.set(k, v * scale);
  return { degree, weightedDegree, betweenness: bc };
}
