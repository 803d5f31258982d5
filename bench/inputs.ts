/**
 * Inputs shared by the bench suites: the bundled transcript and catalog (read once from data/, decoded and
 * validated exactly as the CLI does), the repository root, and the `source` block buildConceptGraph wants.
 *
 * Reads files; does no timing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, GraphAttributes } from '../src/lib/core/contract/types';
import { parseCatalog } from '../src/lib/core/catalog/load';
import { decodeSource } from '../src/lib/core/source/decode';

/** Absolute path of the repository root (the parent of bench/), whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const BUNDLED_TRANSCRIPT = 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md';
export const BUNDLED_CATALOG = 'data/concepts/econtalk-dwarkesh-scaling-era.concepts.json';

export interface BundledInput {
  /** Normalised transcript text. */
  text: string;
  /** Size of the transcript file in bytes. */
  bytes: number;
  catalog: Catalog;
  fileName: string;
}

/** The bundled transcript and catalog, as the CLI would load them (strict UTF-8, catalog checks). */
export function loadBundled(root: string = REPO_ROOT): BundledInput {
  const transcriptPath = join(root, BUNDLED_TRANSCRIPT);
  const catalogPath = join(root, BUNDLED_CATALOG);
  const bytes = readFileSync(transcriptPath);
  const text = decodeSource(new Uint8Array(bytes), transcriptPath);
  const { catalog } = parseCatalog(readFileSync(catalogPath, 'utf8'), catalogPath);
  return { text, bytes: bytes.length, catalog, fileName: BUNDLED_TRANSCRIPT.split('/').pop() as string };
}

/** A `source` block for buildConceptGraph (the hashes are placeholders: hashing is the CLI's job, not timed). */
export function benchSource(file: string): Omit<GraphAttributes['source'], 'format'> {
  return { file, sha256: '0'.repeat(64), catalog: 'bench.concepts.json', catalogSha256: '0'.repeat(64) };
}

/** Bytes -> MB (10^6 bytes, as in "MB/s"). */
export const toMB = (bytes: number) => bytes / 1e6;
