/**
 * The data contract's types and constants, for every layer: the build step (src/cli), the core (src/lib/core),
 * the page and the tests import them from here.
 *
 * The serialised shapes (catalog, parsed transcript, graph) are inferred from the zod schemas in ./schema.ts, so a
 * type cannot drift from what is validated; the field documentation lives there. This module imports the schemas
 * as types only (`import type`, erased at build time): it has no runtime code but constants and is safe to import
 * anywhere (Node, browser, workers) without shipping zod.
 */
import type { z } from 'zod';
import type * as S from './schema';

/** Bumped whenever the serialised graph changes shape in a way old readers cannot handle. */
export const SCHEMA_VERSION = 1 as const;

// ---------------------------------------------------------------------------------------------------------------
// Concept catalog (hand-curated input; see data/concepts/*.concepts.json and README "Catalog format")
// ---------------------------------------------------------------------------------------------------------------

/** A bilingual label or text. At least one language must be present. */
export type LocalizedText = z.output<typeof S.LocalizedTextSchema>;

/** Concept kinds used by the bundled catalog. User catalogs may use any lowercase kebab-case kind. */
export const KNOWN_KINDS = ['concept', 'person', 'organization', 'work', 'product', 'place', 'event', 'field'] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

/** A literal surface form, a `{text, exact}` literal or a `{regex, flags}` object (see AliasSchema). */
export type Alias = z.output<typeof S.AliasSchema>;
export type LiteralAlias = z.output<typeof S.LiteralAliasSchema>;
export type RegexAlias = z.output<typeof S.RegexAliasSchema>;
export type CatalogConcept = z.output<typeof S.CatalogConceptSchema>;
export type Catalog = z.output<typeof S.CatalogSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Parsed transcript (output of core/parse)
// ---------------------------------------------------------------------------------------------------------------

export type SourceFormat = z.output<typeof S.SourceFormatSchema>;
export type Section = z.output<typeof S.SectionSchema>;
export type Speaker = z.output<typeof S.SpeakerSchema>;
export type PassageKind = z.output<typeof S.PassageKindSchema>;
export type Passage = z.output<typeof S.PassageSchema>;

export interface ParseWarning {
  line: number;
  message: string;
}

/** What the parser returns (not serialised as such: the graph keeps its sections, speakers and passages). */
export interface TranscriptDocument {
  format: SourceFormat;
  /** First level-1 or level-2 heading, else the file name without extension. */
  title: string;
  sections: Section[];
  speakers: Speaker[];
  passages: Passage[];
  warnings: ParseWarning[];
  /** The recording URL the front matter gives (`media:`, `recording:`, `video:` or `audio:`), checked; else absent. */
  media?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching (output of core/match)
// ---------------------------------------------------------------------------------------------------------------

/** A mention of a concept: passage id and offsets inside the passage text. */
export type Mention = z.output<typeof S.MentionSchema>;

export interface MatchResult {
  /** Concept id -> its mentions in document order. Concepts without mentions are absent. */
  mentions: Map<string, Mention[]>;
  /** Catalog ids that never matched anywhere. */
  unmatched: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Build parameters
// ---------------------------------------------------------------------------------------------------------------

/** Unit of co-occurrence: the whole passage (default) or one sentence inside a passage. */
export type CooccurrenceUnit = z.output<typeof S.CooccurrenceUnitSchema>;
export type BuildParameters = z.output<typeof S.BuildParametersSchema>;

export const DEFAULT_BUILD_PARAMETERS: BuildParameters = {
  unit: 'passage',
  seed: 42,
  resolution: 1,
  layoutTicks: 180
};

// ---------------------------------------------------------------------------------------------------------------
// The serialised graph: graphology `graph.export()` JSON with these attributes
// ---------------------------------------------------------------------------------------------------------------

export type GraphAttributes = z.output<typeof S.GraphAttributesSchema>;
/** Where a node's concept came from: the catalog given to the build, or discovery (src/lib/core/discover). */
export type NodeOrigin = z.output<typeof S.NodeOriginSchema>;
export type NodeAttributes = z.output<typeof S.NodeAttributesSchema>;
export type EdgeAttributes = z.output<typeof S.EdgeAttributesSchema>;
export type SerializedNode = z.output<typeof S.SerializedNodeSchema>;
export type SerializedEdge = z.output<typeof S.SerializedEdgeSchema>;
export type SerializedConceptGraph = z.output<typeof S.GraphSchema>;

/** Key of the undirected edge between two concept ids. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Sentinel key for "no section" / "no speaker" in bySection / bySpeaker. */
export const NONE_KEY = '_none';
