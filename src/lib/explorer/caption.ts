/**
 * The caption of an exported figure: source, scope (sections / timeline range / speakers / kinds / minimum), what size and width
 * encode, and the counts, so a figure pasted into a paper says how it was made. Pure.
 */
export interface CaptionInput {
  sourceFile: string;
  generator: string;
  sections: { all: boolean; dialogueOnly: boolean; titles: string[] };
  speakers: string[] | null;
  kinds: string[] | null;
  minWeight: number;
  /** The timeline's range in words ("timeline range 4:10 – 9:30, 6 passages"), or null / absent. */
  range?: string | null;
  measureExplain: string;
  sizeLabel: string;
  counts: { concepts: number; edges: number; passages: number };
  unit: string;
}

/** Bidi formatting characters, and strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko...). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A data value beside the caption's own words: a value with bidi controls or right-to-left text is put in a
 * first-strong isolate (U+2068 ... U+2069), so an unterminated override in a section title or a speaker's name
 * cannot reverse the rest of the caption. Isolate marks inside the value are dropped (a stray U+2069 would end
 * the isolate early). Plain values stay as they are.
 */
export function isolate(value: string): string {
  if (!BIDI.test(value)) return value;
  return `\u2068${value.replace(/[\u2066-\u2069]/g, '')}\u2069`;
}

export function buildCaption(c: CaptionInput): string {
  const scope = c.sections.all
    ? 'all sections'
    : c.sections.dialogueOnly
      ? 'dialogue only'
      : c.sections.titles.length
        ? c.sections.titles.length <= 3
          ? c.sections.titles.map(isolate).join('; ')
          : `${c.sections.titles.length} sections`
        : 'no section';
  const parts = [
    `Source: ${isolate(c.sourceFile)}.`,
    `Scope: ${scope}${c.range ? `; ${c.range}` : ''}${c.speakers ? `; speakers: ${c.speakers.map(isolate).join(', ') || 'none'}` : ''}${c.kinds ? `; kinds: ${c.kinds.map(isolate).join(', ') || 'none'}` : ''}${c.minWeight > 1 ? `; links with at least ${c.minWeight} co-mentions` : ''}.`,
    `${c.counts.concepts} concepts, ${c.counts.edges} links, ${c.counts.passages} passages (co-mention unit: ${c.unit}).`,
    `Node size: ${c.sizeLabel.toLowerCase()}; colour: community (Louvain). Edge width — ${c.measureExplain}`,
    `Made with ${c.generator}.`
  ];
  return parts.join(' ');
}
