/**
 * The data contract of topicgraph, defined once.
 *
 * The build step (src/cli), the core (src/lib/core), the page (src/routes) and the tests all import these
 * types. The runtime validators for the same shapes live in ./schema.ts (zod); this file has no runtime code
 * except constants, so it is safe to import anywhere (Node, browser, workers).
 *
 * Offsets: every `start`/`end` in this contract counts UTF-16 code units (JavaScript string indices), end
 * exclusive. Source offsets refer to the *normalised* source text: UTF-8 BOM removed and CRLF / CR line endings
 * turned into LF (see `normaliseSource` in src/lib/core/source/decode.ts). Line numbers are 1-based and are the same
 * in the raw and the normalised file.
 */

/** Bumped whenever the serialised graph changes shape in a way old readers cannot handle. */
export const SCHEMA_VERSION = 1 as const;

// ---------------------------------------------------------------------------------------------------------------
// Concept catalog (hand-curated input; see data/concepts/*.concepts.json and README "Catalog format")
// ---------------------------------------------------------------------------------------------------------------

/** A bilingual label or text. At least one language must be present. */
export interface LocalizedText {
  zh?: string;
  en?: string;
}

/** Concept kinds used by the bundled catalog. User catalogs may use any lowercase kebab-case kind. */
export const KNOWN_KINDS = ['concept', 'person', 'organization', 'work', 'product', 'place', 'event', 'field'] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

/**
 * An alias: a literal surface form (matched case-insensitively on word boundaries when it contains Latin letters
 * or digits, as a plain substring when it is CJK), or, rarely, a regular expression.
 */
export type Alias = string | RegexAlias;

export interface RegexAlias {
  /** JavaScript RegExp source, without slashes. Must not match the empty string. */
  regex: string;
  /** Only `i` and `u` are allowed (`g`/`y`/`d` are added by the matcher as needed). Default "iu". */
  flags?: string;
}

export interface CatalogConcept {
  /** Stable key: lowercase letters, digits and hyphens, e.g. `moravec-paradox`. */
  id: string;
  label: LocalizedText;
  /** Default "concept". */
  kind?: string;
  /** Every surface form used in the text (Chinese and English). The labels are not added automatically. */
  aliases: Alias[];
  /** Id of a parent concept (e.g. inference-scaling -> scaling). Must exist; no cycles. */
  broader?: string;
  description?: LocalizedText;
}

export interface Catalog {
  title?: string;
  /** BCP-47-ish language of the transcript the catalog was written for, informative only. */
  language?: string;
  concepts: CatalogConcept[];
}

// ---------------------------------------------------------------------------------------------------------------
// Parsed transcript (output of pipeline/parse)
// ---------------------------------------------------------------------------------------------------------------

export type SourceFormat = 'markdown' | 'text' | 'srt' | 'vtt';

export interface Section {
  /** `s1`, `s2`, ... in document order. */
  id: string;
  /** Heading text with Markdown emphasis and any leading timestamp removed. */
  title: string;
  /** Id of the enclosing section (by heading level), or null for a top-level part. */
  parent: string | null;
  /** 0-based position in document order. */
  order: number;
  /** Heading depth: 1 for `#`, 2 for `##`, ... (bold-only pseudo headings get depth of their context + 1). */
  depth: number;
  /** Seconds from the start of the recording when the heading carries a timestamp, else null. */
  time: number | null;
  /** 1-based source line of the heading. */
  line: number;
}

export interface Speaker {
  /** Stable slug of the name: `russ`, `dwarkesh`, or `speaker-3` when the name has no Latin letters. */
  id: string;
  name: string;
  /** Role in parentheses after the name, e.g. 主持人 / host, else null. */
  role: string | null;
}

export type PassageKind = 'turn' | 'paragraph' | 'list-item' | 'outline' | 'cue' | 'note';

