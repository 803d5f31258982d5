/**
 * A Session: the graph the page shows, where it came from, and whether it is there yet or what went wrong. Every
 * source of graphs answers one (page-data.ts: drawn in the prerendered HTML and linked; fetched.ts: a large file
 * fetched after hydration; built.ts: built in this browser from opened files), and the page draws whatever
 * session it holds, choosing the renderer by the graph's size (`rendererFor`), never by its source.
 * Also the error view's words for each kind of problem. Plain data (it travels in the page data): no zod, no DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { rendererFor, type RendererKind } from '$lib/viz/renderer';
import type { GraphFileProblem, GraphFileProblemKind } from '$lib/engine/graph-file';
import type { BuildWarning } from '$lib/engine/build-host';
import type { Project } from '$lib/core/project/format';

export type SessionOrigin =
  /** A small graph of this site: drawn in the prerendered HTML, its file fetched and checked by length and hash. */
  | { kind: 'prerendered'; url: string }
  /** A large graph of this site: its file fetched after hydration, validated in a worker. */
  | { kind: 'fetched'; url: string }
  /** Built in this browser from files the user opened (nothing uploaded); `project` is what "Save project" writes. */
  | { kind: 'built'; transcript: string; catalog: string; warnings: BuildWarning[]; project?: Project; discovered?: boolean };

export type SessionErrorKind = GraphFileProblemKind | 'input';

/** The error view's content: what is wrong (title + detail with file and place) and how to fix it. */
export interface SessionError {
  kind: SessionErrorKind;
  title: string;
  problem: string;
  fix: string[];
}

interface SessionBase {
  origin: SessionOrigin;
  /** Short name of the transcript for exported file names (`scaling-era` -> `scaling-era_all_npmi.png`). */
  name: string;
}
export type ReadySession = SessionBase & { status: 'ready'; graph: SerializedConceptGraph };
/** Known by its title and counts; the graph is on its way (fetched.ts). */
export type PendingSession = SessionBase & { status: 'pending'; title: string; counts: GraphCounts };
export type FailedSession = SessionBase & { status: 'error'; error: SessionError };
export type Session = ReadySession | PendingSession | FailedSession;

export interface GraphCounts {
  nodes: number;
  edges: number;
}

/** Concepts and links of the session's graph (or of the graph on its way); null when it failed. */
export function sessionCounts(s: Session): GraphCounts | null {
  if (s.status === 'ready') return { nodes: s.graph.nodes.length, edges: s.graph.edges.length };
  return s.status === 'pending' ? s.counts : null;
}

/** The renderer for the session's graph, by its size (null when it failed). */
export function sessionRenderer(s: Session): RendererKind | null {
  const c = sessionCounts(s);
  return c ? rendererFor(c) : null;
}

const FILE_TITLES: Record<GraphFileProblemKind, string> = {
  missing: 'The graph file was not found',
  'not-json': 'The graph file is not valid JSON',
  invalid: 'The graph file does not match the graph schema',
  changed: 'The graph file changed after the site was built'
};

/** How to rebuild a site's graph file (`/data/NAME`): the graph is drawn into the page, so the site must be rebuilt too. */
export function rebuildSteps(url: string): string[] {
  return [
    `Rebuild the graph: \`npm run graph\` (or \`npx topicgraph build --transcript FILE --concepts FILE --out static${url}\`).`,
    'Then rebuild the site: `npm run build` (the graph is read when the page is built).'
  ];
}

/** The error view for a problem with the site's graph file at `url`. */
export function fileError(p: GraphFileProblem, url: string): SessionError {
  return { kind: p.kind, title: FILE_TITLES[p.kind], problem: p.problem, fix: rebuildSteps(url) };
}
