/**
 * The data contract of topicgraph, defined once: zod schemas for the concept catalog (input) and the serialised
 * graph (output), from which ./types.ts infers every contract type. Change a shape here and the types follow.
 *
 * Used at every boundary: the CLI when it reads a catalog or a graph, the page (in a worker) when it loads the
 * graph. Validation problems come back as `{path, message}` with a JSON path such as `$.concepts[3].aliases[0]`.
 * Cross-entry rules (duplicate ids, unknown `broader`, cycles, shared aliases) live in
 * src/lib/core/catalog/check.ts; this module checks shapes only. Page code imports ./types.ts (types and
 * constants, no zod), never this module, except on the validation path.
 *
 * Offsets: every `start`/`end` counts UTF-16 code units (JavaScript string indices), end exclusive. Source offsets
 * refer to the *normalised* source text: leading BOMs removed and CRLF / CR line endings turned into LF (see
 * `normaliseSource` in src/lib/core/source/decode.ts). Line numbers are 1-based and the same in the raw and the
 * normalised file.
 */
import { z } from 'zod';
import { checkMediaUrl } from '../media';
import { SCHEMA_VERSION } from './types';
import type { Catalog, SerializedConceptGraph } from './types';

export interface SchemaProblem {
  /** JSON path, `$` for the root, e.g. `$.concepts[2].label.en`. */
  path: string;
  message: string;
}

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const KIND_RE = /^[a-z][a-z0-9-]*$/;
const SHA256_RE = /^[0-9a-f]{64}$/;

// ---------------------------------------------------------------------------------------------------------------
// Concept catalog (hand-curated input; see data/concepts/*.concepts.json and README "Catalog format")
// ---------------------------------------------------------------------------------------------------------------

const nonBlank = (what: string) =>
  z.string({ error: `${what} must be a string` }).refine((s) => s.trim().length > 0, { message: `${what} must not be empty` });

/** A bilingual label or text as a catalog gives it: non-blank strings, at least one language. */
const localizedInput = (what: string) =>
  z
    .strictObject({ zh: nonBlank(`${what}.zh`).optional(), en: nonBlank(`${what}.en`).optional() })
    .refine((v) => v.zh !== undefined || v.en !== undefined, { message: `${what} needs "en" or "zh"` });

export const RegexAliasSchema = z.strictObject({
  /** JavaScript RegExp source, without slashes. Must not match the empty string. */
  regex: nonBlank('regex'),
  /** Only `i` and `u` are allowed (`g`/`y`/`d` are added by the matcher as needed). Default "iu". */
  flags: z
    .string()
    .regex(/^[iu]*$/, { message: 'flags may contain only "i" and "u"' })
    .optional()
});

/** A literal alias with options: `{"text": "chip", "exact": true}` matches "chip" but not "chips". */
export const LiteralAliasSchema = z.strictObject({
  text: nonBlank('text'),
  /** true: this form only; false: also its English plural; default: the catalog's `inflect` (true). */
  exact: z.boolean({ error: 'exact must be true or false' }).optional()
});

/**
 * An alias: a literal surface form (matched case-insensitively on word boundaries when it contains Latin letters
 * or digits, as a plain substring when it is CJK; a Latin alias also matches its English plural unless it is
 * exact), or, rarely, a regular expression.
 */
export const AliasSchema = z.union([nonBlank('alias'), LiteralAliasSchema, RegexAliasSchema], {
  error: 'an alias must be a non-empty string, {"text": "...", "exact": true} or {"regex": "...", "flags": "iu"}'
});

export const CatalogConceptSchema = z.strictObject({
  /** Stable key: lowercase letters, digits and hyphens, e.g. `moravec-paradox`. */
  id: z
    .string({ error: 'id must be a string' })
    .regex(ID_RE, { message: 'id must be lowercase letters, digits and hyphens, e.g. "moravec-paradox"' }),
  label: localizedInput('label'),
  /** Default "concept". */
  kind: z.string().regex(KIND_RE, { message: 'kind must be a lowercase word such as "concept" or "person"' }).optional(),
  /** Every surface form used in the text (Chinese and English). The labels are not added automatically. */
  aliases: z.array(AliasSchema, { error: 'aliases must be an array of strings' }).min(1, { message: 'aliases must list at least one surface form' }),
  /** Id of a parent concept (e.g. inference-scaling -> scaling). Must exist; no cycles. */
  broader: z.string().regex(ID_RE, { message: 'broader must be the id of another concept' }).optional(),
  description: localizedInput('description').optional()
});

export const CatalogSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().optional(),
  /** BCP-47-ish language of the transcript the catalog was written for, informative only. */
  language: z.string().optional(),
  /** Whether Latin literal aliases also match their English plurals (default true); an alias's `exact` wins. */
  inflect: z.boolean({ error: 'inflect must be true or false' }).optional(),
  /** URL of the recording (http or https) the transcript's timestamps refer to; the transcript's front matter wins. */
  media: z.string({ error: 'media must be a URL string' }).refine((u) => checkMediaUrl(u).ok, { message: 'media must be an http:// or https:// URL' }).optional(),
  concepts: z.array(CatalogConceptSchema, { error: 'concepts must be an array' }).min(1, { message: 'the catalog has no concepts' })
});

