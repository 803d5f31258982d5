/**
 * Markdown transcripts: headings build the section tree (parent by level, emphasis and leading timestamps
 * removed from titles), bold speaker labels and inline labels give turns, paragraphs / list items / fenced
 * outline lines / stage directions give the other passages. The rules live in blocks.ts (block precedence),
 * syntax.ts (line syntax) and speakers.ts (which labels count). Pure; never throws.
 *
 * Choices: setext headings (`Title` + `===`) are not headings and a `---` line is always a thematic break (no
 * passage); indented code blocks and HTML blocks are paragraphs; a block quote is a paragraph that keeps its
 * `>` markers; YAML front matter at the top is skipped; link-only lines are kept as paragraphs or list items
 * (they hold names such as channel titles that a catalog may want to match).
 */
import { parseBlocks, type BlockResult } from './blocks';
import type { DocumentBuilder } from './builder';

export function parseMarkdown(b: DocumentBuilder): BlockResult {
  return parseBlocks(b, { markdown: true });
}
