/**
 * The static facts of the loaded graph the explorer looks things up in: filter options (sections, speakers, kinds,
 * the largest co-mention count), the sections with dialogue, id sets for the URL parser, names by id, document order
 * of the passages, the search index (built on first use) and the view defaults that follow the data (label
 * language). Computed once per loaded graph; plain TypeScript, no runes; never mutates the graph.
 */
import type { SerializedConceptGraph, SerializedNode } from '$lib/core/contract/types';
import { NONE_KEY } from '$lib/core/contract/types';
import { interviewSections, sectionOptions, type SectionOption } from '$lib/core/count/scope';
import { conceptHierarchy, type Hierarchy } from '$lib/core/analysis/hierarchy';
import { buildSearchIndex } from './search';
import { DEFAULT_VIEW, type KnownIds, type ViewParams } from './url';
import { defaultLabelLanguage, transcriptLanguage, type DocumentLanguage } from '$lib/core/text/language';

export interface SpeakerOption {
  id: string;
  name: string;
  role: string | null;
  passageCount: number;
}

export interface KindOption {
  id: string;
  count: number;
}

/** The speaker filter's name for passages without a speaker (narration, notes, headings' paragraphs). */
export const NO_SPEAKER = 'No speaker';

export class GraphIndex {
  readonly graph: SerializedConceptGraph;
  /** Base name of the data file, for export file names. */
  readonly transcript: string;
  readonly sectionOptions: SectionOption[];
  /** Sections with speaker turns (each top-level part holding a turn, with its subtree). */
  readonly dialogue: ReadonlySet<string>;
  /** Whether "dialogue only" is a scope of its own: some passages lie outside those sections. */
  readonly dialogueIsScope: boolean;
  readonly speakerOptions: SpeakerOption[];
  readonly kindOptions: KindOption[];
  readonly maxWeight: number;
  readonly known: KnownIds;
  /** Language of the transcript (the page's `lang`). */
  readonly language: DocumentLanguage;
  /** The view when the URL says nothing. */
  readonly defaults: ViewParams;
  private readonly sectionTitles: Map<string, string>;
  private readonly speakerNames: Map<string, string>;
  private readonly baseNodes: Map<string, SerializedNode>;
  private readonly order: Map<string, number>;
  private search: ReturnType<typeof buildSearchIndex> | null = null;
  private tree: Hierarchy | null = null;

  constructor(graph: SerializedConceptGraph, transcript = 'graph') {
    this.graph = graph;
    this.transcript = transcript;
    const a = graph.attributes;
    this.sectionOptions = sectionOptions(a.sections, a.passages);
    this.dialogue = interviewSections(a.sections, a.passages);
    const bySpeaker = new Map<string, number>();
    let inDialogue = 0;
    for (const p of a.passages) {
      const k = p.speaker ?? NONE_KEY;
      bySpeaker.set(k, (bySpeaker.get(k) ?? 0) + 1);
      if (this.dialogue.has(p.section ?? NONE_KEY)) inDialogue++;
    }
    this.dialogueIsScope = inDialogue > 0 && inDialogue < a.passages.length;
    this.speakerOptions = a.speakers.map((s) => ({ ...s, passageCount: bySpeaker.get(s.id) ?? 0 }));
    if (bySpeaker.has(NONE_KEY)) this.speakerOptions.push({ id: NONE_KEY, name: NO_SPEAKER, role: null, passageCount: bySpeaker.get(NONE_KEY)! });
    const kinds = new Map<string, number>();
    for (const n of graph.nodes) kinds.set(n.attributes.kind, (kinds.get(n.attributes.kind) ?? 0) + 1);
    this.kindOptions = [...kinds].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id, count]) => ({ id, count }));
    let maxWeight = 1;
    for (const e of graph.edges) if (e.attributes.weight > maxWeight) maxWeight = e.attributes.weight;
    this.maxWeight = maxWeight;
    this.sectionTitles = new Map(a.sections.map((s) => [s.id, s.title]));
    this.speakerNames = new Map(a.speakers.map((s) => [s.id, s.name]));
    this.baseNodes = new Map(graph.nodes.map((n) => [n.key, n]));
    this.order = new Map(a.passages.map((p, i) => [p.id, i]));
    this.known = {
      concepts: new Set(this.baseNodes.keys()),
      edges: new Set(graph.edges.map((e) => e.key)),
      sections: new Set(this.sectionOptions.map((s) => s.id)),
      speakers: new Set(this.speakerOptions.map((s) => s.id)),
      kinds: new Set(kinds.keys()),
      maxWeight,
      passages: new Set(this.order.keys())
    };
    this.language = transcriptLanguage(a.passages);
    this.defaults = { ...DEFAULT_VIEW, lang: defaultLabelLanguage(graph.nodes, this.language) };
  }

  /** Built on the first search (thousands of concepts: tens of milliseconds the first paint need not wait for). */
  get searchIndex(): ReturnType<typeof buildSearchIndex> {
    return (this.search ??= buildSearchIndex(this.graph.nodes));
  }

  /** The catalog's broader / narrower links between the graph's concepts (built on first use). */
  get hierarchy(): Hierarchy {
    return (this.tree ??= conceptHierarchy(this.graph));
  }

  sectionTitle(id: string): string {
    return this.sectionTitles.get(id) ?? id;
  }

  speakerName(id: string): string {
    return this.speakerNames.get(id) ?? id;
  }

  /** A concept of the whole graph (not only the filtered view). */
  baseNode(id: string): SerializedNode | undefined {
    return this.baseNodes.get(id);
  }

  /** Position of a passage in the document. */
  passageOrder(id: string): number {
    return this.order.get(id) ?? Number.MAX_SAFE_INTEGER;
  }
}
