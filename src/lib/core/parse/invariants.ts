/**
 * Checks the structural promises of a TranscriptDocument against the text it was parsed from; used by the parse
 * tests (and usable by any later stage that wants to assert its input). Returns human-readable problems, empty
 * when everything holds. Pure; never throws.
 *
 * Promises: passage ids p1..pN and section ids s1..sN in order; text === source.slice(start, end); text non-empty
 * and trimmed; passages in document order and not overlapping; lineStart <= line of start, lineEnd = line of the
 * last character; section / speaker / parent references exist; section order = index; times are null or >= 0.
 */
import type { TranscriptDocument } from '../contract/types';
import { lineOf, lineTable } from './lines';

export function checkInvariants(source: string, doc: TranscriptDocument, limit = 20): string[] {
  const problems: string[] = [];
  const add = (msg: string) => {
    if (problems.length < limit) problems.push(msg);
  };
  const lines = lineTable(source);
  const sectionIds = new Set<string>();
  doc.sections.forEach((s, i) => {
    if (s.id !== `s${i + 1}`) add(`section ${i} has id ${s.id}, expected s${i + 1}`);
    if (s.order !== i) add(`section ${s.id} has order ${s.order}, expected ${i}`);
    if (s.parent !== null && !sectionIds.has(s.parent)) add(`section ${s.id} has parent ${s.parent} that does not precede it`);
    if (s.depth < 1) add(`section ${s.id} has depth ${s.depth}`);
    if (s.line < 1 || s.line > lines.count) add(`section ${s.id} has line ${s.line} outside the text`);
    if (s.time !== null && !(s.time >= 0)) add(`section ${s.id} has time ${s.time}`);
    sectionIds.add(s.id);
  });
  const speakerIds = new Set<string>();
  for (const sp of doc.speakers) {
    if (speakerIds.has(sp.id)) add(`duplicate speaker id ${sp.id}`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(sp.id)) add(`speaker id "${sp.id}" is not a slug`);
    if (sp.name.trim() === '') add(`speaker ${sp.id} has an empty name`);
    speakerIds.add(sp.id);
  }
  let lastEnd = 0;
  doc.passages.forEach((p, i) => {
    if (p.id !== `p${i + 1}`) add(`passage ${i} has id ${p.id}, expected p${i + 1}`);
    if (!(p.start >= 0 && p.end <= source.length && p.start < p.end)) add(`${p.id}: range ${p.start}-${p.end} is empty or outside the text (${source.length})`);
    if (p.start < lastEnd) add(`${p.id}: starts at ${p.start}, before the end of the previous passage (${lastEnd})`);
    if (source.slice(p.start, p.end) !== p.text) add(`${p.id}: text differs from source.slice(${p.start}, ${p.end})`);
    if (p.text.trim() !== p.text || p.text === '') add(`${p.id}: text is empty or not trimmed`);
    if (p.section !== null && !sectionIds.has(p.section)) add(`${p.id}: unknown section ${p.section}`);
    if (p.speaker !== null && !speakerIds.has(p.speaker)) add(`${p.id}: unknown speaker ${p.speaker}`);
    if (p.end > p.start) {
      if (p.lineEnd !== lineOf(lines, p.end - 1)) add(`${p.id}: lineEnd ${p.lineEnd}, expected ${lineOf(lines, p.end - 1)}`);
      if (p.lineStart > lineOf(lines, p.start) || p.lineStart < 1) add(`${p.id}: lineStart ${p.lineStart} after its text`);
    }
    if (p.time !== null && !(p.time >= 0)) add(`${p.id}: time ${p.time}`);
    lastEnd = Math.max(lastEnd, p.end);
  });
  for (const w of doc.warnings) if (!(w.line >= 1)) add(`warning with line ${w.line}: ${w.message}`);
  return problems;
}
