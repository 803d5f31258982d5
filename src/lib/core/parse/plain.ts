/**
 * Plain-text transcripts: paragraphs separated by blank lines; `Name: text` (or `Name:` alone, `[Name] text`,
 * `Name  00:01:02`) lines give speaker turns when the acceptance policy of speakers.ts accepts the name; a turn
 * continues over following paragraphs until the next label; `(laughs)` / `[Music]` lines are notes; a line that
 * is only a timestamp gives its time to the next passage. No headings, lists or fences. Pure; never throws.
 */
import { parseBlocks, type BlockResult } from './blocks';
import type { DocumentBuilder } from './builder';

export function parsePlain(b: DocumentBuilder): BlockResult {
  return parseBlocks(b, { markdown: false });
}
