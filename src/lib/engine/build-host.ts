/**
 * The build job: a transcript file (or a saved project, *.topicgraph.json) and optionally a catalog file (their
 * bytes, as opened) -> the concept graph, exactly as the CLI builds it (strict UTF-8 decoding, catalog checks,
 * sha256 of both files, core's buildConceptGraph), with stage progress. Without a catalog the discovery stage
 * proposes the concepts (its language resources, jieba-wasm or wink-nlp, loaded here on first use), as
 * `topicgraph build` without --concepts does. Answers the graph and what the page needs to edit and save the
 * project: the transcript text, the catalog the graph was built from, the project's view.
 * Runs in the build worker (build.worker.ts) or in this thread where there are no workers (tests).
 * Bad input throws the core's typed errors (SourceError, CatalogError, ProjectError); they reach the page as
 * JobError with the CLI's wording. Pure: no DOM, no file system.
 */
import type { BuildParameters, Catalog, SerializedConceptGraph, SourceFormat } from '../core/contract/types';
import { buildConceptGraph } from '../core/build';
import { parseCatalog } from '../core/catalog/load';
import { decodeSource, normaliseSource } from '../core/source/decode';
import { sha256Hex } from '../core/source/hash';
import { detectLanguage } from '../core/discover/language';
import { loadDiscoveryResources } from '../core/discover/resources';
import { DEFAULT_DISCOVERY_TOP } from '../core/discover/types';
import { InputError } from '../core/errors';
import { looksLikeProject, parseProject, type Project } from '../core/project/project';
import type { JobContext, JobHandlers } from './host';
import { CancelledError, type JobSpec } from './protocol';

/** A file as the user opened it: its name (no folders) and its bytes. */
export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

export interface BuildRequest {
  /** A transcript (Markdown, text, SRT, WebVTT) or a saved project. */
  transcript: OpenedFile;
  /** The catalog; without one (and without one in a project) the concepts are discovered. */
  catalog?: OpenedFile;
  /** Without a catalog: how many concepts to discover (default 60, as the CLI's --top). */
  discoverTop?: number;
  /** Overrides the title found in the transcript (as the CLI's --title). */
  title?: string;
  /** Forces the transcript's format (as the CLI's --input-format). */
  format?: SourceFormat;
  parameters?: Partial<BuildParameters>;
}

/** Before each stage: its name, its number (1-based) and how many there are. */
export interface BuildProgress {
  stage: string;
  step: number;
  steps: number;
}

/** Something the build noticed but did not stop for (the CLI prints these as warnings). */
export interface BuildWarning {
  file: string;
  line?: number;
  path?: string;
  message: string;
  hint?: string;
}

export interface BuildResult {
  graph: SerializedConceptGraph;
  warnings: BuildWarning[];
  /** The project as built: transcript text and name, the catalog the graph came from (discovered or given), view. */
  project: Project;
  /** True when the concepts were discovered (no catalog given). */
  discovered: boolean;
}

export type BuildJobs = { build: JobSpec<BuildRequest, BuildProgress, BuildResult> };

/** Stages of a build with a catalog: reading the transcript, reading the catalog, the core build's four. */
export const BUILD_STEPS = 6;
/** Stages of a build without one: reading, loading the language tools, then parse, discover, match, count, graph. */
export const DISCOVER_STEPS = 7;

const bytesOf = (f: OpenedFile) => (f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes));
const encoder = new TextEncoder();

/** A project's or a transcript's name without its extension. */
const stem = (name: string) => name.replace(/\.topicgraph\.json$/i, '').replace(/\.[^.]+$/, '') || name;

