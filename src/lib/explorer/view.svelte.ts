/**
 * The filtered view: the graph recounted over the passages the filter keeps (./filter-kit.ts: cooccur and the
 * graphology centralities), with lookups by id, neighbours and counts. The recount code is a separate chunk loaded
 * on first use (or when the page is idle), so the unfiltered page ships none of it: until it arrives a filtered
 * view is still the whole graph, and `whenRecounted` runs the follow-ups (relayout, dropping a vanished selection)
 * once it is there. No filter: the loaded graph itself, nothing recounted. Never mutates the loaded graph.
 */
import type { Passage, SerializedConceptGraph, SerializedEdge, SerializedNode } from '$lib/core/contract/types';
import { isIdentityFilter, passagesInScope, type Filter } from '$lib/core/count/scope';
import type { Positions } from '$lib/core/layout/simulation';
import { backboneEdges } from '$lib/core/analysis/backbone';

type FilterKit = typeof import('./filter-kit');

export class FilteredView {
  /** The recount code, once loaded. */
  private kit = $state.raw<FilterKit | null>(null);
  private kitLoad: Promise<void> | null = null;

  readonly base: SerializedConceptGraph;
  private readonly currentFilter: () => Filter;
  private readonly loadKit: () => Promise<FilterKit>;

  constructor(base: SerializedConceptGraph, filter: () => Filter, loadKit: () => Promise<FilterKit> = () => import('./filter-kit')) {
    this.base = base;
    this.currentFilter = filter;
    this.loadKit = loadKit;
  }

  /** The graph on screen. */
  graph: SerializedConceptGraph = $derived.by(() => {
    const f = this.currentFilter();
    if (isIdentityFilter(f)) return this.base;
    const kit = this.kit;
    return kit ? kit.filteredGraph(this.base, f) : this.base;
  });
  scopePassages: Passage[] = $derived.by(() => passagesInScope(this.base.attributes.passages, this.currentFilter()));
  nodeById: Map<string, SerializedNode> = $derived(new Map(this.graph.nodes.map((n) => [n.key, n])));
  edgeByKey: Map<string, SerializedEdge> = $derived(new Map(this.graph.edges.map((e) => [e.key, e])));
  neighbours: Map<string, Set<string>> = $derived.by(() => {
    const m = new Map<string, Set<string>>(this.graph.nodes.map((n) => [n.key, new Set()]));
    for (const e of this.graph.edges) {
      m.get(e.source)?.add(e.target);
      m.get(e.target)?.add(e.source);
    }
    return m;
  });
  /** Keys of the view's backbone links ($lib/core/analysis/backbone.ts): what the picture draws by default. */
  backbone: Set<string> = $derived.by(() => backboneEdges(this.graph.edges));
  stats = $derived({ concepts: this.graph.nodes.length, edges: this.graph.edges.length, passages: this.scopePassages.length });

  /** Whether the view reflects the current filter (no filter, or the recount code is here). */
  get recounted(): boolean {
    return this.kit !== null || isIdentityFilter(this.currentFilter());
  }

  /** Loads the recount code once (a separate chunk). */
  loadFilterKit(): Promise<void> {
    return (this.kitLoad ??= this.loadKit().then((k) => {
      this.kit = k;
    }));
  }

  /** Runs `fn` once the view reflects the current filter (at once, unless the recount code is still loading). */
  whenRecounted(fn: () => void): void {
    if (this.recounted) fn();
    else this.loadFilterKit().then(fn);
  }

  /** The filtered graph with the given positions (for the data exports). */
  async exportGraph(positions: Positions): Promise<SerializedConceptGraph> {
    await this.loadFilterKit();
    return this.kit!.filteredGraph(this.base, this.currentFilter(), { positions });
  }
}
