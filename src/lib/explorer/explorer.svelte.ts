/**
 * The explorer of one loaded graph, composed of small rune-based parts, each in its own module and testable alone:
 *
 *   index     the graph's static facts (options, names, defaults)      ./graph-index.ts
 *   choices   filter and encoding the user chose (shareable)           ./choices.svelte.ts
 *   view      the filtered graph, recounted lazily                     ./view.svelte.ts
 *   focus     selection, hover, keyboard focus, reader passage         ./selection.svelte.ts
 *   evidence  the selection's passages and marks                       ./evidence.svelte.ts
 *   camera    zoom transform, viewport, fit                            ./camera.svelte.ts
 *   motion    layout positions, relayout tween, drag (layout worker)   ./motion.svelte.ts
 *   display   geometry, focus flags and labels (reducers)              ./display.svelte.ts
 *
 * This root wires them (a filter change drops a vanished selection and relayouts), holds the URL form of the view
 * and publishes `layers`, the one context the render layers read ($lib/viz/context). It never writes into the
 * loaded graph. Controls (src/lib/ui) use the parts directly.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import type { ExportScene } from '$lib/export/image';
import type { GraphLayers, LayerInput } from '$lib/viz/context';
import { Camera } from './camera.svelte';
import { Choices } from './choices.svelte';
import { Display } from './display.svelte';
import { Evidence } from './evidence.svelte';
import { exportScene, viewFilename, type ExportFrame } from './export-view';
import { GraphIndex } from './graph-index';
import { Motion, type FrameClock, type LayoutPort } from './motion.svelte';
import { SelectionState } from './selection.svelte';
import { parseViewParams, serializeViewParams, type ViewParams } from './url';
import { FilteredView } from './view.svelte';
import type { Positions } from '$lib/core/layout/simulation';

export interface ExplorerOptions {
  /** Replaces the layout worker's client (tests). */
  layout?: (onTick: (p: Positions) => void) => LayoutPort;
  /** Replaces requestAnimationFrame (tests); null: everything at once. */
  clock?: FrameClock | null;
  /** Replaces the lazy import of the recount code (tests). */
  loadFilterKit?: () => Promise<typeof import('./filter-kit')>;
}

export class Explorer {
  readonly index: GraphIndex;
  readonly choices: Choices;
  readonly view: FilteredView;
  readonly focus: SelectionState;
  readonly evidence: Evidence;
  readonly camera: Camera;
  readonly motion: Motion;
  readonly display: Display;
  /** What the render layers read (published as their context by the explorer's root component). */
  readonly layers: GraphLayers;

  constructor(graph: SerializedConceptGraph, transcript = 'graph', opts: ExplorerOptions = {}) {
    const index = (this.index = new GraphIndex(graph, transcript));
    const choices = (this.choices = new Choices(index, () => this.afterFilterChange()));
    const view = (this.view = new FilteredView(graph, () => choices.filter, opts.loadFilterKit));
    const focus = (this.focus = new SelectionState(view));
    this.evidence = new Evidence(index, view, focus, () => choices.sections);
    const motion: Motion = (this.motion = new Motion(
      graph,
      () => ({ graph: view.graph, lang: choices.lang, size: choices.size, radius: display.radius, seed: graph.attributes.parameters.seed, camera }),
      { layout: opts.layout, clock: opts.clock }
    ));
    const camera: Camera = (this.camera = new Camera(() => ({ graph: view.graph, positions: motion.positions, lang: choices.lang })));
    const display: Display = (this.display = new Display(view, choices, focus, {
      get positions(): Positions {
        return motion.positions;
      },
      get pinned(): ReadonlySet<string> {
        return motion.pinned;
      },
      get transform() {
        return camera.transform;
      },
      get viewport() {
        return camera.viewport;
      },
      get links() {
        return choices.links;
      }
    }));
    this.layers = layersOf(this);
  }

  /** The loaded graph (unfiltered). */
  get graph(): SerializedConceptGraph {
    return this.index.graph;
  }

