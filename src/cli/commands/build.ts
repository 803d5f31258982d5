/**
 * `topicgraph build`: transcript + catalog -> graph file (json, gexf or graphml), written atomically.
 */
import { basename } from 'node:path';
import type { CooccurrenceUnit, SourceFormat } from '../../lib/core/contract/types';
import { parseCatalog } from '../../lib/core/catalog/load';
import { toGexf, toGraphML, toJson } from '../../lib/core/export';
import { buildConceptGraph } from '../../lib/core/build';
import { checkMediaUrl } from '../../lib/core/media';
import { InputError, ProjectError } from '../../lib/core/errors';
import { parseProject, type Project } from '../../lib/core/project/project';
import { CatalogMatchError } from '../../lib/core/match/errors';
import { decodeSource, detectFormat, formatMismatch, normaliseSource } from '../../lib/core/source/decode';
import { sha256Hex } from '../../lib/core/source/hash';
import { oneOf, parse, required } from '../args';
import { readBytes, resolveOutput, writeAtomic } from '../io';
import { detectLanguage } from '../../lib/core/discover/language';
import { DEFAULT_DISCOVERY_TOP } from '../../lib/core/discover/types';
import { loadResourcesSync } from '../discovery';
import { parseTop } from './suggest';
import type { Reporter } from '../report';
import { counted } from '../words';

export const BUILD_HELP = `Usage: topicgraph build --transcript FILE [--concepts FILE] --out FILE [options]
       topicgraph build --project FILE.topicgraph.json --out FILE [options]

Reads a transcript (Markdown, plain text, SRT or WebVTT) and a concept catalog (JSON), finds every mention of
every concept, counts co-mentions and writes the concept graph. Without --concepts the concepts are
discovered (see \`topicgraph suggest\`); nodes carry origin "catalog" or "discovered".

Options:
  --transcript FILE        transcript to read (UTF-8)
  --project FILE           a project saved by the page ("Save project", *.topicgraph.json): its transcript, its
                           catalog (or discovery when it has none), its title and parameters; instead of
                           --transcript and --concepts
  --concepts FILE          concept catalog (JSON, see README "Catalog format"); without it, discover the concepts
  --top N                  without --concepts: how many concepts to discover (default ${DEFAULT_DISCOVERY_TOP})
  --discover N             with --concepts: also add the N best discovered concepts the catalog lacks
  --out FILE               output file; written atomically (a failed run leaves the old file untouched); never
                           an input of the run, a device or a read-only file; a symlink is written through
  --unit passage|sentence  co-occurrence unit (default passage: a speaker turn, paragraph or list item)
  --format json|gexf|graphml   output format (default json: the graphology graph the page reads)
  --input-format markdown|text|srt|vtt   force the transcript format (default: from extension and content)
  --title TEXT             graph title (default: the front matter's title, the first # heading, the first ##
                           heading, or the file name)
  --media-url URL          the recording (http or https) the transcript's times refer to: each timed passage
                           links to its moment (default: the front matter's media:, else the catalog's media)
  --seed N                 seed for communities and layout (default 42)
  --verbose                print stack traces for unexpected errors
  -h, --help               this help

Exit status: 0 success, 1 bad input (the message names the file and line or JSON path), 2 usage error.`;

