/**
 * The legend column of the SVG export: groups (a bold title, then items with a circle or line swatch and a
 * wrapped label), as wide as its longest entry within LEGEND_MIN_WIDTH..LEGEND_MAX_WIDTH. Returns its size and a
 * renderer for a given top-left corner. Pure.
 */
import { textWidth } from '$lib/core/text/measure';
import { cleanInline, fmt, safeColor } from './sanitize';
import { block, renderBlock, type TextBlock } from './text-block';
import { LEGEND_FONT, LEGEND_MAX_WIDTH, LEGEND_MIN_WIDTH, LEGEND_TITLE_FONT, SWATCH_GAP, SWATCH_WIDTH, TEXT_COLOR } from './settings';
import type { ExportLegendGroup } from './types';

export interface LegendLayout {
  width: number;
  height: number;
  render: (x: number, y: number) => string;
}

type Row = { kind: 'title'; b: TextBlock; top: number } | { kind: 'item'; b: TextBlock; top: number; color: string; shape: string };

export function layoutLegend(groups: readonly ExportLegendGroup[]): LegendLayout | null {
  const clean = (groups ?? [])
    .filter((g) => g && (cleanInline(g.title) || (g.items ?? []).length))
    .map((g) => ({
      title: cleanInline(g.title),
      items: (g.items ?? [])
        .filter((it) => it)
        .map((it) => ({ color: safeColor(it.color), label: cleanInline(it.label), shape: it.shape === 'line' ? 'line' : 'circle' }))
    }));
  if (!clean.length) return null;

  let natural = LEGEND_MIN_WIDTH;
  for (const g of clean) {
    natural = Math.max(natural, textWidth(g.title, LEGEND_TITLE_FONT, true));
    for (const it of g.items) natural = Math.max(natural, SWATCH_WIDTH + SWATCH_GAP + textWidth(it.label, LEGEND_FONT));
  }
  const width = Math.ceil(Math.min(LEGEND_MAX_WIDTH, natural));
  const itemTextWidth = width - SWATCH_WIDTH - SWATCH_GAP;

  const rows: Row[] = [];
  let y = 0;
  clean.forEach((g, gi) => {
    if (gi > 0) y += 18;
    if (g.title) {
      const b = block(g.title, width, LEGEND_TITLE_FONT, true);
      rows.push({ kind: 'title', b, top: y });
      y += b.height + 6;
    }
    for (const it of g.items) {
      const b = block(it.label || ' ', itemTextWidth, LEGEND_FONT);
      rows.push({ kind: 'item', b, top: y, color: it.color, shape: it.shape });
      y += Math.max(b.height, LEGEND_FONT * 1.3) + 5;
    }
  });

  const render = (x: number, top: number): string => {
    const parts: string[] = [];
    for (const row of rows) {
      const t = top + row.top;
      if (row.kind === 'title') {
        parts.push(renderBlock(row.b, x, t, `font-weight="700" fill="${TEXT_COLOR}"`));
        continue;
      }
      // swatch centred on the first line of the item text
      const cy = t + row.b.fontSize * 0.65;
      parts.push(
        row.shape === 'line'
          ? `<line x1="${fmt(x + 1)}" y1="${fmt(cy)}" x2="${fmt(x + SWATCH_WIDTH - 1)}" y2="${fmt(cy)}" stroke="${row.color}" stroke-width="3" stroke-linecap="round"/>`
          : `<circle cx="${fmt(x + SWATCH_WIDTH / 2)}" cy="${fmt(cy)}" r="6.5" fill="${row.color}" stroke="#ffffff" stroke-width="1"/>`
      );
      parts.push(renderBlock(row.b, x + SWATCH_WIDTH + SWATCH_GAP, t, `fill="${TEXT_COLOR}"`));
    }
    return `<g class="legend">${parts.join('')}</g>`;
  };
  return { width, height: y, render };
}