  // ------------------------------------------------------------------ the URL form of the view
  params: ViewParams = $derived.by(() => {
    const s = this.focus.selection;
    return this.choices.params({ concept: s?.type === 'node' ? s.id : null, edge: s?.type === 'edge' ? s.key : null });
  });
  query: string = $derived.by(() => serializeViewParams(this.params, this.index.defaults));

  /** Takes the view of a URL query; a filter in it settles the layout at once (no animation on load). */
  applyQuery(search: string): void {
    const p = parseViewParams(new URLSearchParams(search), this.index.known, this.index.defaults);
    this.choices.apply(p);
    this.focus.selection = p.edge ? { type: 'edge', key: p.edge } : p.concept ? { type: 'node', id: p.concept } : null;
    if (this.choices.filtered) this.view.whenRecounted(() => this.motion.relayout(true));
  }

  /** A filter changed: once the view is recounted, forget what left it and move the nodes to their new layout. */
  private afterFilterChange(): void {
    if (!this.view.recounted) return this.view.whenRecounted(() => this.afterFilterChange());
    this.focus.dropVanished();
    this.motion.relayout();
  }

  /** Centres the view on a concept (keeping the zoom) and selects it. */
  focusConcept(id: string): void {
    const p = this.motion.positions.get(id);
    if (!p || !this.view.nodeById.has(id)) return;
    this.focus.selectNode(id);
    this.camera.centreOn(p);
  }

  // ------------------------------------------------------------------ exports
  filename(ext: string, suffix = ''): string {
    return viewFilename(this.index, this.choices, ext, suffix);
  }

  /** The filtered graph with the positions on screen (for the data exports). */
  exportGraph(): Promise<SerializedConceptGraph> {
    return this.view.exportGraph(this.motion.positions);
  }

  /**
   * "backbone: 144 of 776 links" (and "+ 12 of the selection" when a selection adds links) when the picture draws
   * less than every link; null otherwise.
   */
  get linksNote(): string | null {
    const all = this.view.graph.edges.length;
    const backbone = this.view.backbone.size;
    if (this.choices.links === 'all' || backbone >= all) return null;
    const drawn = this.display.drawn.edges.length;
    return `backbone: ${backbone} of ${all} links${drawn > backbone ? `, + ${drawn - backbone} of the selection` : ''}`;
  }

  /** An image-export scene: the whole filtered graph fitted to the viewport's shape, or the view as on screen. */
  exportScene(background: 'white' | 'transparent', frame: ExportFrame = 'whole'): ExportScene {
    const d = this.display;
    return exportScene(
      {
        index: this.index,
        choices: this.choices,
        nodes: d.nodes,
        edges: d.edges,
        positions: this.motion.positions,
        labels: d.labels,
        selected: this.focus.selectedIds,
        viewport: this.camera.viewport,
        counts: this.view.stats,
        linksNote: this.linksNote
      },
      background,
      frame
    );
  }

  destroy(): void {
    this.motion.destroy();
  }
}

/** The render layers' context: getters over the parts (reads stay reactive), and their input. */
function layersOf(ex: Explorer): GraphLayers {
  const { view, choices, motion, display, focus, camera } = ex;
  const input: LayerInput = {
    hoverNode: (id) => (focus.hovered = id),
    hoverEdge: (key) => (focus.hoveredEdge = key),
    focusNode: (id) => (focus.focused = id),
    selectNode: (id) => focus.selectNode(id),
    selectEdge: (key) => focus.selectEdge(key),
    clearSelection: () => focus.clear(),
    dragStart: (id) => motion.dragStart(id),
    dragTo: (id, sx, sy) => motion.dragTo(id, sx, sy),
    dragEnd: () => motion.dragEnd(),
    release: (id) => motion.release(id)
  };
  return {
    get graph() {
      return display.drawn;
    },
    encoding: choices,
    get positions() {
      return motion.positions;
    },
    display,
    focus,
    camera,
    input
  };
}