export async function runBuild(req: BuildRequest, ctx: JobContext<BuildProgress>): Promise<BuildResult> {
  let step = 0;
  let steps = BUILD_STEPS;
  const progress = (stage: string) => ctx.progress({ stage, step: Math.min(++step, steps), steps });
  const opened = bytesOf(req.transcript);
  const decoded = normaliseSource(decodeSource(opened, req.transcript.name));
  // a saved project opened as a transcript: its text, catalog and view (a catalog opened with it wins)
  const saved = looksLikeProject(req.transcript.name, decoded.slice(0, 4096)) ? parseProject(decoded, req.transcript.name) : null;
  const p = saved?.project;
  const transcriptName = p?.transcript.name ?? req.transcript.name;
  const text = p ? normaliseSource(p.transcript.text) : decoded;
  const transcriptBytes = p ? encoder.encode(p.transcript.text) : opened;
  if (p) decodeSource(transcriptBytes, `${req.transcript.name} ($.transcript.text)`); // empty or binary text: the same errors
  const catalogFile = req.catalog ?? (p?.catalog ? { name: req.transcript.name, bytes: encoder.encode(JSON.stringify(p.catalog)) } : undefined);
  const format = req.format ?? p?.transcript.format;
  const title = req.title?.trim() || p?.title || undefined;
  const parameters = { ...p?.parameters, ...req.parameters };
  if (!catalogFile) steps = DISCOVER_STEPS;
  progress(`reading ${req.transcript.name}`);
  const warnings: BuildWarning[] = (saved?.warnings ?? []).map((w) => ({ file: req.transcript.name, path: w.path, message: w.message, hint: w.hint }));

  let catalog: Catalog | undefined;
  let catalogBytes: Uint8Array | undefined;
  let discovery: Parameters<typeof buildConceptGraph>[0]['discovery'];
  const top = req.discoverTop ?? p?.discoverTop ?? DEFAULT_DISCOVERY_TOP;
  if (catalogFile) {
    catalogBytes = bytesOf(catalogFile);
    progress(`reading the catalog ${catalogFile.name}`);
    const loaded = req.catalog || !p?.catalog ? parseCatalog(new TextDecoder().decode(catalogBytes), catalogFile.name) : { catalog: p.catalog, warnings: [] };
    catalog = loaded.catalog;
    warnings.push(...loaded.warnings.map((w) => ({ file: catalogFile.name, path: w.path, message: w.message, hint: w.hint })));
  } else {
    const language = detectLanguage(text);
    progress(language === 'zh' ? 'loading the Chinese segmenter (jieba)' : 'loading the English tagger (wink-nlp)');
    discovery = { resources: await loadDiscoveryResources(language), top };
  }
  const [sha256, catalogSha256] = await Promise.all([sha256Hex(transcriptBytes), catalogBytes ? sha256Hex(catalogBytes) : '']);
  if (ctx.signal.aborted) throw new CancelledError('build');
  const out = buildConceptGraph({
    text,
    catalog,
    discovery,
    format,
    title,
    source: { file: transcriptName, sha256, catalog: catalogFile ? catalogFile.name : `discovered (top ${top})`, catalogSha256 },
    parameters,
    onProgress: progress
  });
  const { graph, document } = out;
  // with discovery, the catalog the graph was built from is the draft: hash that (as the CLI does)
  if (discovery) graph.attributes.source.catalogSha256 = await sha256Hex(JSON.stringify(out.catalog));
  if (graph.attributes.passages.length === 0)
    throw new InputError({ file: transcriptName }, `no passage found reading it as ${document.format}: the graph would be empty`, 'Give a transcript with some text outside headings');
  warnings.push(...document.warnings.map((w) => ({ file: transcriptName, line: w.line, message: w.message })));
  return {
    graph,
    warnings,
    discovered: !catalogFile,
    project: {
      name: p?.name ?? stem(transcriptName),
      ...(title ? { title } : {}),
      transcript: { name: transcriptName, text, ...(format ? { format } : {}) },
      catalog: out.catalog,
      ...(Object.keys(parameters).length ? { parameters } : {}),
      view: p?.view ?? ''
    }
  };
}

export const buildJobs: JobHandlers<BuildJobs> = { build: runBuild };
