/**
 * File names of the exports: `<transcript>_<scope>_<measure>.<ext>`, e.g. `scaling-era_dialogue-only_count.png`,
 * so a folder of exported figures says which transcript and filter each came from. Pure.
 */
import type { EdgeMeasure } from '$lib/viz/measures';

export interface FilenameScope {
  /** Sections in scope (null = all). */
  sections: readonly string[] | null;
  /** True when the sections in scope are exactly those with dialogue (speaker turns). */
  dialogueOnly: boolean;
  speakers: readonly string[] | null;
  kinds: readonly string[] | null;
  minWeight: number;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

export function scopeSlug(s: FilenameScope): string {
  const parts: string[] = [];
  if (s.sections === null) parts.push('all');
  else if (s.dialogueOnly) parts.push('dialogue-only');
  else if (s.sections.length <= 3) parts.push(s.sections.map(slug).join('-') || 'no-sections');
  else parts.push(`${s.sections.length}-sections`);
  if (s.speakers !== null) parts.push(s.speakers.length ? s.speakers.map((x) => slug(x === '_none' ? 'narration' : x)).join('-') : 'no-speakers');
  if (s.kinds !== null) parts.push(s.kinds.length ? s.kinds.map(slug).join('-') : 'no-kinds');
  if (s.minWeight > 1) parts.push(`min${s.minWeight}`);
  return parts.join('_');
}

export function exportFilename(transcript: string, scope: FilenameScope, measure: EdgeMeasure, ext: string, suffix = ''): string {
  return `${slug(transcript)}_${scopeSlug(scope)}_${measure}${suffix}.${ext}`;
}
