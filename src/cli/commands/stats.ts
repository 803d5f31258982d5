/**
 * `topicgraph stats GRAPH.json`: top concepts, top edges and a per-section table, as plain text.
 */
import type { SerializedConceptGraph } from '../../lib/core/contract/types';
import { validateGraph } from '../../lib/core/contract/schema';
import { displayLabel } from '../../lib/core/export';
import { GraphFileError } from '../../lib/core/errors';
import { lineColumn } from '../../lib/core/catalog/json-syntax';
import { parse } from '../args';
import { readBytes, UsageError } from '../io';
import type { Reporter } from '../report';
import { terminalSafe } from '../terminal';
import { counted } from '../words';

export const STATS_HELP = `Usage: topicgraph stats GRAPH.json [--top N]

Prints a summary of a graph built by \`topicgraph build\` (json format): the top concepts by passages, the top
edges by co-mention count (with Jaccard and NPMI), and per-section counts.

Options:
  --top N      rows in the top lists (default 10)
  -h, --help   this help

Exit status: 0 success, 1 bad input (not a topicgraph graph: the message gives the JSON path), 2 usage error.`;

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

function table(header: string[], rows: string[][], numeric: boolean[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const fmt = (r: string[]) => r.map((c, i) => (numeric[i] ? padStart(c, widths[i]) : pad(c, widths[i]))).join('  ').trimEnd();
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export function loadGraphFile(file: string): SerializedConceptGraph {
  const text = new TextDecoder().decode(readBytes(file, 'graph file'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec((err as Error).message);
    const lc = pos ? lineColumn(text, Number(pos[1])) : undefined;
    throw new GraphFileError({ file, line: lc?.line, column: lc?.column }, `not valid JSON (truncated or not a graph file?)`);
  }
  const v = validateGraph(value);
  if (!v.ok) throw new GraphFileError({ file, path: v.problems[0].path }, `not a topicgraph graph: ${v.problems[0].message}${v.problems.length > 1 ? ` (and ${v.problems.length - 1} more)` : ''}`);
  return v.value;
}

export function formatStats(graph: SerializedConceptGraph, top: number): string {
  const a = graph.attributes;
  // every string from the graph is shown with its control characters escaped (a label must not drive the terminal)
  const t = terminalSafe;
  const label = new Map(graph.nodes.map((n) => [n.key, t(displayLabel(n.attributes.label, n.key))]));
  const out: string[] = [];
  out.push(t(a.title));
  out.push(`source ${t(a.source.file)} (sha256 ${a.source.sha256.slice(0, 12)}), catalog ${t(a.source.catalog)}, unit ${a.parameters.unit}`);
  out.push(
    `${counted(a.passages.length, 'passage')}, ${counted(a.sections.length, 'section')}, ${counted(a.speakers.length, 'speaker')} (${a.speakers.map((s) => t(s.name)).join(', ') || 'none'})`
  );
  out.push(
    `${counted(graph.nodes.length, 'concept')}, ${counted(graph.edges.length, 'edge')}, ${counted(a.communityCount, 'community', 'communities')} (modularity ${a.modularity}); ` +
      `${counted(a.unmatched.length, 'catalog concept')} never mentioned`
  );
  out.push('');
  out.push(`Top ${counted(top, 'concept')} by passages`);
  const nodes = [...graph.nodes].sort((x, y) => y.attributes.passageCount - x.attributes.passageCount || y.attributes.mentionCount - x.attributes.mentionCount || (x.key < y.key ? -1 : 1));
  out.push(
    table(
      ['#', 'concept', 'id', 'kind', 'passages', 'mentions', 'degree', 'betweenness'],
      nodes.slice(0, top).map((n, i) => [String(i + 1), label.get(n.key)!, t(n.key), t(n.attributes.kind), String(n.attributes.passageCount), String(n.attributes.mentionCount), String(n.attributes.degree), n.attributes.betweenness.toFixed(3)]),
      [true, false, false, false, true, true, true, true]
    )
  );
  out.push('');
  out.push(`Top ${counted(top, 'edge')} by co-mentions`);
  const edges = [...graph.edges].sort((x, y) => y.attributes.weight - x.attributes.weight || y.attributes.npmi - x.attributes.npmi || (x.key < y.key ? -1 : 1));
  out.push(
    table(
      ['#', 'edge', 'weight', 'jaccard', 'npmi'],
      edges.slice(0, top).map((e, i) => [String(i + 1), `${label.get(e.source)} — ${label.get(e.target)}`, String(e.attributes.weight), e.attributes.jaccard.toFixed(3), e.attributes.npmi.toFixed(3)]),
      [true, false, true, true, true]
    )
  );
  out.push('');
  out.push('Per section');
  const bySection = new Map<string, { passages: number; concepts: number; mentions: number }>();
  for (const s of a.sections) bySection.set(s.id, { passages: 0, concepts: 0, mentions: 0 });
  for (const p of a.passages) if (p.section) bySection.get(p.section)!.passages++;
  const passageSection = new Map(a.passages.map((p) => [p.id, p.section]));
  for (const n of graph.nodes) {
    const seen = new Set<string>();
    for (const m of n.attributes.mentions) {
      const s = passageSection.get(m.passage);
      if (!s) continue;
      bySection.get(s)!.mentions++;
      if (!seen.has(s)) {
        seen.add(s);
        bySection.get(s)!.concepts++;
      }
    }
  }
  const depthOf = new Map(a.sections.map((s) => [s.id, s.depth]));
  const minDepth = Math.min(...a.sections.map((s) => s.depth));
  out.push(
    table(
      ['section', 'title', 'passages', 'concepts', 'mentions'],
      a.sections.map((s) => {
        const c = bySection.get(s.id)!;
        const indent = '  '.repeat(Math.max(0, (depthOf.get(s.id) ?? minDepth) - minDepth));
        const title = s.title.length > 40 ? s.title.slice(0, 39) + '…' : s.title;
        return [t(s.id), indent + t(title), String(c.passages), String(c.concepts), String(c.mentions)];
      }),
      [false, false, true, true, true]
    )
  );
  return out.join('\n');
}

export function runStats(argv: string[], report: Reporter): number {
  const { values, positionals } = parse(argv, { top: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    report.out(STATS_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give exactly one graph file' : 'missing GRAPH.json');
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer (got "${values.top}")`);
  report.out(formatStats(loadGraphFile(positionals[0]), top));
  return 0;
}