export async function runBuild(argv: string[], report: Reporter): Promise<number> {
  const { values } = parse(argv, {
    transcript: { type: 'string' },
    project: { type: 'string' },
    concepts: { type: 'string' },
    out: { type: 'string' },
    unit: { type: 'string' },
    format: { type: 'string' },
    'input-format': { type: 'string' },
    seed: { type: 'string' },
    title: { type: 'string' },
    'media-url': { type: 'string' },
    top: { type: 'string' },
    discover: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  });
  if (values.help) {
    report.out(BUILD_HELP);
    return 0;
  }
  const projectFile = typeof values.project === 'string' && values.project !== '' ? values.project : undefined;
  if (projectFile && (values.transcript !== undefined || values.concepts !== undefined))
    return report.usage('--project holds the transcript and the catalog: leave out --transcript and --concepts');
  const project = projectFile ? readProject(projectFile) : undefined;
  const transcriptFile = project ? projectFile! : required(values, 'transcript');
  const conceptsFile = project ? (project.catalog ? projectFile : undefined) : typeof values.concepts === 'string' && values.concepts !== '' ? values.concepts : undefined;
  const top = parseTop(values.top) ?? (project && !project.catalog ? project.discoverTop : undefined);
  const discoverN = parseTop(values.discover, 'discover');
  if (conceptsFile && top !== undefined) return report.usage('--top sets how many concepts to discover without a catalog; with --concepts use --discover N');
  if (!conceptsFile && discoverN !== undefined) return report.usage('--discover N adds to a catalog: give --concepts, or use --top N to discover without one');
  const outFile = required(values, 'out');
  const unit = oneOf<CooccurrenceUnit>(values.unit, 'unit', ['passage', 'sentence'], project?.parameters?.unit ?? 'passage');
  const format = oneOf(values.format, 'format', ['json', 'gexf', 'graphml'] as const, 'json');
  const inputFormat = values['input-format'] === undefined ? project?.transcript.format : oneOf<SourceFormat>(values['input-format'], 'input-format', ['markdown', 'text', 'srt', 'vtt'], 'markdown');
  const seed = values.seed === undefined ? (project?.parameters?.seed ?? 42) : Number(values.seed);
  if (!Number.isInteger(seed)) return report.usage(`--seed must be an integer (got "${values.seed}")`);
  const mediaArg = values['media-url'] === undefined ? undefined : checkMediaUrl(String(values['media-url']));
  if (mediaArg && !mediaArg.ok) return report.usage(`--media-url: ${mediaArg.problem}`);

  const output = resolveOutput(outFile, { transcript: transcriptFile, ...(conceptsFile ? { 'concept catalog': conceptsFile } : {}) });
  const t0 = performance.now();
  const bytes = project ? new TextEncoder().encode(project.transcript.text) : readBytes(transcriptFile, 'transcript');
  const slow = bytes.length > 2_000_000;
  if (slow) report.progress(`reading ${transcriptFile} (${(bytes.length / 1e6).toFixed(1)} MB)`);
  const text = normaliseSource(decodeSource(bytes, project ? `${transcriptFile} ($.transcript.text)` : transcriptFile));
  if (inputFormat) {
    const looks = formatMismatch(text, inputFormat);
    if (looks) report.warn(`${transcriptFile}: --input-format ${inputFormat} was given, but the content looks like ${looks}`);
  }
  const catalogBytes = project?.catalog ? new TextEncoder().encode(JSON.stringify(project.catalog)) : conceptsFile ? readBytes(conceptsFile, 'concept catalog') : undefined;
  const loaded = project?.catalog ? { catalog: project.catalog, warnings: [] } : conceptsFile && catalogBytes ? parseCatalog(new TextDecoder().decode(catalogBytes), conceptsFile) : undefined;
  for (const w of loaded?.warnings ?? []) report.warn(`${conceptsFile}: ${w.message} at ${w.path}. ${w.hint}`);
  const discoverCount = conceptsFile ? discoverN : (top ?? DEFAULT_DISCOVERY_TOP);
  const discovery = discoverCount ? { resources: loadResourcesSync(detectLanguage(text)), top: discoverCount } : undefined;

  const [sha256, catalogSha256] = await Promise.all([sha256Hex(bytes), catalogBytes ? sha256Hex(catalogBytes) : '']);
  const run = () =>
    buildConceptGraph({
      text,
      catalog: loaded?.catalog,
      discovery,
      format: inputFormat,
      title: typeof values.title === 'string' && values.title.trim() ? values.title.trim() : project?.title,
      media: mediaArg?.ok ? mediaArg.url : undefined,
      source: {
        file: project ? project.transcript.name : basename(transcriptFile),
        sha256,
        catalog: conceptsFile ? basename(conceptsFile) + (discovery ? ` + ${discovery.top} discovered` : '') : `discovered (top ${discovery!.top})`,
        catalogSha256
      },
      parameters: { unit, seed },
      onProgress: slow || performance.now() - t0 > 1000 ? (stage) => report.progress(stage) : undefined
    });
  const { graph, document, catalog } = conceptsFile ? inCatalog(conceptsFile, run) : run();
  // With discovery, the catalog the graph was built from is the draft or extended catalog: hash that.
  if (discovery) graph.attributes.source.catalogSha256 = await sha256Hex(JSON.stringify(catalog));
  for (const w of document.warnings) report.warn(`${transcriptFile}:${w.line}: ${w.message}`);
  const a = graph.attributes;
  if (a.passages.length === 0)
    throw new InputError(
      { file: transcriptFile },
      `no passage found reading it as ${document.format}${inputFormat ? ' (--input-format)' : ''}: the graph would be empty`,
      inputFormat ? `Check --input-format (the content looks like ${detectFormat(text)}), or leave it out to detect the format` : 'Give a transcript with some text outside headings'
    );
  if (a.unmatched.length)
    report.warn(`${conceptsFile}: ${counted(a.unmatched.length, 'concept')} never mentioned in ${basename(transcriptFile)}: ${a.unmatched.join(', ')}`);
  if (graph.nodes.length === 0)
    report.warn(`no concept of ${conceptsFile} is mentioned in ${transcriptFile}: the graph is empty. Check the aliases with \`topicgraph validate --concepts ${conceptsFile} --transcript ${transcriptFile}\``);

  const content = format === 'gexf' ? toGexf(graph) : format === 'graphml' ? toGraphML(graph) : toJson(graph);
  await writeAtomic(output, content);
  const ms = performance.now() - t0;
  report.info(
    `wrote ${outFile} (${format}, ${(content.length / 1024).toFixed(0)} KiB): ${counted(a.passages.length, 'passage')}, ${counted(a.sections.length, 'section')}, ` +
      `${counted(a.speakers.length, 'speaker')}, ${counted(graph.nodes.length, 'concept')}, ${counted(graph.edges.length, 'edge')}, ` +
      `${counted(a.communityCount, 'community', 'communities')} in ${ms.toFixed(0)} ms`
  );
  return 0;
}

/** Reads a project file (strict UTF-8, then its shape and its catalog); its catalog warnings are not repeated here. */
function readProject(file: string): Project {
  const bytes = readBytes(file, 'project');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProjectError({ file }, 'the project file is not UTF-8 text', 'Open a *.topicgraph.json file saved by the page');
  }
  return parseProject(text, file).project;
}

/** Runs `fn`, naming the catalog file in a matcher error (which knows only the JSON path). */
export function inCatalog<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CatalogMatchError && err.where.file === undefined) err.where.file = file;
    throw err;
  }
}
