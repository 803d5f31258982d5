/**
 * `topicgraph suggest`: proposes concepts for a transcript (discovery), as a readable table, as JSON, or written
 * as a catalog draft that `validate` and `build` accept as written (atomically). With --concepts, proposes only
 * what that catalog lacks, and --write writes the catalog extended by the proposals.
 */
import { basename } from 'node:path';
import { parseCatalog } from '../../lib/core/catalog/load';
import type { Catalog, SourceFormat, TranscriptDocument } from '../../lib/core/contract/types';
import { discoverConcepts, documentLanguage, extendCatalog, toDraftCatalog, type DiscoveredConcept, type DiscoveryResult } from '../../lib/core/discover';
import { DEFAULT_DISCOVERY_TOP } from '../../lib/core/discover/types';
import { parseTranscript } from '../../lib/core/parse';
import { decodeSource, normaliseSource } from '../../lib/core/source/decode';
import { oneOf, parse, required } from '../args';
import { readBytes, resolveOutput, UsageError, writeAtomic } from '../io';
import type { Reporter } from '../report';
import { loadResourcesSync } from '../discovery';

export const SUGGEST_HELP = `Usage: topicgraph suggest --transcript FILE [--concepts FILE] [--top N] [--json] [--write FILE]

Finds the concepts of a transcript without a catalog: terms specific to it (ranked by C-value x section spread x
rarity in everyday language), names, and speakers, with variants merged into one entry (case, plural, glosses
such as 算力（compute）, short forms of names). Chinese uses jieba word segmentation, English wink-nlp.

Options:
  --transcript FILE   transcript to read (Markdown, plain text, SRT or WebVTT)
  --concepts FILE     existing catalog: propose only concepts it lacks, never reuse its aliases
  --top N             how many candidates (default ${DEFAULT_DISCOVERY_TOP})
  --json              print {"candidates": [{id, label, aliases, kind, score, passages, sections, speakers, sample}]}
  --write FILE        write a catalog draft (with --concepts: that catalog plus the candidates), atomically
  --input-format markdown|text|srt|vtt   force the transcript format
  -h, --help          this help

Exit status: 0 success, 1 bad input, 2 usage error.`;

export interface DiscoveryInputs {
  document: TranscriptDocument;
  catalog?: Catalog;
  catalogFile?: string;
}

/** Reads the transcript (and catalog) the way `build` does. */
export function readDiscoveryInputs(transcriptFile: string, conceptsFile: string | undefined, inputFormat: SourceFormat | undefined, report: Reporter): DiscoveryInputs {
  const text = normaliseSource(decodeSource(readBytes(transcriptFile, 'transcript'), transcriptFile));
  const document = parseTranscript(text, { fileName: basename(transcriptFile), format: inputFormat });
  if (conceptsFile === undefined) return { document };
  const { catalog, warnings } = parseCatalog(new TextDecoder().decode(readBytes(conceptsFile, 'concept catalog')), conceptsFile);
  for (const w of warnings) report.warn(`${conceptsFile}: ${w.message} at ${w.path}. ${w.hint}`);
  return { document, catalog, catalogFile: conceptsFile };
}

/** --top N: a positive integer. */
export function parseTop(value: unknown, name = 'top'): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5000) throw new UsageError(`--${name} must be a whole number from 1 to 5000 (got "${String(value)}")`);
  return n;
}

function labelText(c: DiscoveredConcept): string {
  return [c.label.zh, c.label.en].filter(Boolean).join(' / ');
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function clip(s: string, n: number): string {
  if (width(s) <= n) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > n - 1) break;
    out += ch;
  }
  return out + '…';
}

export function formatTable(result: DiscoveryResult): string {
  const rows = result.candidates.map((c, i) => [String(i + 1), clip(labelText(c), 36), c.kind, c.score.toFixed(1), String(c.passages), String(c.sections.length), String(c.speakers.length), clip(c.aliases.join(', '), 48)]);
  const head = ['#', 'concept', 'kind', 'score', 'passages', 'sections', 'speakers', 'aliases'];
  const widths = head.map((h, j) => Math.max(width(h), ...rows.map((r) => width(r[j]))));
  const line = (r: string[]) => r.map((cell, j) => pad(cell, widths[j])).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

export function toJson(result: DiscoveryResult, transcript: string): string {
  const candidates = result.candidates.map((c) => ({ id: c.id, label: c.label, aliases: c.aliases, kind: c.kind, score: c.score, passages: c.passages, sections: c.sections, speakers: c.speakers, sample: c.sample }));
  return JSON.stringify({ transcript, language: result.language, candidates }, null, 2);
}

export async function runSuggest(argv: string[], report: Reporter): Promise<number> {
  const { values } = parse(argv, {
    transcript: { type: 'string' },
    concepts: { type: 'string' },
    top: { type: 'string' },
    json: { type: 'boolean' },
    write: { type: 'string' },
    'input-format': { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  });
  if (values.help) {
    report.out(SUGGEST_HELP);
    return 0;
  }
  const transcriptFile = required(values, 'transcript');
  const top = parseTop(values.top) ?? DEFAULT_DISCOVERY_TOP;
  const inputFormat = values['input-format'] === undefined ? undefined : oneOf<SourceFormat>(values['input-format'], 'input-format', ['markdown', 'text', 'srt', 'vtt'], 'markdown');
  const output = typeof values.write === 'string' ? resolveOutput(values.write, { transcript: transcriptFile }) : undefined;
  const t0 = performance.now();
  const { document, catalog } = readDiscoveryInputs(transcriptFile, typeof values.concepts === 'string' ? values.concepts : undefined, inputFormat, report);
  const language = documentLanguage(document);
  const resources = loadResourcesSync(language);
  const result = discoverConcepts(document, resources, { catalog, top, onProgress: document.passages.length > 2000 ? (p) => p.stage === 'tokenising' && report.progress(`tokenising ${p.done}/${p.total} passages`) : undefined });
  if (values.json) report.out(toJson(result, basename(transcriptFile)));
  else report.out(formatTable(result));
  if (output) {
    const draft = catalog ? extendCatalog(catalog, result.candidates) : toDraftCatalog(result.candidates, document.title, language);
    await writeAtomic(output, JSON.stringify(draft, null, 2) + '\n');
    report.info(`wrote ${output.file}: ${draft.concepts.length} concepts (${result.candidates.length} discovered)`);
  }
  report.info(`${result.candidates.length} candidates (${language}, ${result.considered} terms considered) in ${(performance.now() - t0).toFixed(0)} ms`);
  return 0;
}