// ---------------------------------------------------------------------------------------------------------------
// Parsed transcript (output of core/parse), stored in the graph
// ---------------------------------------------------------------------------------------------------------------

export const SourceFormatSchema = z.enum(['markdown', 'text', 'srt', 'vtt']);

export const SectionSchema = z.strictObject({
  /** `s1`, `s2`, ... in document order. */
  id: z.string(),
  /** Heading text with Markdown emphasis and any leading timestamp removed. */
  title: z.string(),
  /** Id of the enclosing section (by heading level), or null for a top-level part. */
  parent: z.string().nullable(),
  /** 0-based position in document order. */
  order: z.number().int().nonnegative(),
  /** Heading depth: 1 for `#`, 2 for `##`, ... (bold-only pseudo headings get depth of their context + 1). */
  depth: z.number().int().positive(),
  /** Seconds from the start of the recording when the heading carries a timestamp, else null. */
  time: z.number().nonnegative().nullable(),
  /** 1-based source line of the heading. */
  line: z.number().int().positive()
});

export const SpeakerSchema = z.strictObject({
  /** Stable slug of the name: `russ`, `dwarkesh`, or `speaker-3` when the name has no Latin letters. */
  id: z.string(),
  name: z.string(),
  /** Role in parentheses after the name, e.g. 主持人 / host, else null. */
  role: z.string().nullable()
});

/** `heading`: a section title (its text after the `#` marks), so mentions in titles count. */
export const PassageKindSchema = z.enum(['turn', 'paragraph', 'list-item', 'outline', 'cue', 'note', 'heading']);

export const PassageSchema = z.strictObject({
  /** `p1`, `p2`, ... in document order. */
  id: z.string(),
  kind: PassageKindSchema,
  /** Id of the innermost section containing the passage, or null before the first heading. */
  section: z.string().nullable(),
  /** Speaker id for turns (and cues with a speaker), else null. */
  speaker: z.string().nullable(),
  /** Exactly `normalisedSource.slice(start, end)`; for a turn, the text after the speaker label. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based lines; for a turn, lineStart is the line of the speaker label. */
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  /** Seconds, from a timestamp in the turn or cue, else inherited from the section heading, else null. */
  time: z.number().nonnegative().nullable()
});

export const MentionSchema = z.strictObject({
  /** Passage id. */
  passage: z.string(),
  /** Offsets inside the passage text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive()
});

/**
 * Counts keyed by section or speaker id. Ids come from user text, and z.record drops a "__proto__" key: this
 * keeps the object as parsed (own keys only, "__proto__" and "constructor" included) and checks each value.
 */
const CountsSchema = z
  .custom<Record<string, number>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { message: 'expected an object of counts' })
  .superRefine((v, ctx) => {
    for (const [key, n] of Object.entries(v))
      if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0)) ctx.addIssue({ code: 'custom', path: [key], message: 'expected a non-negative integer count' });
  });

// ---------------------------------------------------------------------------------------------------------------
// The serialised graph: graphology `graph.export()` JSON with these attributes
// ---------------------------------------------------------------------------------------------------------------

/** Unit of co-occurrence: the whole passage (default) or one sentence inside a passage. */
export const CooccurrenceUnitSchema = z.enum(['passage', 'sentence']);

export const BuildParametersSchema = z.strictObject({
  unit: CooccurrenceUnitSchema,
  /** Seed for Louvain and the force layout. */
  seed: z.number().int(),
  /** Louvain resolution. */
  resolution: z.number().positive(),
  /** Ticks of the build-time force layout. */
  layoutTicks: z.number().int().nonnegative()
});

