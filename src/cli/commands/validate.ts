/**
 * `topicgraph validate`: checks a catalog (shape, ids, broader links, aliases, regexes) and, with a transcript,
 * reports how often each concept matches and warns about concepts that never do.
 */
import { basename } from 'node:path';
import { parseCatalog } from '../../lib/core/catalog/load';
import { compileMatcher, matchPassages } from '../../lib/core/match';
import { findNearMisses } from '../../lib/core/match/near-miss';
import { parseTranscript } from '../../lib/core/parse';
import { decodeSource, normaliseSource } from '../../lib/core/source/decode';
import { parse, required } from '../args';
import { readBytes } from '../io';
import type { Reporter } from '../report';
import { counted } from '../words';
import { inCatalog } from './build';

export const VALIDATE_HELP = `Usage: topicgraph validate --concepts FILE [--transcript FILE]

Checks a concept catalog: JSON syntax, shape, unique ids, "broader" links (existing, no cycles), aliases (none
empty, none claimed by two concepts) and regular-expression aliases (valid, never empty, no catastrophic
backtracking). With --transcript, also matches the catalog against it and lists mentions per concept and near
misses (forms in the text close to an alias that did not match, e.g. "robotics" for "robot"), warning about
concepts that are never mentioned (a warning, not an error).

Options:
  --concepts FILE     concept catalog (JSON)
  --transcript FILE   optional transcript to match against
  -h, --help          this help

Exit status: 0 valid (warnings allowed), 1 invalid (the message names the file and JSON path), 2 usage error.`;

export function runValidate(argv: string[], report: Reporter): number {
  const { values } = parse(argv, { concepts: { type: 'string' }, transcript: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    report.out(VALIDATE_HELP);
    return 0;
  }
  const conceptsFile = required(values, 'concepts');
  const { catalog, warnings } = parseCatalog(new TextDecoder().decode(readBytes(conceptsFile, 'concept catalog')), conceptsFile);
  for (const w of warnings) report.warn(`${conceptsFile}: ${w.message} at ${w.path}. ${w.hint}`);
  const matcher = inCatalog(conceptsFile, () => compileMatcher(catalog));
  const aliasCount = catalog.concepts.reduce((n, c) => n + c.aliases.length, 0);
  const lines = [`${conceptsFile}: valid catalog, ${counted(catalog.concepts.length, 'concept')}, ${counted(aliasCount, 'alias', 'aliases')}`];
  if (typeof values.transcript === 'string') {
    const file = values.transcript;
    const text = normaliseSource(decodeSource(readBytes(file, 'transcript'), file));
    const doc = parseTranscript(text, { fileName: basename(file) });
    for (const w of doc.warnings) report.warn(`${file}:${w.line}: ${w.message}`);
    const { mentions, unmatched } = inCatalog(conceptsFile, () => matchPassages(matcher, doc.passages));
    lines.push(`${file}: ${counted(doc.passages.length, 'passage')}; ${mentions.size} of ${counted(catalog.concepts.length, 'concept')} mentioned`);
    const rows = catalog.concepts.map((c) => {
      const list = mentions.get(c.id) ?? [];
      return { id: c.id, mentions: list.length, passages: new Set(list.map((m) => m.passage)).size };
    });
    const width = Math.max(...rows.map((r) => r.id.length), 7);
    lines.push(`${'concept'.padEnd(width)}  mentions  passages`);
    for (const r of rows) lines.push(`${r.id.padEnd(width)}  ${String(r.mentions).padStart(8)}  ${String(r.passages).padStart(8)}`);
    const near = findNearMisses(catalog, doc.passages, mentions);
    if (near.size) {
      lines.push('', 'Near misses: forms in the text close to an alias that did not match (add them as aliases if they name the concept)');
      for (const [id, list] of near) lines.push(`  ${id}: ${list.map((m) => `${JSON.stringify(m.form)} (${m.count})`).join(', ')}`);
    }
    for (const id of unmatched) {
      const i = catalog.concepts.findIndex((c) => c.id === id);
      const hint = near.has(id) ? ` (near misses: ${near.get(id)!.map((m) => JSON.stringify(m.form)).join(', ')})` : '';
      report.warn(`${conceptsFile}: concept "${id}" (at $.concepts[${i}]) is never mentioned in ${file}${hint}. Check its aliases against the text`);
    }
  }
  report.out(lines.join('\n'));
  return 0;
}
