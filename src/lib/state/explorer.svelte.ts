/**
 * The explorer's state: one rune-based class holding what the user chose (selection, filters, measures,
 * language), the view geometry (positions, zoom transform, viewport) and everything derived from them (the
 * filtered graph recounted with `cooccur`, scales, label placement, highlighted neighbours, passages of the
 * selection, URL query). Components read it and call its methods; they hold no logic of their own.
 *
 * It never writes into the loaded graph: filtering builds a new graph, hover and selection are view state.
 * The force simulation runs only on drag or when the filter changes (see `relayout`), in a Web Worker; the recount
 * of filtered views is loaded on first use (./filter-kit.ts), so the unfiltered page ships neither.
 */
import type { Passage, SerializedConceptGraph, SerializedEdge, SerializedNode } from '$lib/core/contract/types';
import { NONE_KEY } from '$lib/core/contract/types';
import { interviewSections, isIdentityFilter, passagesInScope, sectionOptions, type Filter } from '../core/count/scope';
import { exportFilename, type FilenameScope } from './filename';
import { buildSearchIndex } from './search';
import { DEFAULT_VIEW, parseViewParams, serializeViewParams, type KnownIds, type ViewParams } from './url';
import type { MarkSpan } from './segments';
import { accessibleLabel, labelLines, placeLabels, textWidth, type PlacedLabel } from '$lib/viz/labels';
import { edgeValue, nodeValue, type EdgeMeasure, type LabelLanguage, type NodeSize } from '$lib/viz/measures';
import { communityColour } from '$lib/viz/palette';
import { boundsOf, centreOn, edgeStyleScale, fitTransform, radiusScale, type Transform } from '$lib/viz/scales';
import type { Positions } from '$lib/core/layout/simulation';
import { layoutLinksFor, layoutNodesFor } from '$lib/core/layout/recipe';
import { LayoutClient } from '$lib/engine/layout-client';
import { buildExportScene } from '$lib/viz/scene';
import { communityLegend } from '$lib/viz/legend';
import { EDGE_MEASURE_INFO, NODE_SIZE_INFO } from '$lib/viz/measures';
import type { ExportScene } from '$lib/export/image';
import { buildCaption } from './caption';

export type Selection = { type: 'node'; id: string } | { type: 'edge'; key: string } | null;

export interface NodeGeometry {
  id: string;
  node: SerializedNode;
  /** Screen position (px). */
  sx: number;
  sy: number;
  r: number;
  fill: string;
  ariaLabel: string;
  pinned: boolean;
}

export interface NodeView extends NodeGeometry {
  dimmed: boolean;
  highlighted: boolean;
}

export interface EdgeGeometry {
  key: string;
  edge: SerializedEdge;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  opacity: number;
}

export interface EdgeView extends EdgeGeometry {
  dimmed: boolean;
  highlighted: boolean;
}

export interface PassageEntry {
  passage: Passage;
  sectionTitle: string;
  speakerName: string | null;
  marks: MarkSpan[];
}

/** Size assumed for the prerendered first paint (the centre column at 1440 x 900); re-measured on mount. */
const DEFAULT_VIEWPORT = { width: 780, height: 720 };
const FIT_PAD = { x: 24, y: 24 };
export const LABEL_SIZE = 13;

const setOrNull = (xs: readonly string[] | null) => (xs === null ? null : new Set(xs));
const eqSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

export class ExplorerState {
  readonly graph: SerializedConceptGraph;
  /** Base name of the data file, for export file names. */
  readonly transcript: string;

  // ----- user choices (shareable) -----
  selection = $state<Selection>(null);
  sections = $state.raw<ReadonlySet<string> | null>(null);
  speakers = $state.raw<ReadonlySet<string> | null>(null);
  kinds = $state.raw<ReadonlySet<string> | null>(null);
  minWeight = $state(1);
  lang = $state<LabelLanguage>(DEFAULT_VIEW.lang);
  measure = $state<EdgeMeasure>(DEFAULT_VIEW.measure);
  size = $state<NodeSize>(DEFAULT_VIEW.size);

