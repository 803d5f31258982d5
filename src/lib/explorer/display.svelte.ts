/**
 * The display data of the view, derived with runes through the reducers (./reducers.ts): the links drawn (the
 * backbone by default), scales, node and edge geometry, the same with focus flags, and the label placement.
 * Geometry depends on the view, the layout, the camera and the encoding, never on hover (with the backbone drawn,
 * a selection adds its links); the focus flags and labels depend on those too. So a
 * click or a hover leaves `nodeGeometry` and `edgeGeometry` (what the node positions, the cached edge pictures and
 * the hidden hit paths follow) as the same arrays. No DOM.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import type { DisplayState, EdgeGeometry, EdgeView, Encoding, FocusState, NodeGeometry, NodeView } from '$lib/viz/context';
import { placeLabels, type PlacedLabel } from '$lib/viz/labels';
import { edgeValue, nodeValue } from '$lib/viz/measures';
import { edgeStyleScale, radiusScale, type Transform } from '$lib/viz/scales';
import { LABEL_SIZE } from './camera.svelte';
import { edgeGeometry, edgeViews, labelRequests, nodeGeometry, nodeView } from './reducers';
import type { FilteredView } from './view.svelte';
import type { LinkSet } from './url';

/** What the display is derived from besides the view and the focus. */
export interface DisplaySource {
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
  readonly pinned: ReadonlySet<string>;
  readonly transform: Transform;
  readonly viewport: { width: number; height: number };
  /** Links drawn: the backbone of the view or all its links. */
  readonly links: LinkSet;
}

export class Display implements DisplayState {
  private readonly view: FilteredView;
  private readonly enc: Encoding;
  private readonly focus: FocusState;
  private readonly src: DisplaySource;

  constructor(view: FilteredView, enc: Encoding, focus: FocusState, src: DisplaySource) {
    this.view = view;
    this.enc = enc;
    this.focus = focus;
    this.src = src;
  }

  /**
   * The graph as drawn: the view's nodes with the links chosen (the backbone and the selection's links, or all).
   * Geometry, the canvas and the accessible list draw this; the tables and data exports read the view itself.
   */
  drawn: SerializedConceptGraph = $derived.by(() => {
    const g = this.view.graph;
    if (this.src.links === 'all') return g;
    const keep = this.view.backbone;
    if (keep.size === g.edges.length) return g;
    // the selection's links are drawn too: the selected link, every link of the selected concept
    const s = this.focus.selection;
    const key = s?.type === 'edge' ? s.key : null;
    const id = s?.type === 'node' ? s.id : null;
    return { ...g, edges: g.edges.filter((e) => keep.has(e.key) || e.key === key || e.source === id || e.target === id) };
  });

  radius = $derived.by(() => radiusScale(this.view.graph.nodes.map((n) => nodeValue(n.attributes, this.enc.size)), 5, 20));
  edgeStyle = $derived.by(() => edgeStyleScale(this.view.graph.edges.map((e) => edgeValue(e.attributes, this.enc.measure)), this.enc.measure));

  nodeGeometry: NodeGeometry[] = $derived.by(() => nodeGeometry(this.view.graph, this.src.positions, this.src.transform, this.enc, this.radius, this.src.pinned));
  private nodeGeometryById: Map<string, NodeGeometry> = $derived(new Map(this.nodeGeometry.map((n) => [n.id, n])));
  /** Edge geometry and style in view order (no focus flags). */
  edgeGeometry: EdgeGeometry[] = $derived.by(() => edgeGeometry(this.drawn, this.nodeGeometryById, this.enc, this.edgeStyle));

  nodes: NodeView[] = $derived.by(() => {
    const focus = this.focus.focusSet;
    return this.nodeGeometry.map((g) => nodeView(g, focus));
  });
  nodeViewById: Map<string, NodeView> = $derived(new Map(this.nodes.map((n) => [n.id, n])));
  edges: EdgeView[] = $derived.by(() => edgeViews(this.edgeGeometry, this.focus.focusSet, (e) => this.focus.isEdgeHighlighted(e)));

  labels: Map<string, PlacedLabel> = $derived.by(() => {
    const f = this.focus;
    const forced = new Set<string>();
    if (f.hovered) forced.add(f.hovered);
    if (f.focused) forced.add(f.focused);
    const s = f.selection;
    if (s?.type === 'node') forced.add(s.id);
    if (s?.type === 'edge') {
      const e = this.view.edgeByKey.get(s.key);
      if (e) forced.add(e.source).add(e.target);
    }
    const n = this.nodes.length;
    const { width, height } = this.src.viewport;
    return placeLabels(labelRequests(this.nodes, this.enc, f.focusSet, forced, LABEL_SIZE), {
      width,
      height,
      importantCount: Math.ceil(n * 0.2),
      alwaysCount: Math.min(5, n)
    });
  });
}
