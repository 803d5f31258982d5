/**
 * The project file's shape (`*.topicgraph.json`): one file holding a transcript (its name and text), the concept
 * catalog it is read with (optional: without one the concepts are discovered), the build parameters and the view
 * (the explorer's URL query). Zod is the single source of the shape; the catalog inside is checked by the
 * catalog's own reader (./project.ts) so its problems carry `$.catalog...` paths. Pure: no DOM, no fs.
 */
import { z } from 'zod';
import { BuildParametersSchema, SourceFormatSchema, jsonPath, type SchemaProblem } from '../contract/schema';

import { PROJECT_FORMAT, PROJECT_VERSION } from './format';

const nonBlank = (what: string) =>
  z.string({ error: `${what} must be a string` }).refine((s) => s.trim().length > 0, { message: `${what} must not be empty` });

export const ProjectSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(PROJECT_FORMAT, { error: `format must be "${PROJECT_FORMAT}"` }),
  version: z.literal(PROJECT_VERSION, { error: `version must be ${PROJECT_VERSION} (this topicgraph reads version ${PROJECT_VERSION} projects)` }),
  /** Short name for file names (`talk` -> `talk.topicgraph.json`, `talk_all_count.png`). */
  name: nonBlank('name'),
  /** Graph title; default: the one found in the transcript. */
  title: z.string().optional(),
  transcript: z.strictObject({
    /** The transcript's file name as it was opened (its extension picks the format). */
    name: nonBlank('transcript.name'),
    /** The whole transcript, normalised (LF line endings, no BOM). */
    text: z.string({ error: 'transcript.text must be a string' }),
    format: SourceFormatSchema.optional()
  }),
  /** The concept catalog (the catalog format of README "Catalog format"); absent: discover the concepts. */
  catalog: z.unknown().optional(),
  /** Without a catalog: how many concepts discovery proposes (default 60). */
  discover: z.strictObject({ top: z.int({ error: 'discover.top must be an integer' }).min(1).max(2000) }).optional(),
  parameters: BuildParametersSchema.partial().optional(),
  /** The explorer's view as its URL query (`c=scaling&lang=en`; see README "The explorer"). */
  view: z.strictObject({ query: z.string({ error: 'view.query must be a string' }) }).optional(),
  /** ISO time of the save, informative. */
  savedAt: z.string().optional()
});

export type ProjectFile = z.infer<typeof ProjectSchema>;

export function validateProjectShape(value: unknown): { ok: true; value: ProjectFile } | { ok: false; problems: SchemaProblem[] } {
  const r = ProjectSchema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: r.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
}
