/**
 * Shareable view state <-> URL query. Only values that differ from the defaults are written; unknown keys,
 * unknown ids and malformed values are ignored (never an error), so any old or hand-edited link opens.
 *
 *   c=<concept>          selected concept        e=<a>|<b>     selected edge
 *   sec=<id>,<id>        sections in scope       spk=<id>,...  speakers in scope     kind=<kind>,...
 *   range=<p>,<p>        first and last passage of the timeline's range
 *   min=<n>              minimum co-mentions     lang=zh|en|both   m=count|jaccard|npmi   size=passages|degree|...
 *   links=all            draw every link (default: the backbone, $lib/core/analysis/backbone.ts)
 *
 * An empty list (`sec=`) means "none"; an absent key means "all". The defaults may depend on the graph (the label
 * language follows its data: ./language.ts): parse and serialize take the same defaults.
 */
import {
  DEFAULT_EDGE_MEASURE,
  DEFAULT_LANGUAGE,
  DEFAULT_NODE_SIZE,
  EDGE_MEASURES,
  LANGUAGES,
  NODE_SIZES,
  isOneOf,
  type EdgeMeasure,
  type LabelLanguage,
  type NodeSize
} from '$lib/viz/measures';
import type { PassageRange } from '$lib/core/count/scope';

export interface ViewParams {
  concept: string | null;
  edge: string | null;
  sections: string[] | null;
  speakers: string[] | null;
  kinds: string[] | null;
  minWeight: number;
  range: PassageRange | null;
  lang: LabelLanguage;
  measure: EdgeMeasure;
  size: NodeSize;
  /** Links drawn: the backbone or all of them (tables and data exports always have all). */
  links: LinkSet;
}

export type LinkSet = 'backbone' | 'all';

export const DEFAULT_VIEW: ViewParams = {
  concept: null,
  edge: null,
  sections: null,
  speakers: null,
  kinds: null,
  minWeight: 1,
  range: null,
  lang: DEFAULT_LANGUAGE,
  measure: DEFAULT_EDGE_MEASURE,
  size: DEFAULT_NODE_SIZE,
  links: 'backbone'
};

export interface KnownIds {
  concepts: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  sections: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  maxWeight: number;
  /** Passage ids (for the range); without them a range is ignored. */
  passages?: ReadonlySet<string>;
}

function list(raw: string | null, known: ReadonlySet<string>): string[] | null {
  if (raw === null) return null;
  if (raw.trim() === '') return [];
  const ids = [...new Set(raw.split(',').map((s) => s.trim()))].filter((s) => known.has(s));
  // A list that named only unknown ids is ignored rather than read as "none".
  return ids.length ? ids : null;
}

export function parseViewParams(query: URLSearchParams, known: KnownIds, defaults: ViewParams = DEFAULT_VIEW): ViewParams {
  const v: ViewParams = { ...defaults };
  const c = query.get('c');
  if (c && known.concepts.has(c)) v.concept = c;
  const e = query.get('e');
  if (e) {
    const parts = e.split('|');
    if (parts.length === 2) {
      const key = parts[0] < parts[1] ? `${parts[0]}|${parts[1]}` : `${parts[1]}|${parts[0]}`;
      if (known.edges.has(key)) v.edge = key;
    }
  }
  if (v.edge) v.concept = null;
  v.sections = list(query.get('sec'), known.sections);
  v.speakers = list(query.get('spk'), known.speakers);
  v.kinds = list(query.get('kind'), known.kinds);
  const min = query.get('min');
  if (min !== null && /^\d{1,6}$/.test(min.trim())) v.minWeight = Math.max(1, Math.min(Math.max(1, known.maxWeight), Number(min)));
  const range = query.get('range')?.split(',');
  if (range && range.length === 2 && known.passages?.has(range[0]) && known.passages.has(range[1])) v.range = { from: range[0], to: range[1] };
  const lang = query.get('lang');
  if (isOneOf(LANGUAGES, lang)) v.lang = lang;
  const m = query.get('m');
  if (isOneOf(EDGE_MEASURES, m)) v.measure = m;
  const size = query.get('size');
  if (isOneOf(NODE_SIZES, size)) v.size = size;
  const links = query.get('links');
  if (links === 'all' || links === 'backbone') v.links = links;
  return v;
}

/** Query string (without "?") for the view; keys in a fixed order, defaults left out. */
export function serializeViewParams(v: ViewParams, defaults: ViewParams = DEFAULT_VIEW): string {
  const q: string[] = [];
  const enc = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%7C/g, '|');
  if (v.edge) q.push(`e=${enc(v.edge)}`);
  else if (v.concept) q.push(`c=${enc(v.concept)}`);
  if (v.sections) q.push(`sec=${enc(v.sections.join(','))}`);
  if (v.speakers) q.push(`spk=${enc(v.speakers.join(','))}`);
  if (v.kinds) q.push(`kind=${enc(v.kinds.join(','))}`);
  if (v.range) q.push(`range=${enc(v.range.from)},${enc(v.range.to)}`);
  if (v.minWeight > 1) q.push(`min=${v.minWeight}`);
  if (v.lang !== defaults.lang) q.push(`lang=${v.lang}`);
  if (v.measure !== defaults.measure) q.push(`m=${v.measure}`);
  if (v.size !== defaults.size) q.push(`size=${v.size}`);
  if (v.links !== defaults.links) q.push(`links=${v.links}`);
  return q.join('&');
}
