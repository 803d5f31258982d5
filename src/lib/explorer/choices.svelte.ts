/**
 * The user's shareable choices: the filter (sections, speakers, kinds, minimum co-mentions) and the display
 * encoding (label language, edge measure, node size), as runes. Every filter change goes through a method, which
 * normalises it ("every id" is stored as null = all) and then calls `onFilterChange`; the display choices are plain
 * fields. The URL form of these choices is ./url.ts; the selection is ./selection.svelte.ts. No DOM.
 */
import type { Filter, PassageRange } from '$lib/core/count/scope';
import type { EdgeMeasure, LabelLanguage, NodeSize } from '$lib/viz/measures';
import type { Encoding } from '$lib/viz/context';
import type { GraphIndex } from './graph-index';
import type { LinkSet, ViewParams } from './url';

const setOrNull = (xs: readonly string[] | null) => (xs === null ? null : new Set(xs));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));
/** `ids` in the options' order (URL and caption order), or null for "all". */
const ordered = (set: ReadonlySet<string> | null, options: readonly { id: string }[]) => (set === null ? null : options.map((o) => o.id).filter((id) => set.has(id)));

export class Choices implements Encoding {
  sections = $state.raw<ReadonlySet<string> | null>(null);
  speakers = $state.raw<ReadonlySet<string> | null>(null);
  kinds = $state.raw<ReadonlySet<string> | null>(null);
  minWeight = $state(1);
  /** The timeline's range (first and last passage), or null for the whole document. */
  range = $state.raw<PassageRange | null>(null);
  lang = $state<LabelLanguage>('zh');
  measure = $state<EdgeMeasure>('count');
  size = $state<NodeSize>('passages');
  /** Links drawn: the backbone (default) or all (the tables and data exports always have all). */
  links = $state<LinkSet>('backbone');

  /** The filter as one value (a new object only when one of its parts changes). */
  filter: Filter = $derived({ sections: this.sections, speakers: this.speakers, kinds: this.kinds, minWeight: this.minWeight, range: this.range });

  /** True when the sections in scope are exactly those with dialogue. */
  isDialogueOnly: boolean = $derived.by(() => this.sections !== null && this.index.dialogue.size > 0 && sameSet(this.sections, this.index.dialogue));

  constructor(
    private readonly index: GraphIndex,
    /** Called after every change of the filter (the explorer recounts, drops a vanished selection, relayouts). */
    private readonly onFilterChange: () => void = () => {}
  ) {
    this.apply(index.defaults);
  }

  /** Takes the choices of a parsed URL (the selection in it is the explorer's to apply). No change callback. */
  apply(p: ViewParams): void {
    this.sections = setOrNull(p.sections);
    this.speakers = setOrNull(p.speakers);
    this.kinds = setOrNull(p.kinds);
    this.minWeight = p.minWeight;
    this.range = p.range;
    this.lang = p.lang;
    this.measure = p.measure;
    this.size = p.size;
    this.links = p.links;
  }

  /** Whether the filter keeps less than the whole graph. */
  get filtered(): boolean {
    return this.sections !== null || this.speakers !== null || this.kinds !== null || this.minWeight > 1 || this.range !== null;
  }

  /** The choices in URL form (ids in document / option order), with the given selection. */
  params(selection: Pick<ViewParams, 'concept' | 'edge'>): ViewParams {
    return {
      ...selection,
      sections: ordered(this.sections, this.index.sectionOptions),
      speakers: ordered(this.speakers, this.index.speakerOptions),
      kinds: ordered(this.kinds, this.index.kindOptions),
      minWeight: this.minWeight,
      range: this.range,
      lang: this.lang,
      measure: this.measure,
      size: this.size,
      links: this.links
    };
  }

  setSections(ids: Iterable<string> | null): void {
    const s = ids === null ? null : new Set(ids);
    this.sections = s === null || s.size === this.index.known.sections.size ? null : s;
    this.onFilterChange();
  }

  toggleSection(id: string, on: boolean): void {
    this.setSections(toggled(this.sections ?? this.index.known.sections, id, on));
  }

  toggleSpeaker(id: string, on: boolean): void {
    const cur = toggled(this.speakers ?? this.index.known.speakers, id, on);
    this.speakers = cur.size === this.index.known.speakers.size ? null : cur;
    this.onFilterChange();
  }

  toggleKind(id: string, on: boolean): void {
    const cur = toggled(this.kinds ?? this.index.known.kinds, id, on);
    this.kinds = cur.size === this.index.known.kinds.size ? null : cur;
    this.onFilterChange();
  }

  setMinWeight(w: number): void {
    const v = Math.max(1, Math.min(this.index.maxWeight, Math.round(w)));
    if (v === this.minWeight) return;
    this.minWeight = v;
    this.onFilterChange();
  }

  /** Narrows the scope to passages `from` .. `to` (the timeline's brush); null: the whole document. */
  setRange(range: PassageRange | null): void {
    if (range) {
      const [a, b] = [this.index.passageOrder(range.from), this.index.passageOrder(range.to)];
      const ps = this.index.graph.attributes.passages;
      if (a >= ps.length || b >= ps.length) return;
      range = a <= b ? range : { from: range.to, to: range.from };
      if (Math.min(a, b) === 0 && Math.max(a, b) === ps.length - 1) range = null;
    }
    const same = range === this.range || (range !== null && this.range !== null && range.from === this.range.from && range.to === this.range.to);
    if (same) return;
    this.range = range;
    this.onFilterChange();
  }

  resetFilters(): void {
    this.range = null;
    this.sections = null;
    this.speakers = null;
    this.kinds = null;
    this.minWeight = 1;
    this.onFilterChange();
  }
}

function toggled(from: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const cur = new Set(from);
  if (on) cur.add(id);
  else cur.delete(id);
  return cur;
}
