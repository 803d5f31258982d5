/**
 * The whole build step in one expression: parse -> match -> co-mention -> graph.
 * Pure (no fs, no DOM): the CLI reads files and hashes them, the tests and the browser call this directly.
 */
import type { BuildParameters, Catalog, GraphAttributes, SerializedConceptGraph, SourceFormat, TranscriptDocument } from './contract/types';
import { DEFAULT_BUILD_PARAMETERS } from './contract/types';
import { assembleGraph } from './graph/assemble';
import { cooccur } from './count/cooccur';
import { compileMatcher, matchPassages } from './match';
import { parseTranscript } from './parse';

export const GENERATOR = 'topicgraph 0.1.0';

export interface BuildInput {
  /** Normalised transcript text (see normaliseSource). */
  text: string;
  catalog: Catalog;
  source: Omit<GraphAttributes['source'], 'format'>;
  format?: SourceFormat;
  /** Overrides the title found in the transcript. */
  title?: string;
  parameters?: Partial<BuildParameters>;
  /** Called before each stage with its name (the CLI shows it on stderr for long inputs). */
  onProgress?: (stage: string) => void;
}

export interface BuildOutput {
  graph: SerializedConceptGraph;
  document: TranscriptDocument;
}

export function buildConceptGraph(input: BuildInput): BuildOutput {
  const parameters: BuildParameters = { ...DEFAULT_BUILD_PARAMETERS, ...input.parameters };
  const progress = input.onProgress ?? (() => {});
  progress('parsing the transcript');
  const document = parseTranscript(input.text, { fileName: input.source.file, format: input.format });
  progress(`matching ${input.catalog.concepts.length} concepts in ${document.passages.length} passages`);
  const matcher = compileMatcher(input.catalog);
  const { mentions, unmatched } = matchPassages(matcher, document.passages);
  progress('counting co-mentions');
  const counts = cooccur({ passages: document.passages, mentions, unit: parameters.unit });
  progress('communities, centralities and layout');
  const graph = assembleGraph({
    document,
    concepts: input.catalog.concepts,
    mentions,
    counts,
    unmatched,
    parameters,
    source: { ...input.source, format: document.format },
    generator: GENERATOR
  });
  if (input.title) graph.attributes.title = input.title;
  return { graph, document };
}