  // ----- transient view state -----
  hovered = $state<string | null>(null);
  hoveredEdge = $state<string | null>(null);
  focused = $state<string | null>(null);
  readerPassage = $state<string | null>(null);
  positions = $state.raw<Positions>(new Map());
  pinned = $state.raw<ReadonlySet<string>>(new Set());
  transform = $state.raw<Transform>({ k: 1, x: 0, y: 0 });
  viewport = $state.raw<{ width: number; height: number }>(DEFAULT_VIEWPORT);
  /** Set once the user zoomed or panned: resizes then keep their view instead of re-fitting. */
  userMoved = false;
  reducedMotion = false;
  /** Installed by the graph component: applies a transform through d3-zoom (so its internal state agrees). */
  zoomTo: ((t: Transform) => void) | null = null;

  private layout: LayoutClient | null = null;
  /** The recount of filtered views (./filter-kit: cooccur + graphology centralities), loaded on first use. */
  private filterKit = $state.raw<typeof import('./filter-kit') | null>(null);
  private filterKitLoad: Promise<void> | null = null;

  // ----- static facts of the loaded graph -----
  readonly sectionOptions;
  readonly interview: ReadonlySet<string>;
  readonly speakerOptions: Array<{ id: string; name: string; role: string | null; passageCount: number }>;
  readonly kindOptions: Array<{ id: string; count: number }>;
  readonly maxWeight: number;
  private searchEntries: ReturnType<typeof buildSearchIndex> | null = null;
  /** Built on the first search (thousands of concepts: tens of milliseconds the first paint need not wait for). */
  get searchIndex(): ReturnType<typeof buildSearchIndex> {
    return (this.searchEntries ??= buildSearchIndex(this.graph.nodes));
  }
  readonly known: KnownIds;
  private readonly sectionTitle: Map<string, string>;
  private readonly speakerName: Map<string, string>;
  private readonly baseNode: Map<string, SerializedNode>;
  private readonly passageOrder: Map<string, number>;

