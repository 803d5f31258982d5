/**
 * The evidence of the selection: the passages in scope that mention the selected concept (with, unless switched
 * off, those of its narrower concepts) or both ends of the selected link, with their marks, in document order; the
 * selected concept's passages per section; and the marks the transcript reader highlights (over the whole
 * transcript, not only the scope). The concept's passages can be narrowed to one speaker's (`onlySpeaker`, from the
 * Speakers table); the narrowing belongs to the concept it was set for and lapses when the selection changes.
 * Derived with runes from the filtered view, the selection and the graph index; no DOM.
 */
import type { Passage } from '$lib/core/contract/types';
import { NONE_KEY } from '$lib/core/contract/types';
import { conceptPassages, descendants } from '$lib/core/analysis/hierarchy';
import type { GraphIndex } from './graph-index';
import type { MarkSpan } from './segments';
import type { SelectionState } from './selection.svelte';
import type { FilteredView } from './view.svelte';

export interface PassageEntry {
  passage: Passage;
  sectionTitle: string;
  speakerName: string | null;
  marks: MarkSpan[];
  /** Set when the passage is there only through narrower concepts: their ids. */
  via?: string[];
}

export interface SectionCount {
  id: string;
  title: string;
  count: number;
  level: number;
}

export class Evidence {
  private readonly index: GraphIndex;
  private readonly view: FilteredView;
  private readonly focus: SelectionState;
  private readonly sections: () => ReadonlySet<string> | null;

  constructor(index: GraphIndex, view: FilteredView, focus: SelectionState, sections: () => ReadonlySet<string> | null) {
    this.index = index;
    this.view = view;
    this.focus = focus;
    this.sections = sections;
  }

  private entry(p: Passage, marks: MarkSpan[]): PassageEntry {
    return {
      passage: p,
      sectionTitle: p.section ? this.index.sectionTitle(p.section) : '(before the first heading)',
      speakerName: p.speaker ? this.index.speakerName(p.speaker) : null,
      marks
    };
  }

  /** One speaker's passages of one concept (speaker id or NONE_KEY); null: every speaker. */
  private only = $state.raw<{ concept: string; speaker: string } | null>(null);

  /** Shows the passages of `concept` by `speaker` only (selecting the concept is the caller's). */
  narrowToSpeaker(concept: string, speaker: string | null): void {
    this.only = speaker === null ? null : { concept, speaker };
  }

  /** The speaker the selected concept's passages are narrowed to, or null. */
  onlySpeaker: string | null = $derived.by(() => {
    const n = this.focus.selectedNode;
    return n && this.only?.concept === n.key ? this.only.speaker : null;
  });

  /** Whether a concept's passages include those of its narrower concepts (the catalog's `broader` links). */
  withNarrower = $state(true);

  /** The narrower concepts (children, grandchildren...) of the selected concept that are in the view. */
  narrower: string[] = $derived.by(() => {
    const n = this.focus.selectedNode;
    return n ? descendants(this.index.hierarchy, n.key).filter((id) => this.view.nodeById.has(id)) : [];
  });

  /** The passages in scope by id (rebuilt when the view changes, not on every selection). */
  private inScope: Map<string, Passage> = $derived.by(() => new Map(this.view.graph.attributes.passages.map((p) => [p.id, p])));

  /**
   * The passages of the selection in scope; narrowed to a speaker, that speaker's passages of the concept itself
   * (the ones the Speakers table counts), without those there only through narrower concepts.
   */
  passages: PassageEntry[] = $derived.by(() => {
    const who = this.onlySpeaker;
    return who === null ? this.allPassages : this.allPassages.filter((e) => !e.via && (e.passage.speaker ?? NONE_KEY) === who);
  });

  /**
   * The passages of the selection in scope, with the mentions marked (tone b: the link's second concept, or a
   * narrower concept's mention); a passage there only through narrower concepts names them in `via`.
   */
  allPassages: PassageEntry[] = $derived.by(() => {
    const inScope = this.inScope;
    const n = this.focus.selectedNode;
    if (n) {
      const list = conceptPassages(this.view.graph, n.key, this.withNarrower, this.index.hierarchy);
      return list
        .filter((c) => inScope.has(c.passage))
        .map((c) => {
          const e = this.entry(inScope.get(c.passage)!, c.mentions.map((m) => ({ start: m.start, end: m.end, tone: m.narrower ? ('b' as const) : ('a' as const) })));
          if (c.viaNarrower) e.via = [...new Set(c.mentions.map((m) => m.concept))];
          return e;
        });
    }
    const e = this.focus.selectedEdge;
    if (e) {
      const a = this.view.nodeById.get(e.source)!;
      const b = this.view.nodeById.get(e.target)!;
      return e.attributes.passages
        .filter((id) => inScope.has(id))
        .map((id) => {
          const marks: MarkSpan[] = [
            ...a.attributes.mentions.filter((m) => m.passage === id).map((m) => ({ start: m.start, end: m.end, tone: 'a' as const })),
            ...b.attributes.mentions.filter((m) => m.passage === id).map((m) => ({ start: m.start, end: m.end, tone: 'b' as const }))
          ];
          return this.entry(inScope.get(id)!, marks);
        });
    }
    return [];
  });

  /** How many passages in scope are the selection's own (not there only through narrower concepts). */
  ownCount: number = $derived.by(() => this.allPassages.reduce((n, e) => (e.via ? n : n + 1), 0));

  /** Per-section passage counts of the selection (every section in scope with passages, document order). */
  bySection: SectionCount[] = $derived.by(() => {
    const counts = new Map<string, number>();
    for (const e of this.passages) {
      const k = e.passage.section ?? NONE_KEY;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const scope = this.sections();
    return this.index.sectionOptions
      .filter((s) => (scope === null || scope.has(s.id)) && s.passageCount > 0)
      .map((s) => ({ id: s.id, title: s.title, count: counts.get(s.id) ?? 0, level: s.level }));
  });

  /** Marks per passage for the reader: the selection's mentions (both ends of a link), in the whole graph. */
  readerMarks: Map<string, MarkSpan[]> = $derived.by(() => {
    const out = new Map<string, MarkSpan[]>();
    const add = (id: string, tone: 'a' | 'b') => {
      for (const m of this.index.baseNode(id)?.attributes.mentions ?? []) {
        if (!out.has(m.passage)) out.set(m.passage, []);
        out.get(m.passage)!.push({ start: m.start, end: m.end, tone });
      }
    };
    const [x, y] = this.focus.selectedIds;
    if (x !== undefined) add(x, 'a');
    if (y !== undefined) add(y, 'b');
    return out;
  });
}
