/**
 * The whole build step in one expression: parse -> [discover] -> match -> co-mention -> graph.
 * Pure (no fs, no DOM): the CLI reads files and hashes them, the tests and the browser call this directly.
 * The catalog is optional: without one, discovery (src/lib/core/discover) proposes the concepts; with one and
 * `discovery.top`, the best candidates the catalog lacks are added. Discovery's resources (jieba, wink) are
 * loaded by the caller (loadDiscoveryResources), so this stays synchronous.
 */
import type { BuildParameters, Catalog, GraphAttributes, SerializedConceptGraph, SourceFormat, TranscriptDocument } from './contract/types';
import { DEFAULT_BUILD_PARAMETERS } from './contract/types';
import { discoverConcepts } from './discover/discover';
import { extendCatalog, toDraftCatalog } from './discover/draft';
import type { DiscoveredConcept, DiscoveryResources } from './discover/types';
import { assembleGraph } from './graph/assemble';
import { cooccur } from './count/cooccur';
import { compileMatcher, matchPassages } from './match';
import { parseTranscript } from './parse';
import { checkMediaUrl } from './media';

export const GENERATOR = 'topicgraph 0.1.0';

export interface BuildDiscovery {
  resources: DiscoveryResources;
  /** Candidates to add: all concepts without a catalog, the best missing ones with a catalog. */
  top: number;
}

export interface BuildInput {
  /** Normalised transcript text (see normaliseSource). */
  text: string;
  /** The concept catalog; optional when `discovery` is given. */
  catalog?: Catalog;
  /** Discover concepts (all of them without a catalog, `top` more with one). */
  discovery?: BuildDiscovery;
  source: Omit<GraphAttributes['source'], 'format'>;
  format?: SourceFormat;
  /** Overrides the title found in the transcript. */
  title?: string;
  /** URL of the recording (http/https; wins over the front matter's and the catalog's); an unacceptable one is ignored. */
  media?: string;
  parameters?: Partial<BuildParameters>;
  /** Called before each stage with its name (the CLI shows it on stderr for long inputs). */
  onProgress?: (stage: string) => void;
}

export interface BuildOutput {
  graph: SerializedConceptGraph;
  document: TranscriptDocument;
  /** The catalog the graph was built from (the given one, extended or replaced by discovered concepts). */
  catalog: Catalog;
  /** Concepts that discovery added, best first (empty without discovery). */
  discovered: DiscoveredConcept[];
}

/** The discovery stage of the build: the catalog to match, and which of its concepts were discovered. */
export function addDiscoveredConcepts(document: TranscriptDocument, catalog: Catalog | undefined, discovery: BuildDiscovery | undefined): { catalog: Catalog; discovered: DiscoveredConcept[] } {
  if (!discovery) {
    if (!catalog) throw new Error('buildConceptGraph needs a catalog, or discovery to find the concepts');
    return { catalog, discovered: [] };
  }
  const { candidates } = discoverConcepts(document, discovery.resources, { catalog, top: discovery.top });
  return { catalog: catalog ? extendCatalog(catalog, candidates) : toDraftCatalog(candidates, document.title, discovery.resources.language), discovered: candidates };
}

export function buildConceptGraph(input: BuildInput): BuildOutput {
  const parameters: BuildParameters = { ...DEFAULT_BUILD_PARAMETERS, ...input.parameters };
  const progress = input.onProgress ?? (() => {});
  progress('parsing the transcript');
  const document = parseTranscript(input.text, { fileName: input.source.file, format: input.format });
  const n = (k: number, noun: string) => `${k} ${noun}${k === 1 ? '' : 's'}`;
  if (input.discovery) progress(`discovering concepts in ${n(document.passages.length, 'passage')}`);
  const { catalog, discovered } = addDiscoveredConcepts(document, input.catalog, input.discovery);
  progress(`matching ${n(catalog.concepts.length, 'concept')} in ${n(document.passages.length, 'passage')}`);
  const matcher = compileMatcher(catalog);
  const { mentions, unmatched } = matchPassages(matcher, document.passages);
  progress('counting co-mentions');
  const counts = cooccur({ passages: document.passages, mentions, unit: parameters.unit });
  progress('communities, centralities and layout');
  const graph = assembleGraph({
    document,
    concepts: catalog.concepts,
    mentions,
    counts,
    unmatched,
    parameters,
    source: { ...input.source, format: document.format },
    generator: GENERATOR,
    discovered: new Set(discovered.map((c) => c.id))
  });
  if (input.title) graph.attributes.title = input.title;
  const media = [input.media, document.media, input.catalog?.media].map((u) => (u === undefined ? null : checkMediaUrl(u))).find((c) => c?.ok);
  if (media?.ok) graph.attributes.media = media.url;
  return { graph, document, catalog, discovered };
}
