/**
 * The caption of an exported figure: source, scope (sections / speakers / kinds / minimum), what size and width
 * encode, and the counts, so a figure pasted into a paper says how it was made. Pure.
 */
export interface CaptionInput {
  sourceFile: string;
  generator: string;
  sections: { all: boolean; interviewOnly: boolean; titles: string[] };
  speakers: string[] | null;
  kinds: string[] | null;
  minWeight: number;
  measureExplain: string;
  sizeLabel: string;
  counts: { concepts: number; edges: number; passages: number };
  unit: string;
}

export function buildCaption(c: CaptionInput): string {
  const scope = c.sections.all
    ? 'all sections'
    : c.sections.interviewOnly
      ? 'interview only'
      : c.sections.titles.length
        ? c.sections.titles.length <= 3
          ? c.sections.titles.join('; ')
          : `${c.sections.titles.length} sections`
        : 'no section';
  const parts = [
    `Source: ${c.sourceFile}.`,
    `Scope: ${scope}${c.speakers ? `; speakers: ${c.speakers.join(', ') || 'none'}` : ''}${c.kinds ? `; kinds: ${c.kinds.join(', ') || 'none'}` : ''}${c.minWeight > 1 ? `; links with at least ${c.minWeight} co-mentions` : ''}.`,
    `${c.counts.concepts} concepts, ${c.counts.edges} links, ${c.counts.passages} passages (co-mention unit: ${c.unit}).`,
    `Node size: ${c.sizeLabel.toLowerCase()}; colour: community (Louvain). Edge width — ${c.measureExplain}`,
    `Made with ${c.generator}.`
  ];
  return parts.join(' ');
}
