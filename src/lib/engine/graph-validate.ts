/**
 * The full check of a parsed graph file against the graph schema (zod, src/lib/core/contract/schema.ts), worded
 * with the first problem's JSON path and the file. Runs at build time (the prerender) and in the loading worker
 * (graph-load-host.ts); never on the page's start-up path (zod is large). Pure.
 */
import '../core/contract/zod-jitless'; // first: before the schema module builds its schemas
import { validateGraph } from '../core/contract/schema';
import type { SerializedConceptGraph } from '../core/contract/types';
import type { GraphFileProblem } from './graph-file';

/** The graph, or the 'invalid' problem: `<message> at <JSON path> in <url> (and N more)`. */
export function validateGraphValue(value: unknown, url: string): { graph: SerializedConceptGraph } | { problem: GraphFileProblem } {
  const v = validateGraph(value);
  if (v.ok) return { graph: v.value };
  const first = v.problems[0];
  const more = v.problems.length > 1 ? ` (and ${v.problems.length - 1} more)` : '';
  return { problem: { kind: 'invalid', problem: `${first.message} at ${first.path} in ${url}${more}` } };
}
