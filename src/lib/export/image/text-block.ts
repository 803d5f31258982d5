/**
 * Wrapped text blocks of the SVG export (title, subtitle, legend entries, caption): lines from the shared wrapper
 * ($lib/core/text/wrap), their height, and their SVG (<text> with one <tspan> per line, every string escaped).
 * Pure.
 */
import { wrapText } from '$lib/core/text/wrap';
import { escapeXml, fmt } from './sanitize';

export interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  height: number;
}

export function block(text: string, maxWidth: number, fontSize: number, bold = false, lineHeightEm = 1.35): TextBlock {
  const lines = wrapText(text, maxWidth, fontSize, bold);
  const lineHeight = fontSize * lineHeightEm;
  // first baseline at 1.0 em below the top, last line's descent 0.3 em
  const height = lines.length ? (lines.length - 1) * lineHeight + fontSize * 1.3 : 0;
  return { lines, fontSize, lineHeight, height };
}

export function renderBlock(b: TextBlock, x: number, top: number, attrs: string): string {
  if (!b.lines.length) return '';
  const spans = b.lines
    .map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(top + b.fontSize + i * b.lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${fmt(b.fontSize)}" ${attrs}>${spans}</text>`;
}
