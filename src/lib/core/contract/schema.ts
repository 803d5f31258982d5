/**
 * Runtime validators (zod) for the shapes in ./types.ts: the concept catalog and the serialised graph.
 *
 * Used at every boundary: the CLI when it reads a catalog or a graph, the page when it loads the graph.
 * Validation problems come back as `{path, message}` with a JSON path such as `$.concepts[3].aliases[0]`.
 * Cross-entry rules (duplicate ids, unknown `broader`, cycles, shared aliases) live in
 * src/lib/core/catalog/check.ts; this module checks shapes only.
 */
import { z } from 'zod';
import type { Catalog, SerializedConceptGraph } from './types';
import { SCHEMA_VERSION } from './types';

export interface SchemaProblem {
  /** JSON path, `$` for the root, e.g. `$.concepts[2].label.en`. */
  path: string;
  message: string;
}

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const KIND_RE = /^[a-z][a-z0-9-]*$/;

const nonBlank = (what: string) =>
  z.string({ error: `${what} must be a string` }).refine((s) => s.trim().length > 0, { message: `${what} must not be empty` });

const localized = (what: string) =>
  z
    .strictObject({ zh: nonBlank(`${what}.zh`).optional(), en: nonBlank(`${what}.en`).optional() })
    .refine((v) => v.zh !== undefined || v.en !== undefined, { message: `${what} needs "en" or "zh"` });

const regexAlias = z.strictObject({
  regex: nonBlank('regex'),
  flags: z
    .string()
    .regex(/^[iu]*$/, { message: 'flags may contain only "i" and "u"' })
    .optional()
});

const alias = z.union([nonBlank('alias'), regexAlias], {
  error: 'an alias must be a non-empty string or {"regex": "...", "flags": "iu"}'
});

export const CatalogConceptSchema = z.strictObject({
  id: z
    .string({ error: 'id must be a string' })
    .regex(ID_RE, { message: 'id must be lowercase letters, digits and hyphens, e.g. "moravec-paradox"' }),
  label: localized('label'),
  kind: z.string().regex(KIND_RE, { message: 'kind must be a lowercase word such as "concept" or "person"' }).optional(),
  aliases: z.array(alias, { error: 'aliases must be an array of strings' }).min(1, { message: 'aliases must list at least one surface form' }),
  broader: z.string().regex(ID_RE, { message: 'broader must be the id of another concept' }).optional(),
  description: localized('description').optional()
});

export const CatalogSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().optional(),
  language: z.string().optional(),
  concepts: z.array(CatalogConceptSchema, { error: 'concepts must be an array' }).min(1, { message: 'the catalog has no concepts' })
});

const section = z.strictObject({
  id: z.string(),
  title: z.string(),
  parent: z.string().nullable(),
  order: z.number().int().nonnegative(),
  depth: z.number().int().positive(),
  time: z.number().nonnegative().nullable(),
  line: z.number().int().positive()
});

const speaker = z.strictObject({ id: z.string(), name: z.string(), role: z.string().nullable() });

const passage = z.strictObject({
  id: z.string(),
  kind: z.enum(['turn', 'paragraph', 'list-item', 'outline', 'cue', 'note']),
  section: z.string().nullable(),
  speaker: z.string().nullable(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  time: z.number().nonnegative().nullable()
});

const mention = z.strictObject({ passage: z.string(), start: z.number().int().nonnegative(), end: z.number().int().positive() });

const localizedOut = z.strictObject({ zh: z.string().optional(), en: z.string().optional() });

const nodeAttributes = z.strictObject({
  label: localizedOut,
  origin: z.enum(['catalog', 'discovered']).optional(),
  kind: z.string(),
  broader: z.string().nullable(),
  description: localizedOut.nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(mention),
  passageCount: z.number().int().nonnegative(),
  unitCount: z.number().int().nonnegative(),
  mentionCount: z.number().int().nonnegative(),
  bySection: z.record(z.string(), z.number().int().nonnegative()),
  bySpeaker: z.record(z.string(), z.number().int().nonnegative()),
  community: z.number().int().nonnegative(),
  degree: z.number().nonnegative(),
  weightedDegree: z.number().nonnegative(),
  betweenness: z.number().nonnegative(),
  x: z.number(),
  y: z.number()
});

const edgeAttributes = z.strictObject({
  weight: z.number().int().positive(),
  jaccard: z.number().min(0).max(1),
  npmi: z.number().min(-1).max(1),
  passages: z.array(z.string()).min(1)
});

export const GraphSchema = z.strictObject({
  attributes: z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}; rebuild the graph with this version` }),
    title: z.string(),
    source: z.strictObject({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      format: z.enum(['markdown', 'text', 'srt', 'vtt']),
      catalog: z.string(),
      catalogSha256: z.string().regex(/^[0-9a-f]{64}$/)
    }),
    sections: z.array(section),
    speakers: z.array(speaker),
    passages: z.array(passage),
    parameters: z.strictObject({
      unit: z.enum(['passage', 'sentence']),
      seed: z.number().int(),
      resolution: z.number().positive(),
      layoutTicks: z.number().int().nonnegative()
    }),
    unitCount: z.number().int().nonnegative(),
    unmatched: z.array(z.string()),
    communityCount: z.number().int().nonnegative(),
    modularity: z.number(),
    generator: z.string()
  }),
  options: z.strictObject({ type: z.literal('undirected'), multi: z.literal(false), allowSelfLoops: z.literal(false) }),
  nodes: z.array(z.strictObject({ key: z.string(), attributes: nodeAttributes })),
  edges: z.array(
    z.strictObject({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      undirected: z.literal(true),
      attributes: edgeAttributes
    })
  )
});

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
  return result.success ? { ok: true, value: result.data as Catalog } : { ok: false, problems: problems(result.error) };
}

/**
 * Checks a serialised graph: its shape, then the references inside it (edge ends are nodes, mentions and edge
 * evidence name existing passages, mention offsets fall inside their passage).
 */
export function validateGraph(value: unknown): Validation<SerializedConceptGraph> {
  const result = GraphSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: problems(result.error) };
  const graph = result.data as SerializedConceptGraph;
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
