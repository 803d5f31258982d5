/**
 * Selection and focus: the selected concept or link (shareable), the hovered concept or link, the concept with the
 * keyboard focus and the passage open in the reader (transient), and what they imply: the concepts in focus (hover
 * wins over selection, selection over highlighted communities), the concept at its centre, which edges are drawn
 * highlighted. Selecting checks the id
 * against the filtered view; `dropVanished` forgets what a filter change removed. Runes; no DOM.
 */
import type { SerializedEdge, SerializedNode } from '$lib/core/contract/types';
import type { FocusState, Selection } from '$lib/viz/context';
import type { FilteredView } from './view.svelte';

export type { Selection };

export class SelectionState implements FocusState {
  selection = $state<Selection>(null);
  hovered = $state<string | null>(null);
  hoveredEdge = $state<string | null>(null);
  focused = $state<string | null>(null);
  readerPassage = $state<string | null>(null);
  /** Communities highlighted together (a structural gap's two sides), below hover and selection; null: none. */
  communities = $state.raw<ReadonlySet<number> | null>(null);

  private readonly view: FilteredView;

  constructor(view: FilteredView) {
    this.view = view;
  }

  /** The concept(s) the view is focused on: hover wins over selection. */
  focusSet: Set<string> | null = $derived.by(() => {
    const { nodeById, edgeByKey, neighbours } = this.view;
    const h = this.hovered;
    if (h && nodeById.has(h)) return new Set([h, ...(neighbours.get(h) ?? [])]);
    const he = this.hoveredEdge ? edgeByKey.get(this.hoveredEdge) : undefined;
    if (he) return new Set([he.source, he.target]);
    const s = this.selection;
    if (s?.type === 'node' && nodeById.has(s.id)) return new Set([s.id, ...(neighbours.get(s.id) ?? [])]);
    if (s?.type === 'edge') {
      const e = edgeByKey.get(s.key);
      if (e) return new Set([e.source, e.target]);
    }
    const c = this.communities;
    if (c) return new Set([...nodeById.values()].filter((n) => c.has(n.attributes.community)).map((n) => n.key));
    return null;
  });

  /** Whether the highlighted communities are what is in focus (no hover, no selection in the view). */
  private communitiesInFocus: boolean = $derived.by(() => {
    if (!this.communities) return false;
    const { nodeById, edgeByKey } = this.view;
    if (this.hovered && nodeById.has(this.hovered)) return false;
    if (this.hoveredEdge && edgeByKey.has(this.hoveredEdge)) return false;
    const s = this.selection;
    return !(s?.type === 'node' ? nodeById.has(s.id) : s?.type === 'edge' ? edgeByKey.has(s.key) : false);
  });

  /** The concept whose edges are highlighted: the hovered one, else the selected one. */
  focusCentre: string | null = $derived.by(() =>
    this.hovered && this.view.nodeById.has(this.hovered) ? this.hovered : this.selection?.type === 'node' ? this.selection.id : null
  );

  selectedNode: SerializedNode | null = $derived.by(() => (this.selection?.type === 'node' ? (this.view.nodeById.get(this.selection.id) ?? null) : null));
  selectedEdge: SerializedEdge | null = $derived.by(() => (this.selection?.type === 'edge' ? (this.view.edgeByKey.get(this.selection.key) ?? null) : null));

  /** Whether an edge is drawn highlighted: the selected or hovered edge, or an edge of the focused concept. */
  isEdgeHighlighted(e: { key: string; source: string; target: string }): boolean {
    const centre = this.focusCentre;
    const selEdge = this.selection?.type === 'edge' ? this.selection.key : null;
    if (e.key === selEdge || e.key === this.hoveredEdge || (centre !== null && (e.source === centre || e.target === centre))) return true;
    // highlighted communities: the links inside and between them
    if (this.communitiesInFocus) {
      const f = this.focusSet;
      return !!f && f.has(e.source) && f.has(e.target);
    }
    return false;
  }

  /** Highlights communities together (others dimmed); null clears. Clears a selection, which would hide them. */
  highlightCommunities(ids: Iterable<number> | null): void {
    this.communities = ids === null ? null : new Set(ids);
    if (ids !== null) this.selection = null;
  }

  /** The concepts of the selection (one, or both ends of a link), from its id or key alone. */
  get selectedIds(): string[] {
    const s = this.selection;
    if (s?.type === 'node') return [s.id];
    if (s?.type === 'edge') return s.key.split('|');
    return [];
  }

  selectNode(id: string): void {
    if (this.view.nodeById.has(id)) this.selection = { type: 'node', id };
  }

  selectEdge(key: string): void {
    if (this.view.edgeByKey.has(key)) this.selection = { type: 'edge', key };
  }

  /** Clears the selection (and the highlighted communities). */
  clear(): void {
    this.selection = null;
    this.communities = null;
  }

  /** After a filter change: forgets a selection or hover that left the view. */
  dropVanished(): void {
    const s = this.selection;
    if (s?.type === 'node' && !this.view.nodeById.has(s.id)) this.selection = null;
    if (s?.type === 'edge' && !this.view.edgeByKey.has(s.key)) this.selection = null;
    if (this.hovered && !this.view.nodeById.has(this.hovered)) this.hovered = null;
  }
}