export const GraphAttributesSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}; rebuild the graph with this version` }),
  title: z.string(),
  source: z.strictObject({
    file: z.string(),
    sha256: z.string().regex(SHA256_RE),
    format: SourceFormatSchema,
    catalog: z.string(),
    catalogSha256: z.string().regex(SHA256_RE)
  }),
  sections: z.array(SectionSchema),
  speakers: z.array(SpeakerSchema),
  passages: z.array(PassageSchema),
  parameters: BuildParametersSchema,
  /** Number of co-occurrence units (passages or sentences) in the whole document. */
  unitCount: z.number().int().nonnegative(),
  /** Catalog ids that never matched (they are not nodes). */
  unmatched: z.array(z.string()),
  /** Number of communities found by Louvain. */
  communityCount: z.number().int().nonnegative(),
  /** Modularity of the partition. */
  modularity: z.number(),
  /** Name and version of the generator, e.g. "topicgraph 0.1.0". No timestamps: output is byte-stable. */
  generator: z.string(),
  /** URL of the recording (http or https) that passage times refer to; absent when none was given (and in older files). */
  media: z.string().refine((u) => checkMediaUrl(u).ok, { message: 'media must be an http:// or https:// URL' }).optional()
});

/** A bilingual label or text in the graph (copied from a valid catalog). */
export const LocalizedTextSchema = z.strictObject({ zh: z.string().optional(), en: z.string().optional() });

/** Where a node's concept came from: the catalog given to the build, or discovery (src/lib/core/discover). */
export const NodeOriginSchema = z.enum(['catalog', 'discovered']);

export const NodeAttributesSchema = z.strictObject({
  label: LocalizedTextSchema,
  /** Always written by the build; absent only in graph files written before discovery existed (read: catalog). */
  origin: NodeOriginSchema.optional(),
  kind: z.string(),
  broader: z.string().nullable(),
  description: LocalizedTextSchema.nullable(),
  /** The literal aliases of the catalog entry (regex aliases as `/source/flags`). */
  aliases: z.array(z.string()),
  /** Every mention, in document order; offsets inside the passage text. */
  mentions: z.array(MentionSchema),
  /** Number of distinct passages that mention the concept. */
  passageCount: z.number().int().nonnegative(),
  /** Number of co-occurrence units that mention it (equals passageCount for the passage unit). */
  unitCount: z.number().int().nonnegative(),
  mentionCount: z.number().int().nonnegative(),
  /** Section id -> number of passages mentioning the concept (innermost section; passages without one under "_none"). */
  bySection: CountsSchema,
  /** Speaker id -> number of passages mentioning the concept (passages without speaker under "_none"). */
  bySpeaker: CountsSchema,
  community: z.number().int().nonnegative(),
  degree: z.number().nonnegative(),
  weightedDegree: z.number().nonnegative(),
  /** Normalised betweenness centrality in [0, 1]. */
  betweenness: z.number().nonnegative(),
  /** Build-time layout position (d3-force, seeded). */
  x: z.number(),
  y: z.number()
});

export const EdgeAttributesSchema = z.strictObject({
  /** Number of units (passages, or sentences with the sentence unit) that mention both ends. */
  weight: z.number().int().positive(),
  /** weight / (units(a) + units(b) - weight). */
  jaccard: z.number().min(0).max(1),
  /** Normalised pointwise mutual information in [-1, 1]. */
  npmi: z.number().min(-1).max(1),
  /** Ids of the passages holding the co-mentions, in document order. */
  passages: z.array(z.string()).min(1)
});

export const SerializedNodeSchema = z.strictObject({ key: z.string(), attributes: NodeAttributesSchema });

export const SerializedEdgeSchema = z.strictObject({
  /** `${a}|${b}` with a < b. */
  key: z.string(),
  source: z.string(),
  target: z.string(),
  undirected: z.literal(true),
  attributes: EdgeAttributesSchema
});

export const GraphSchema = z.strictObject({
  attributes: GraphAttributesSchema,
  options: z.strictObject({ type: z.literal('undirected'), multi: z.literal(false), allowSelfLoops: z.literal(false) }),
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(SerializedEdgeSchema)
});

// ---------------------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------------------

/** Turns a zod path into a JSON path: ['concepts', 3, 'aliases'] -> `$.concepts[3].aliases`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function problems(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

/** Checks the shape of a parsed catalog JSON value. */
export function validateCatalogShape(value: unknown): Validation<Catalog> {
  const result = CatalogSchema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problems(result.error) };
}

/**
 * Checks a serialised graph: its shape, then the references inside it (edge ends are nodes, mentions and edge
 * evidence name existing passages, mention offsets fall inside their passage).
 */
export function validateGraph(value: unknown): Validation<SerializedConceptGraph> {
  const result = GraphSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: problems(result.error) };
  const graph = result.data;
  const out: SchemaProblem[] = [];
  const passages = new Map(graph.attributes.passages.map((p) => [p.id, p]));
  const nodes = new Set(graph.nodes.map((n) => n.key));
  graph.nodes.forEach((node, i) => {
    node.attributes.mentions.forEach((m, j) => {
      const p = passages.get(m.passage);
      if (!p) out.push({ path: `$.nodes[${i}].attributes.mentions[${j}].passage`, message: `unknown passage "${m.passage}"` });
      else if (m.end > p.text.length || m.start >= m.end)
        out.push({ path: `$.nodes[${i}].attributes.mentions[${j}]`, message: `offsets ${m.start}-${m.end} fall outside passage ${p.id}` });
    });
  });
  graph.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const)
      if (!nodes.has(edge[end])) out.push({ path: `$.edges[${i}].${end}`, message: `unknown node "${edge[end]}"` });
    edge.attributes.passages.forEach((id, j) => {
      if (!passages.has(id)) out.push({ path: `$.edges[${i}].attributes.passages[${j}]`, message: `unknown passage "${id}"` });
    });
  });
  return out.length ? { ok: false, problems: out } : { ok: true, value: graph };
}
