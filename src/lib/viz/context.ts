/**
 * The one context the graph's render layers read (LayerCake-style: the explorer root publishes it once, the layers
 * consume it): what to draw (the filtered graph, geometry, focus flags, labels, camera) and where to report what
 * the pointer and the keyboard do. Graph.svg, Nodes.svg, Edges.svg, Edges.canvas, Labels.svg, Graph.canvas,
 * List.html and Legend.html read this and nothing else of the explorer; the explorer's state (src/lib/explorer)
 * implements it. Types and the context accessors only: no state, no DOM.
 */
import { createContext } from 'svelte';
import type { SerializedConceptGraph, SerializedEdge, SerializedNode } from '$lib/core/contract/types';
import type { PlacedLabel } from './labels';
import type { EdgeMeasure, LabelLanguage, NodeSize } from './measures';
import type { Transform } from './scales';

export type Selection = { type: 'node'; id: string } | { type: 'edge'; key: string } | null;

/** Where and how a node is drawn (no focus flags: a hover or a selection never changes these). */
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

/** A node's geometry with its focus flags. */
export interface NodeView extends NodeGeometry {
  dimmed: boolean;
  highlighted: boolean;
}

/** Where and how an edge is drawn, in screen px (no focus flags). */
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

/** An edge's geometry with its focus flags. */
export interface EdgeView extends EdgeGeometry {
  dimmed: boolean;
  highlighted: boolean;
}

/** What the size, the width and the labels encode (the user's display choices). */
export interface Encoding {
  readonly lang: LabelLanguage;
  readonly size: NodeSize;
  readonly measure: EdgeMeasure;
}

/** Selection, hover and keyboard focus, and the concepts in focus that they imply. */
export interface FocusState {
  readonly selection: Selection;
  readonly hovered: string | null;
  readonly hoveredEdge: string | null;
  readonly focused: string | null;
  /** Communities highlighted together (a structural gap's two sides); null: none. */
  readonly communities: ReadonlySet<number> | null;
  /** The hovered (else selected) concept or edge and its neighbourhood; null when nothing is in focus. */
  readonly focusSet: ReadonlySet<string> | null;
  /** Whether an edge is drawn highlighted: the selected or hovered edge, or an edge of the focused concept. */
  isEdgeHighlighted(e: { key: string; source: string; target: string }): boolean;
}

/** The zoom transform and the size of the stage. The zoom behaviour writes `transform` during gestures. */
export interface CameraState {
  readonly viewport: { width: number; height: number };
  transform: Transform;
  /** Set once the user zoomed or panned: resizes then keep their view instead of re-fitting. */
  userMoved: boolean;
  /** Installed by the graph view: applies a transform through its zoom behaviour (so its state agrees). */
  zoomTo: ((t: Transform) => void) | null;
  setViewport(width: number, height: number): void;
}

/** What the layers report. */
export interface LayerInput {
  hoverNode(id: string | null): void;
  hoverEdge(key: string | null): void;
  focusNode(id: string | null): void;
  selectNode(id: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
  dragStart(id: string): void;
  /** Pointer moved while dragging, in screen coordinates. */
  dragTo(id: string, sx: number, sy: number): void;
  dragEnd(): void;
  /** Unpins a dragged node. */
  release(id: string): void;
}

/** What is drawn: geometry (no focus flags), the same with focus flags, and the placed labels. */
export interface DisplayState {
  readonly nodeGeometry: readonly NodeGeometry[];
  readonly nodes: readonly NodeView[];
  readonly nodeViewById: ReadonlyMap<string, NodeView>;
  readonly edgeGeometry: readonly EdgeGeometry[];
  readonly edges: readonly EdgeView[];
  readonly labels: ReadonlyMap<string, PlacedLabel>;
}

export interface GraphLayers {
  /** The filtered graph as drawn: its nodes, and its links chosen for the picture (the backbone, or all). */
  readonly graph: SerializedConceptGraph;
  readonly encoding: Encoding;
  /** Layout positions (graph units) of the nodes on screen. */
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
  readonly display: DisplayState;
  readonly focus: FocusState;
  readonly camera: CameraState;
  readonly input: LayerInput;
}

const [getLayers, setLayers] = createContext<GraphLayers>();
/** Read by the layers (during component initialisation). */
export { getLayers };
/** Called once by the explorer's root component. */
export { setLayers };
