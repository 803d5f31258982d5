/**
 * The part of the graph schema the first Canvas render relies on (keys, positions, labels, counts, edge ends and
 * weights), checked in a few milliseconds before the full schema validation (zod, in a worker) has finished.
 * Pure; used by the page (page-data.ts) and by the loading worker (graph-load.worker.ts).
 */
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** A JSON path of the first problem, or null. */
export function renderProblem(v: unknown): string | null {
  if (!isObj(v)) return '$';
  const a = v.attributes;
  if (!isObj(a) || typeof a.title !== 'string' || !isObj(a.source) || !isObj(a.parameters)) return '$.attributes';
  for (const k of ['sections', 'speakers', 'passages'] as const) if (!Array.isArray(a[k])) return `$.attributes.${k}`;
  if (!Array.isArray(v.nodes)) return '$.nodes';
  if (!Array.isArray(v.edges)) return '$.edges';
  const keys = new Set<string>();
  for (let i = 0; i < v.nodes.length; i++) {
    const n = v.nodes[i];
    if (!isObj(n) || typeof n.key !== 'string') return `$.nodes[${i}].key`;
    const at = n.attributes;
    if (!isObj(at) || !finite(at.x) || !finite(at.y) || !isObj(at.label) || !Array.isArray(at.mentions) || !isObj(at.bySection)) return `$.nodes[${i}].attributes`;
    for (const f of ['community', 'passageCount', 'degree', 'weightedDegree', 'betweenness'] as const) if (!finite(at[f])) return `$.nodes[${i}].attributes.${f}`;
    keys.add(n.key);
  }
  for (let i = 0; i < v.edges.length; i++) {
    const e = v.edges[i];
    if (!isObj(e) || typeof e.key !== 'string' || typeof e.source !== 'string' || typeof e.target !== 'string') return `$.edges[${i}]`;
    if (!keys.has(e.source) || !keys.has(e.target)) return `$.edges[${i}].source`;
    const at = e.attributes;
    if (!isObj(at) || !finite(at.weight) || !finite(at.jaccard) || !finite(at.npmi) || !Array.isArray(at.passages)) return `$.edges[${i}].attributes`;
  }
  return null;
}

