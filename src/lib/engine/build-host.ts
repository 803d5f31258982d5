/**
 * The build job: a transcript file and a catalog file (their bytes, as opened) -> the concept graph, exactly as
 * the CLI builds it (strict UTF-8 decoding, catalog checks, sha256 of both files, core's buildConceptGraph), with
 * stage progress. Runs in the build worker (build.worker.ts) or in this thread where there are no workers (tests).
 * Bad input throws the core's typed errors (SourceError, CatalogError); they reach the page as JobError with the
 * CLI's wording. Pure: no DOM, no file system.
 */
import type { BuildParameters, SerializedConceptGraph, SourceFormat } from '../core/contract/types';
import { buildConceptGraph } from '../core/build';
import { parseCatalog } from '../core/catalog/load';
import { decodeSource, normaliseSource } from '../core/source/decode';
import { sha256Hex } from '../core/source/hash';
import type { JobContext, JobHandlers } from './host';
import { CancelledError, type JobSpec } from './protocol';

/** A file as the user opened it: its name (no folders) and its bytes. */
export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

export interface BuildRequest {
  transcript: OpenedFile;
  catalog: OpenedFile;
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
}

export type BuildJobs = { build: JobSpec<BuildRequest, BuildProgress, BuildResult> };

/** Stages reported: reading the transcript, reading the catalog, then the core build's four (parse, match, count, graph). */
export const BUILD_STEPS = 6;

const bytesOf = (f: OpenedFile) => (f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes));

export async function runBuild(req: BuildRequest, ctx: JobContext<BuildProgress>): Promise<BuildResult> {
  let step = 0;
  const progress = (stage: string) => ctx.progress({ stage, step: Math.min(++step, BUILD_STEPS), steps: BUILD_STEPS });
  const transcriptBytes = bytesOf(req.transcript);
  const catalogBytes = bytesOf(req.catalog);
  progress(`reading ${req.transcript.name}`);
  const text = normaliseSource(decodeSource(transcriptBytes, req.transcript.name));
  progress(`reading the catalog ${req.catalog.name}`);
  const { catalog, warnings } = parseCatalog(new TextDecoder().decode(catalogBytes), req.catalog.name);
  const [sha256, catalogSha256] = await Promise.all([sha256Hex(transcriptBytes), sha256Hex(catalogBytes)]);
  if (ctx.signal.aborted) throw new CancelledError('build');
  const title = req.title?.trim() || undefined;
  const { graph, document } = buildConceptGraph({
    text,
    catalog,
    format: req.format,
    title,
    source: { file: req.transcript.name, sha256, catalog: req.catalog.name, catalogSha256 },
    parameters: req.parameters,
    onProgress: progress
  });
  return {
    graph,
    warnings: [
      ...warnings.map((w) => ({ file: req.catalog.name, path: w.path, message: w.message, hint: w.hint })),
      ...document.warnings.map((w) => ({ file: req.transcript.name, line: w.line, message: w.message }))
    ]
  };
}

export const buildJobs: JobHandlers<BuildJobs> = { build: runBuild };
