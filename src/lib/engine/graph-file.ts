/**
 * A graph file's text, before the schema: JSON parsing with a message that says what is wrong (empty, not JSON,
 * cut off), and the part of the schema the first Canvas render relies on (keys, positions, labels, counts, edge
 * ends and weights), checked in a few milliseconds while the full validation (graph-validate.ts, zod) runs in the
 * loading worker. No zod here: the page's start-up path uses it. Pure.
 */

export type GraphFileProblemKind = 'missing' | 'not-json' | 'invalid' | 'changed';

/** What is wrong with a graph file, in words that name the file (its site path) and the place. */
export interface GraphFileProblem {
  kind: GraphFileProblemKind;
  problem: string;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The parsed JSON, or the 'not-json' problem (empty file, syntax error; a cut-off file is called truncated). */
export function parseGraphJson(text: string, url: string): { value: unknown } | { problem: GraphFileProblem } {
  if (text.trim() === '') return { problem: { kind: 'not-json', problem: `${url} is empty` } };
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const w = why(e);
    const cut = /end of JSON input|Unterminated/i.test(w) || !/[}\]]\s*$/.test(text) ? `; it stops after ${text.length} characters, so the file looks truncated` : '';
    return { problem: { kind: 'not-json', problem: `${url} is not JSON (${w})${cut}` } };
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** The JSON path of the first field a render cannot draw, or null. */
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

/** The 'invalid' problem for a field the render cannot draw. */
export function renderFieldProblem(path: string, url: string): GraphFileProblem {
  return { kind: 'invalid', problem: `unexpected value at ${path} in ${url}` };
}