  constructor(graph: SerializedConceptGraph, transcript = 'graph') {
    this.graph = graph;
    this.transcript = transcript;
    const a = graph.attributes;
    this.sectionOptions = sectionOptions(a.sections, a.passages);
    this.interview = interviewSections(a.sections, a.passages);
    const spCount = new Map<string, number>();
    for (const p of a.passages) spCount.set(p.speaker ?? NONE_KEY, (spCount.get(p.speaker ?? NONE_KEY) ?? 0) + 1);
    this.speakerOptions = a.speakers.map((s) => ({ ...s, passageCount: spCount.get(s.id) ?? 0 }));
    if (spCount.has(NONE_KEY)) this.speakerOptions.push({ id: NONE_KEY, name: 'No speaker (briefing, notes, outline)', role: null, passageCount: spCount.get(NONE_KEY)! });
    const kinds = new Map<string, number>();
    for (const n of graph.nodes) kinds.set(n.attributes.kind, (kinds.get(n.attributes.kind) ?? 0) + 1);
    this.kindOptions = [...kinds].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id, count]) => ({ id, count }));
    this.maxWeight = Math.max(1, ...graph.edges.map((e) => e.attributes.weight));
    this.sectionTitle = new Map(a.sections.map((s) => [s.id, s.title]));
    this.speakerName = new Map(a.speakers.map((s) => [s.id, s.name]));
    this.baseNode = new Map(graph.nodes.map((n) => [n.key, n]));
    this.passageOrder = new Map(a.passages.map((p, i) => [p.id, i]));
    this.known = {
      concepts: new Set(graph.nodes.map((n) => n.key)),
      edges: new Set(graph.edges.map((e) => e.key)),
      sections: new Set(this.sectionOptions.map((s) => s.id)),
      speakers: new Set(this.speakerOptions.map((s) => s.id)),
      kinds: new Set(kinds.keys()),
      maxWeight: this.maxWeight
    };
    this.positions = new Map(graph.nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y }]));
    this.transform = this.fitFor(DEFAULT_VIEWPORT);
  }

  // ================================================================ derived: the filtered graph
  filter: Filter = $derived({ sections: this.sections, speakers: this.speakers, kinds: this.kinds, minWeight: this.minWeight });
  // No filter: the loaded graph itself (nothing to recount). A filter before the recount code has arrived: still
  // the whole graph; the actions wait for the kit (whenRecounted) before they relayout or drop the selection.
  view: SerializedConceptGraph = $derived.by(() => {
    if (isIdentityFilter(this.filter)) return this.graph;
    const kit = this.filterKit;
    return kit ? kit.filteredGraph(this.graph, this.filter) : this.graph;
  });

  /** Loads the recount code once (a separate chunk). */
  loadFilterKit(): Promise<void> {
    return (this.filterKitLoad ??= import('./filter-kit').then((k) => {
      this.filterKit = k;
    }));
  }

  /** Runs `fn` once the view reflects the current filter (at once, unless the recount code is still loading). */
  private whenRecounted(fn: () => void): void {
    if (this.filterKit || isIdentityFilter(this.filter)) fn();
    else this.loadFilterKit().then(fn);
  }
  scopePassages: Passage[] = $derived.by(() => passagesInScope(this.graph.attributes.passages, this.filter));
  nodeById: Map<string, SerializedNode> = $derived(new Map(this.view.nodes.map((n) => [n.key, n])));
  edgeByKey: Map<string, SerializedEdge> = $derived(new Map(this.view.edges.map((e) => [e.key, e])));
  neighbours: Map<string, Set<string>> = $derived.by(() => {
    const m = new Map<string, Set<string>>(this.view.nodes.map((n) => [n.key, new Set()]));
    for (const e of this.view.edges) {
      m.get(e.source)?.add(e.target);
      m.get(e.target)?.add(e.source);
    }
    return m;
  });
  stats = $derived({ concepts: this.view.nodes.length, edges: this.view.edges.length, passages: this.scopePassages.length });

  // ================================================================ derived: scales and geometry
  radius = $derived(radiusScale(this.view.nodes.map((n) => nodeValue(n.attributes, this.size)), 5, 20));
  edgeStyle = $derived(edgeStyleScale(this.view.edges.map((e) => edgeValue(e.attributes, this.measure)), this.measure));

  /** The concept(s) the view is focused on: hover wins over selection. */
  focusSet: Set<string> | null = $derived.by(() => {
    const h = this.hovered;
    if (h && this.nodeById.has(h)) return new Set([h, ...(this.neighbours.get(h) ?? [])]);
    const he = this.hoveredEdge ? this.edgeByKey.get(this.hoveredEdge) : undefined;
    if (he) return new Set([he.source, he.target]);
    const s = this.selection;
    if (s?.type === 'node' && this.nodeById.has(s.id)) return new Set([s.id, ...(this.neighbours.get(s.id) ?? [])]);
    if (s?.type === 'edge') {
      const e = this.edgeByKey.get(s.key);
      if (e) return new Set([e.source, e.target]);
    }
    return null;
  });
  focusCentre: string | null = $derived(
    this.hovered && this.nodeById.has(this.hovered) ? this.hovered : this.selection?.type === 'node' ? this.selection.id : null
  );

  // Geometry (positions, sizes, colours, widths) is derived apart from the focus flags: a hover or a selection
  // changes which items are dimmed or highlighted, not where they are, so the layers that only draw geometry (the
  // node positions, the cached edge pictures, the hidden edge hit paths) see the same arrays and do nothing.
  nodeGeometry: NodeGeometry[] = $derived.by(() => {
    const t = this.transform;
    const out: NodeGeometry[] = [];
    for (const n of this.view.nodes) {
      const p = this.positions.get(n.key) ?? { x: n.attributes.x, y: n.attributes.y };
      out.push({
        id: n.key,
        node: n,
        sx: p.x * t.k + t.x,
        sy: p.y * t.k + t.y,
        r: this.radius(nodeValue(n.attributes, this.size)),
        fill: communityColour(n.attributes.community),
        ariaLabel: accessibleLabel(n.attributes.label, this.lang),
        pinned: this.pinned.has(n.key)
      });
    }
    return out;
  });
  private nodeGeometryById: Map<string, NodeGeometry> = $derived(new Map(this.nodeGeometry.map((n) => [n.id, n])));

  nodes: NodeView[] = $derived.by(() => {
    const focus = this.focusSet;
    return this.nodeGeometry.map((g) => ({ ...g, dimmed: focus !== null && !focus.has(g.id), highlighted: focus !== null && focus.has(g.id) }));
  });
  nodeViewById: Map<string, NodeView> = $derived(new Map(this.nodes.map((n) => [n.id, n])));

  /** Edge geometry and style in view order (no focus flags). */
  edgeGeometry: EdgeGeometry[] = $derived.by(() => {
    const byId = this.nodeGeometryById;
    const out: EdgeGeometry[] = [];
    for (const e of this.view.edges) {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      if (!a || !b) continue;
      const st = this.edgeStyle(edgeValue(e.attributes, this.measure));
      out.push({ key: e.key, edge: e, x1: a.sx, y1: a.sy, x2: b.sx, y2: b.sy, width: st.width, opacity: st.opacity });
    }
    return out;
  });

  /** Whether an edge is drawn highlighted: the selected or hovered edge, or an edge of the focused concept. */
  isEdgeHighlighted(e: SerializedEdge): boolean {
    const centre = this.focusCentre;
    const selEdge = this.selection?.type === 'edge' ? this.selection.key : null;
    return e.key === selEdge || e.key === this.hoveredEdge || (centre !== null && (e.source === centre || e.target === centre));
  }

  edges: EdgeView[] = $derived.by(() => {
    const focus = this.focusSet;
    const out: EdgeView[] = [];
    let any = false;
    for (const g of this.edgeGeometry) {
      const highlighted = focus !== null && this.isEdgeHighlighted(g.edge);
      any ||= highlighted;
      const { key, edge, x1, y1, x2, y2, width, opacity } = g;
      out.push({ key, edge, x1, y1, x2, y2, width, opacity, highlighted, dimmed: focus !== null && !highlighted });
    }
    // highlighted edges last, so they are drawn (and hit) on top
    return any ? out.sort((x, y) => Number(x.highlighted) - Number(y.highlighted)) : out;
  });

  labels: Map<string, PlacedLabel> = $derived.by(() => {
    const focus = this.focusSet;
    const forced = new Set<string>();
    if (this.hovered) forced.add(this.hovered);
    if (this.focused) forced.add(this.focused);
    if (this.selection?.type === 'node') forced.add(this.selection.id);
    if (this.selection?.type === 'edge') {
      const e = this.edgeByKey.get(this.selection.key);
      if (e) forced.add(e.source).add(e.target);
    }
    return placeLabels(
      this.nodes.map((n) => ({
        id: n.id,
        x: n.sx,
        y: n.sy,
        r: n.r,
        lines: labelLines(n.node.attributes.label, this.lang, LABEL_SIZE),
        priority: nodeValue(n.node.attributes, this.size) + (focus?.has(n.id) ? 1e9 : 0),
        force: forced.has(n.id),
        obstacle: !n.dimmed
      })),
      { width: this.viewport.width, height: this.viewport.height, importantCount: Math.ceil(this.nodes.length * 0.2), alwaysCount: Math.min(5, this.nodes.length) }
    );
  });

  // ================================================================ derived: selection details
  selectedNode: SerializedNode | null = $derived(this.selection?.type === 'node' ? (this.nodeById.get(this.selection.id) ?? null) : null);
  selectedEdge: SerializedEdge | null = $derived(this.selection?.type === 'edge' ? (this.edgeByKey.get(this.selection.key) ?? null) : null);

  selectionPassages: PassageEntry[] = $derived.by(() => {
    const inScope = new Map(this.view.attributes.passages.map((p) => [p.id, p]));
    const entry = (p: Passage, marks: MarkSpan[]): PassageEntry => ({
      passage: p,
      sectionTitle: p.section ? (this.sectionTitle.get(p.section) ?? p.section) : '(before the first heading)',
      speakerName: p.speaker ? (this.speakerName.get(p.speaker) ?? p.speaker) : null,
      marks
    });
    const n = this.selectedNode;
    if (n) {
      const by = new Map<string, MarkSpan[]>();
      for (const m of n.attributes.mentions) {
        if (!inScope.has(m.passage)) continue;
        if (!by.has(m.passage)) by.set(m.passage, []);
        by.get(m.passage)!.push({ start: m.start, end: m.end, tone: 'a' });
      }
      return [...by].sort((x, y) => this.passageOrder.get(x[0])! - this.passageOrder.get(y[0])!).map(([id, marks]) => entry(inScope.get(id)!, marks));
    }
    const e = this.selectedEdge;
    if (e) {
      const a = this.nodeById.get(e.source)!;
      const b = this.nodeById.get(e.target)!;
      return e.attributes.passages
        .filter((id) => inScope.has(id))
        .map((id) => {
          const marks: MarkSpan[] = [
            ...a.attributes.mentions.filter((m) => m.passage === id).map((m) => ({ start: m.start, end: m.end, tone: 'a' as const })),
            ...b.attributes.mentions.filter((m) => m.passage === id).map((m) => ({ start: m.start, end: m.end, tone: 'b' as const }))
          ];
          return entry(inScope.get(id)!, marks);
        });
    }
    return [];
  });

  /** Per-section passage counts of the selected concept (all sections in scope, document order). */
  selectionBySection: Array<{ id: string; title: string; count: number; level: number }> = $derived.by(() => {
    const counts: Record<string, number> = {};
    for (const e of this.selectionPassages) {
      const k = e.passage.section ?? NONE_KEY;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    return this.sectionOptions
      .filter((s) => (this.sections === null || this.sections.has(s.id)) && s.passageCount > 0)
      .map((s) => ({ id: s.id, title: s.title, count: counts[s.id] ?? 0, level: s.level }));
  });

  /** Concepts whose mentions the reader highlights: the selection (both ends of an edge), from the whole graph. */
  readerMarks: Map<string, MarkSpan[]> = $derived.by(() => {
    const out = new Map<string, MarkSpan[]>();
    const add = (id: string, tone: 'a' | 'b') => {
      for (const m of this.baseNode.get(id)?.attributes.mentions ?? []) {
        if (!out.has(m.passage)) out.set(m.passage, []);
        out.get(m.passage)!.push({ start: m.start, end: m.end, tone });
      }
    };
    const s = this.selection;
    if (s?.type === 'node') add(s.id, 'a');
    else if (s?.type === 'edge') {
      const [x, y] = s.key.split('|');
      add(x, 'a');
      add(y, 'b');
    }
    return out;
  });

  // ================================================================ derived: shareable state
  params: ViewParams = $derived.by(() => ({
    concept: this.selection?.type === 'node' ? this.selection.id : null,
    edge: this.selection?.type === 'edge' ? this.selection.key : null,
    sections: this.sections === null ? null : this.sectionOptions.map((s) => s.id).filter((id) => this.sections!.has(id)),
    speakers: this.speakers === null ? null : this.speakerOptions.map((s) => s.id).filter((id) => this.speakers!.has(id)),
    kinds: this.kinds === null ? null : this.kindOptions.map((k) => k.id).filter((id) => this.kinds!.has(id)),
    minWeight: this.minWeight,
    lang: this.lang,
    measure: this.measure,
    size: this.size
  }));
  query: string = $derived(serializeViewParams(this.params));

  isInterviewOnly: boolean = $derived.by(() => this.sections !== null && this.interview.size > 0 && eqSet(this.sections, this.interview));

  filenameScope: FilenameScope = $derived({
    sections: this.params.sections,
    interviewOnly: this.isInterviewOnly,
    speakers: this.params.speakers,
    kinds: this.params.kinds,
    minWeight: this.minWeight
  });

  filename(ext: string, suffix = ''): string {
    return exportFilename(this.transcript, this.filenameScope, this.measure, ext, suffix);
  }

  /** The filtered graph with the positions on screen (for the data exports). */
  async exportGraph(): Promise<SerializedConceptGraph> {
    await this.loadFilterKit();
    return this.filterKit!.filteredGraph(this.graph, this.filter, { positions: this.positions });
  }

  /** The current view as an image-export scene (whole filtered graph, fitted to the viewport's shape). */
  exportScene(background: 'white' | 'transparent'): ExportScene {
    const a = this.graph.attributes;
    const sel = this.selection;
    const sectionTitles = (this.params.sections ?? []).map((id) => this.sectionTitle.get(id) ?? id);
    const caption = buildCaption({
      sourceFile: a.source.file,
      generator: a.generator,
      sections: { all: this.sections === null, interviewOnly: this.isInterviewOnly, titles: sectionTitles },
      speakers: this.params.speakers?.map((id) => this.speakerOptions.find((s) => s.id === id)?.name ?? id) ?? null,
      kinds: this.params.kinds,
      minWeight: this.minWeight,
      measureExplain: EDGE_MEASURE_INFO[this.measure].explain,
      sizeLabel: NODE_SIZE_INFO[this.size].label,
      counts: this.stats,
      unit: a.parameters.unit
    });
    const selectedIds = new Set<string>();
    if (sel?.type === 'node') selectedIds.add(sel.id);
    if (sel?.type === 'edge') sel.key.split('|').forEach((id) => selectedIds.add(id));
    const w = Math.max(600, this.viewport.width);
    const h = Math.max(400, this.viewport.height);
    return buildExportScene({
      title: a.title,
      subtitle: `Concepts mentioned together · edge width: ${EDGE_MEASURE_INFO[this.measure].label}`,
      caption,
      width: w,
      height: h,
      nodes: this.nodes.map((n) => {
        const p = this.positions.get(n.id) ?? n.node.attributes;
        return {
          id: n.id,
          x: p.x,
          y: p.y,
          r: n.r,
          fill: n.fill,
          label: n.ariaLabel,
          priority: nodeValue(n.node.attributes, this.size),
          selected: selectedIds.has(n.id),
          shown: this.labels.get(n.id)?.visible ?? false
        };
      }),
      edges: this.edges.map((e) => ({ source: e.edge.source, target: e.edge.target, width: e.width, opacity: e.opacity, color: '#5b6472' })),
      legend: [
        { title: 'Communities', items: communityLegend(this.view.nodes, this.lang, 3).map((c) => ({ color: c.colour, label: c.label, shape: 'circle' as const })) },
        {
          title: 'Encoding',
          items: [
            { color: '#9ca3af', label: `Node size: ${NODE_SIZE_INFO[this.size].label.toLowerCase()}`, shape: 'circle' as const },
            { color: '#5b6472', label: `Edge width: ${EDGE_MEASURE_INFO[this.measure].label}`, shape: 'line' as const }
          ]
        }
      ],
      background
    });
  }

  // ================================================================ actions
  applyParams(p: ViewParams): void {
    this.sections = setOrNull(p.sections);
    this.speakers = setOrNull(p.speakers);
    this.kinds = setOrNull(p.kinds);
    this.minWeight = p.minWeight;
    this.lang = p.lang;
    this.measure = p.measure;
    this.size = p.size;
    this.selection = p.edge ? { type: 'edge', key: p.edge } : p.concept ? { type: 'node', id: p.concept } : null;
  }

  applyQuery(search: string): void {
    this.applyParams(parseViewParams(new URLSearchParams(search), this.known));
    // a filter from the URL: settle the layout at once (no animation on load)
    if (this.sections || this.speakers || this.kinds || this.minWeight > 1) this.whenRecounted(() => this.relayout(true));
  }

  selectNode(id: string): void {
    if (this.nodeById.has(id)) this.selection = { type: 'node', id };
  }

  selectEdge(key: string): void {
    if (this.edgeByKey.has(key)) this.selection = { type: 'edge', key };
  }

  clearSelection(): void {
    this.selection = null;
  }

  setSections(ids: Iterable<string> | null): void {
    if (ids === null) this.sections = null;
    else {
      const s = new Set(ids);
      this.sections = s.size === this.known.sections.size ? null : s;
    }
    this.afterFilterChange();
  }

  toggleSection(id: string, on: boolean): void {
    const cur = new Set(this.sections ?? this.known.sections);
    if (on) cur.add(id);
    else cur.delete(id);
    this.setSections(cur);
  }

  toggleSpeaker(id: string, on: boolean): void {
    const cur = new Set(this.speakers ?? this.known.speakers);
    if (on) cur.add(id);
    else cur.delete(id);
    this.speakers = cur.size === this.known.speakers.size ? null : cur;
    this.afterFilterChange();
  }

  toggleKind(id: string, on: boolean): void {
    const cur = new Set(this.kinds ?? this.known.kinds);
    if (on) cur.add(id);
    else cur.delete(id);
    this.kinds = cur.size === this.known.kinds.size ? null : cur;
    this.afterFilterChange();
  }

  setMinWeight(w: number): void {
    const v = Math.max(1, Math.min(this.maxWeight, Math.round(w)));
    if (v === this.minWeight) return;
    this.minWeight = v;
    this.afterFilterChange();
  }

  resetFilters(): void {
    this.sections = null;
    this.speakers = null;
    this.kinds = null;
    this.minWeight = 1;
    this.afterFilterChange();
  }

  private afterFilterChange(): void {
    if (!this.filterKit && !isIdentityFilter(this.filter)) return this.whenRecounted(() => this.afterFilterChange());
    // drop a selection that left the graph
    const s = this.selection;
    if (s?.type === 'node' && !this.nodeById.has(s.id)) this.selection = null;
    if (s?.type === 'edge' && !this.edgeByKey.has(s.key)) this.selection = null;
    if (this.hovered && !this.nodeById.has(this.hovered)) this.hovered = null;
    this.relayout();
  }

  // ================================================================ geometry
  private fitFor(vp: { width: number; height: number }, positions: ReadonlyMap<string, { x: number; y: number }> = this.positions): Transform {
    const pts = this.view.nodes.map((n) => positions.get(n.key) ?? n.attributes);
    const b = boundsOf(pts);
    // room for the largest radius and a label on each side, at most a third of the viewport
    const padX = Math.min(vp.width / 3, FIT_PAD.x + 20 + this.maxLabelWidth());
    const padY = Math.min(vp.height / 3, FIT_PAD.y + 20);
    return fitTransform(b, vp.width, vp.height, { x: padX, y: padY });
  }

  private labelWidthMemo: { view: SerializedConceptGraph; lang: LabelLanguage; w: number } | null = null;
  /** Half the widest label (at most 45 px): memoised per view and language, and stops at the cap. */
  private maxLabelWidth(): number {
    const m = this.labelWidthMemo;
    if (m && m.view === this.view && m.lang === this.lang) return m.w;
    let w = 0;
    for (const n of this.view.nodes) {
      for (const l of labelLines(n.attributes.label, this.lang, LABEL_SIZE)) w = Math.max(w, textWidth(l.text, l.size));
      if (w >= 90) break;
    }
    this.labelWidthMemo = { view: this.view, lang: this.lang, w: Math.min(w, 90) / 2 };
    return this.labelWidthMemo.w;
  }

  setViewport(width: number, height: number): void {
    if (width < 10 || height < 10) return;
    if (width === this.viewport.width && height === this.viewport.height) return;
    this.viewport = { width, height };
    if (!this.userMoved) this.setTransform(this.fitFor(this.viewport));
  }

  setTransform(t: Transform): void {
    if (this.zoomTo) this.zoomTo(t);
    else this.transform = t;
  }

  zoomToFit(): void {
    this.userMoved = false;
    this.setTransform(this.fitFor(this.viewport));
  }

  zoomBy(factor: number): void {
    const t = this.transform;
    const cx = this.viewport.width / 2;
    const cy = this.viewport.height / 2;
    const k = Math.max(0.1, Math.min(12, t.k * factor));
    this.userMoved = true;
    this.setTransform({ k, x: cx - ((cx - t.x) / t.k) * k, y: cy - ((cy - t.y) / t.k) * k });
  }

  /** Centres the view on a concept (keeping the zoom) and selects it. */
  focusConcept(id: string): void {
    const p = this.positions.get(id);
    if (!p || !this.nodeById.has(id)) return;
    this.selectNode(id);
    this.userMoved = true;
    this.setTransform(centreOn(p.x, p.y, Math.max(this.transform.k, this.fitFor(this.viewport).k), this.viewport.width, this.viewport.height));
  }

  // ================================================================ simulation (in a Web Worker: $lib/engine/layout-client)
  private tween: number | null = null;
  /** Bumped by every relayout and drag: a settle that answers after a newer one started is dropped. */
  private relayoutGen = 0;
  /** The node under the pointer while dragging (its position follows the pointer, not the worker). */
  private dragging: { id: string; x: number; y: number } | null = null;
  private pendingTick: Positions | null = null;
  private frame: number | null = null;

  private stopTween(): void {
    if (this.tween !== null && typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.tween);
    this.tween = null;
  }

  /** Worker ticks and pointer moves are applied together, once per animation frame. */
  private schedule(): void {
    if (this.frame !== null) return;
    const apply = () => {
      this.frame = null;
      const tick = this.pendingTick;
      const drag = this.dragging;
      this.pendingTick = null;
      if (!tick && !drag) return;
      const next = new Map(this.positions);
      if (tick) for (const [id, p] of tick) next.set(id, p);
      if (drag) next.set(drag.id, { x: drag.x, y: drag.y });
      this.positions = next;
    };
    if (typeof requestAnimationFrame === 'undefined') apply();
    else this.frame = requestAnimationFrame(apply);
  }

  private ensureLayout(live: boolean): LayoutClient {
    const nodes = layoutNodesFor(
      this.view.nodes.map((n) => {
        const p = this.positions.get(n.key) ?? { x: n.attributes.x, y: n.attributes.y };
        const radius = this.radius(nodeValue(n.attributes, this.size));
        const labelWidth = Math.max(...labelLines(n.attributes.label, this.lang, LABEL_SIZE).map((l) => textWidth(l.text, l.size)));
        return { id: n.key, x: p.x, y: p.y, radius, labelWidth, pinned: this.pinned.has(n.key) };
      })
    );
    const links = layoutLinksFor(this.view.edges.map((e) => ({ source: e.source, target: e.target, weight: e.attributes.weight })));
    this.layout ??= new LayoutClient((p) => {
      this.pendingTick = p;
      this.schedule();
    });
    return this.layout.init(nodes, links, { seed: this.graph.attributes.parameters.seed }, live);
  }

  private liveLayout(id: string): LayoutClient {
    return this.layout && this.layout.live && this.layout.has(id) ? this.layout : this.ensureLayout(true);
  }

  /**
   * The filter changed: the worker computes the settled layout from the current positions, then the nodes move
   * there gently (and the view re-fits unless the user zoomed). Reduced motion or `instant`: they jump. Until the
   * answer comes the view shows the filtered graph at the old positions.
   */
  relayout(instant = this.reducedMotion): void {
    this.stopTween();
    const gen = ++this.relayoutGen;
    // after the next frame: the filtered graph is drawn first (at the old positions), then the layout input is
    // built and sent to the worker
    const run = () => {
      if (gen !== this.relayoutGen || this.view.nodes.length === 0) return;
      this.ensureLayout(false)
        .settle(0.3)
        .then(
          (target) => {
            if (gen === this.relayoutGen) this.moveTo(target, instant);
          },
          () => {
            /* replaced by a newer layout, or the view closed */
          }
        );
    };
    if (typeof requestAnimationFrame === 'undefined') run();
    else requestAnimationFrame(() => setTimeout(run, 0));
  }

  private moveTo(target: Positions, instant: boolean): void {
    const from = new Map(this.positions);
    const fromT = this.transform;
    const toT = this.userMoved ? fromT : this.fitFor(this.viewport, target);
    if (instant || typeof requestAnimationFrame === 'undefined') {
      this.positions = new Map([...from, ...target]);
      this.setTransform(toT);
      return;
    }
    const t0 = performance.now();
    const duration = 700;
    const step = (now: number) => {
      const u = Math.min(1, (now - t0) / duration);
      const e = u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2;
      const next = new Map(from);
      for (const [id, q] of target) {
        const p = from.get(id) ?? q;
        next.set(id, { x: p.x + (q.x - p.x) * e, y: p.y + (q.y - p.y) * e });
      }
      this.positions = next;
      if (toT !== fromT && !this.userMoved) this.setTransform({ k: fromT.k + (toT.k - fromT.k) * e, x: fromT.x + (toT.x - fromT.x) * e, y: fromT.y + (toT.y - fromT.y) * e });
      this.tween = u < 1 ? requestAnimationFrame(step) : null;
    };
    this.tween = requestAnimationFrame(step);
  }

  dragStart(id: string): void {
    this.stopTween();
    this.relayoutGen++;
    const layout = this.liveLayout(id);
    if (!this.reducedMotion) layout.reheat(0.15);
  }

  /** Pointer moved while dragging: screen coordinates. The node follows at once; the others follow the worker. */
  dragTo(id: string, sx: number, sy: number): void {
    const t = this.transform;
    const x = (sx - t.x) / t.k;
    const y = (sy - t.y) / t.k;
    this.liveLayout(id).pin(id, x, y);
    if (!this.pinned.has(id)) this.pinned = new Set([...this.pinned, id]);
    this.dragging = { id, x, y };
    this.schedule();
  }

  dragEnd(): void {
    this.dragging = null;
    if (!this.layout) return;
    if (this.reducedMotion) this.settleLive(0.1);
    else this.layout.reheat(0);
  }

  private settleLive(alpha: number): void {
    const gen = ++this.relayoutGen;
    this.layout?.settle(alpha).then(
      (p) => {
        if (gen !== this.relayoutGen) return;
        this.pendingTick = p;
        this.schedule();
      },
      () => {}
    );
  }

  /** Double-click: unpin a dragged node and let the layout settle gently. */
  release(id: string): void {
    if (!this.pinned.has(id)) return;
    const next = new Set(this.pinned);
    next.delete(id);
    this.pinned = next;
    this.stopTween();
    const layout = this.liveLayout(id);
    layout.release(id);
    if (this.reducedMotion) this.settleLive(0.1);
    else layout.start(0.1);
  }

  destroy(): void {
    this.stopTween();
    if (this.frame !== null && typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.frame);
    this.frame = null;
    this.layout?.destroy();
    this.layout = null;
  }
}
