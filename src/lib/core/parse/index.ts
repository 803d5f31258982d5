/**
 * The parse stage: normalised transcript text -> TranscriptDocument (sections, speakers, passages, warnings).
 * Dispatches on the format (given, or detected from the file name and content) to markdown.ts, plain.ts or
 * subtitles.ts; all of them write through builder.ts, which enforces the passage invariants.
 *
 * Pure (no fs, no DOM) and total: it never throws on any string. Should a format parser fail on an input nobody
 * foresaw, the text is re-read as plain blank-line paragraphs and a warning says so.
 * Title: the front matter's title or the document's title heading (see BlockResult in blocks.ts), else the file
 * name without extension, else "Untitled transcript".
 */
import type { SourceFormat, TranscriptDocument } from '../contract/types';
import { checkMediaUrl } from '../media';
import { detectFormat } from '../source/decode';
import type { BlockResult } from './blocks';
import { DocumentBuilder } from './builder';
import { isBlank, lineText } from './lines';
import { parseMarkdown } from './markdown';
import { parsePlain } from './plain';
import { parseSubtitles } from './subtitles';

export interface ParseOptions {
  /** Used for format detection and as the title fallback. */
  fileName?: string;
  /** Forces the format instead of detecting it. */
  format?: SourceFormat;
}

/** File name without directories and without its last extension. */
function baseTitle(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim();
  return stem === '' ? null : stem;
}

export function parseTranscript(text: string, options: ParseOptions = {}): TranscriptDocument {
  const source = typeof text === 'string' ? text : '';
  let format: SourceFormat = 'text';
  try {
    format = options.format ?? detectFormat(source, options.fileName);
    return parseAs(source, format, options.fileName);
  } catch (err) {
    return fallback(source, format, options.fileName, err);
  }
}

function parseAs(text: string, format: SourceFormat, fileName: string | undefined): TranscriptDocument {
  const b = new DocumentBuilder(text);
  let blocks: BlockResult | null = null;
  if (format === 'markdown') blocks = parseMarkdown(b);
  else if (format === 'text') blocks = parsePlain(b);
  else parseSubtitles(b, format);
  if (format === 'markdown' && blocks && blocks.headingCount === 0)
    b.warn(1, 'no Markdown headings found: passages are not grouped into sections (add "#"/"##" headings to get them)');
  const body = b.passages.filter((p) => p.kind !== 'heading');
  const only = body.length === 1 ? body[0] : null;
  if (only && (only.lineEnd > only.lineStart || only.text.length > 1000))
    b.warn(
      only.lineStart,
      'the whole transcript is one passage, so every concept it mentions is linked to every other: separate paragraphs with blank lines, or label the speaker turns'
    );
  if (b.speakers.list.length === 0)
    b.warn(1, 'no speaker labels found ("**Name:**" on its own line, "Name: text" on several lines, or WebVTT <v Name>): passages have no speaker');
  const doc = finish(b, format, blocks?.headingTitle ?? null, fileName);
  if (blocks?.media) {
    const media = checkMediaUrl(blocks.media);
    if (media.ok) doc.media = media.url;
    else doc.warnings.unshift({ line: 1, message: `front matter: ${media.problem}; passages are not linked to the recording` });
  }
  return doc;
}

function finish(b: DocumentBuilder, format: SourceFormat, headingTitle: string | null, fileName: string | undefined): TranscriptDocument {
  const warnings = b.warnings.map((w, k) => ({ w, k })).sort((x, y) => x.w.line - y.w.line || x.k - y.k).map(({ w }) => w);
  return {
    format,
    title: headingTitle ?? baseTitle(fileName) ?? 'Untitled transcript',
    sections: b.sections,
    speakers: b.speakers.list,
    passages: b.passages,
    warnings
  };
}

/** Last resort: blank-line paragraphs only. */
function fallback(text: string, format: SourceFormat, fileName: string | undefined, err: unknown): TranscriptDocument {
  const b = new DocumentBuilder(text);
  const why = err instanceof Error ? err.message : String(err);
  try {
    const t = b.lines;
    let i = 0;
    while (i < t.count) {
      if (isBlank(lineText(t, i))) {
        i++;
        continue;
      }
      let j = i;
      while (j < t.count && !isBlank(lineText(t, j))) j++;
      b.addPassage({ kind: 'paragraph', start: t.starts[i], end: t.ends[j - 1], stripTimestamps: false });
      i = j;
    }
  } catch {
    b.passages.length = 0;
  }
  b.warn(1, `the ${format} parser failed (${why}); the text was read as plain paragraphs. Please report this input`);
  return finish(b, format, null, fileName);
}