export interface Passage {
  /** `p1`, `p2`, ... in document order. */
  id: string;
  kind: PassageKind;
  /** Id of the innermost section containing the passage, or null before the first heading. */
  section: string | null;
  /** Speaker id for turns (and cues with a speaker), else null. */
  speaker: string | null;
  /** Exactly `normalisedSource.slice(start, end)`; for a turn, the text after the speaker label. */
  text: string;
  start: number;
  end: number;
  /** 1-based lines; for a turn, lineStart is the line of the speaker label. */
  lineStart: number;
  lineEnd: number;
  /** Seconds, from a timestamp in the turn or cue, else inherited from the section heading, else null. */
  time: number | null;
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface TranscriptDocument {
  format: SourceFormat;
  /** First level-1 or level-2 heading, else the file name without extension. */
  title: string;
  sections: Section[];
  speakers: Speaker[];
  passages: Passage[];
  warnings: ParseWarning[];
}

// ---------------------------------------------------------------------------------------------------------------
// Matching (output of pipeline/match)
// ---------------------------------------------------------------------------------------------------------------

export interface Mention {
  /** Passage id. */
  passage: string;
  /** Offsets inside the passage text. */
  start: number;
  end: number;
}

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
export type CooccurrenceUnit = 'passage' | 'sentence';

export interface BuildParameters {
  unit: CooccurrenceUnit;
  /** Seed for Louvain and the force layout. */
  seed: number;
  /** Louvain resolution. */
  resolution: number;
  /** Ticks of the build-time force layout. */
  layoutTicks: number;
}

export const DEFAULT_BUILD_PARAMETERS: BuildParameters = {
  unit: 'passage',
  seed: 42,
  resolution: 1,
  layoutTicks: 180
};

// ---------------------------------------------------------------------------------------------------------------
// The serialised graph: graphology `graph.export()` JSON with these attributes
// ---------------------------------------------------------------------------------------------------------------

export interface GraphAttributes {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  source: { file: string; sha256: string; format: SourceFormat; catalog: string; catalogSha256: string };
  sections: Section[];
  speakers: Speaker[];
  passages: Passage[];
  parameters: BuildParameters;
  /** Number of co-occurrence units (passages or sentences) in the whole document. */
  unitCount: number;
  /** Catalog ids that never matched (they are not nodes). */
  unmatched: string[];
  /** Number of communities found by Louvain. */
  communityCount: number;
  /** Modularity of the partition. */
  modularity: number;
  /** Name and version of the generator, e.g. "topicgraph 0.1.0". No timestamps: output is byte-stable. */
  generator: string;
}

/** Where a node's concept came from: the catalog given to the build, or discovery (src/lib/core/discover). */
export type NodeOrigin = 'catalog' | 'discovered';

export interface NodeAttributes {
  label: LocalizedText;
  /** Always written by the build; absent only in graph files written before discovery existed (read: catalog). */
  origin?: NodeOrigin;
  kind: string;
  broader: string | null;
  description: LocalizedText | null;
  /** The literal aliases of the catalog entry (regex aliases as `/source/flags`). */
  aliases: string[];
  /** Every mention, in document order; offsets inside the passage text. */
  mentions: Mention[];
  /** Number of distinct passages that mention the concept. */
  passageCount: number;
  /** Number of co-occurrence units that mention it (equals passageCount for the passage unit). */
  unitCount: number;
  mentionCount: number;
  /** Section id -> number of passages mentioning the concept (innermost section; passages without one under "_none"). */
  bySection: Record<string, number>;
  /** Speaker id -> number of passages mentioning the concept (passages without speaker under "_none"). */
  bySpeaker: Record<string, number>;
  community: number;
  degree: number;
  weightedDegree: number;
  /** Normalised betweenness centrality in [0, 1]. */
  betweenness: number;
  /** Build-time layout position (d3-force, seeded). */
  x: number;
  y: number;
}

export interface EdgeAttributes {
  /** Number of units (passages, or sentences with the sentence unit) that mention both ends. */
  weight: number;
  /** weight / (units(a) + units(b) - weight). */
  jaccard: number;
  /** Normalised pointwise mutual information in [-1, 1]. */
  npmi: number;
  /** Ids of the passages holding the co-mentions, in document order. */
  passages: string[];
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  /** `${a}|${b}` with a < b. */
  key: string;
  source: string;
  target: string;
  undirected: true;
  attributes: EdgeAttributes;
}

export interface SerializedConceptGraph {
  attributes: GraphAttributes;
  options: { type: 'undirected'; multi: false; allowSelfLoops: false };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** Key of the undirected edge between two concept ids. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Sentinel key for "no section" / "no speaker" in bySection / bySpeaker. */
export const NONE_KEY = '_none';
