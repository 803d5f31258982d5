/**
 * Labels of the graph views: the text of a concept's label in the chosen language (bidi balanced, cut to
 * MAX_LABEL_EM when drawn; the accessible name keeps the whole text) and the SVG view's placement, which is the
 * shared placer of $lib/core/text (8 positions, node circles as obstacles): forced labels (selected, hovered,
 * focused and their neighbours) first, then by importance; with `viewLabelPolicy` (the first 20% may cover node
 * rims, the first five always show) it places them as the image export does. Must not read or write the model.
 */
import type { LocalizedText } from '$lib/core/contract/types';
import { closeBidi, drawnLabel } from '$lib/core/text/label-text';
import { blockSize, lineBaselines, type LabelLine } from '$lib/core/text/block';
import { labelAt, placeLabels as placeCore, type LabelRequest as CoreRequest, type TextAnchor } from '$lib/core/text/place';
import type { Box } from '$lib/core/text/box-grid';
import type { LabelLanguage } from './measures';

export { textWidth } from '$lib/core/text/measure';
export { viewLabelPolicy } from '$lib/core/text/place';
export { blockSize, LINE_HEIGHT, type LabelLine } from '$lib/core/text/block';
export type { Box } from '$lib/core/text/box-grid';
export type Anchor = TextAnchor;

/** The short one-language name of a concept (falls back to the other language), bidi balanced. */
export function labelText(label: LocalizedText, lang: 'zh' | 'en'): string {
  return closeBidi((lang === 'zh' ? (label.zh ?? label.en) : (label.en ?? label.zh)) ?? '');
}

/** Accessible name of a concept in the chosen language setting (the whole text, each name bidi balanced). */
export function accessibleLabel(label: LocalizedText, lang: LabelLanguage): string {
  if (lang === 'both' && label.zh && label.en && label.zh !== label.en) return `${closeBidi(label.zh)} / ${closeBidi(label.en)}`;
  return labelText(label, lang === 'en' ? 'en' : 'zh');
}

/**
 * The lines drawn for a label, each cut to MAX_LABEL_EM with an ellipsis. `both` draws Chinese with the English
 * name underneath, when they differ.
 */
export function labelLines(label: LocalizedText, lang: LabelLanguage, size = 12): LabelLine[] {
  if (lang === 'both') {
    const zh = label.zh;
    const en = label.en;
    if (zh && en && zh !== en) return [{ text: drawnLabel(zh), size }, { text: drawnLabel(en), size: Math.round(size * 0.85), secondary: true }];
    return [{ text: drawnLabel(zh ?? en ?? ''), size }];
  }
  return [{ text: drawnLabel(labelText(label, lang)), size }];
}

export interface LabelRequest {
  id: string;
  /** Node centre in screen px. */
  x: number;
  y: number;
  r: number;
  lines: LabelLine[];
  /** Higher first. */
  priority: number;
  /** Always shown (selected, hovered, focused); still placed to avoid others where possible. */
  force?: boolean;
  /** Whether other labels must keep off this node's circle (default true; false for dimmed nodes). */
  obstacle?: boolean;
}

export interface PlacedLabel {
  id: string;
  visible: boolean;
  anchor: Anchor;
  /** x of the text anchor. */
  x: number;
  /** Baselines of the lines, top to bottom. */
  baselines: number[];
  box: Box;
  lines: LabelLine[];
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Gap between node and label. */
  gap?: number;
  /** Margin kept free inside the viewport border. */
  margin?: number;
  /** Extra padding around label boxes when testing collisions. */
  pad?: number;
  /** 4 or 8 candidate positions per label. Default 8. */
  positions?: 4 | 8;
  /** The first N labels by priority may cover the rim of other nodes when nothing else is free. Default 0. */
  importantCount?: number;
  /** The first N labels by priority are always shown (at the least crowded free spot). Default 0. */
  alwaysCount?: number;
}

/**
 * Places labels without overlaps. Returns one entry per request (hidden ones with `visible: false` at their
 * preferred position, right of the node).
 */
export function placeLabels(requests: readonly LabelRequest[], opts: PlacementOptions): Map<string, PlacedLabel> {
  const gap = opts.gap ?? 3;
  const items: CoreRequest[] = requests.map((q) => ({ key: q.id, x: q.x, y: q.y, r: q.r, ...blockSize(q.lines), priority: q.priority, force: q.force }));
  const placed = placeCore(items, {
    bounds: { x0: 0, y0: 0, x1: opts.width, y1: opts.height },
    gap,
    margin: opts.margin ?? 2,
    pad: opts.pad ?? 1.5,
    positions: opts.positions ?? 8,
    importantCount: opts.importantCount,
    alwaysCount: opts.alwaysCount,
    obstacles: requests.filter((q) => q.obstacle !== false).map((q) => ({ key: q.id, x: q.x, y: q.y, r: q.r }))
  });
  const byId = new Map(requests.map((q) => [q.id, q]));
  const out = new Map<string, PlacedLabel>();
  for (const p of placed) {
    const lines = byId.get(p.key)!.lines;
    out.set(p.key, { id: p.key, visible: true, anchor: p.anchor, x: p.x, baselines: lineBaselines(lines, p.top), box: p.box, lines });
  }
  items.forEach((item, i) => {
    if (out.has(item.key)) return;
    const p = labelAt(item, 'right', gap);
    const lines = requests[i].lines;
    out.set(item.key, { id: item.key, visible: false, anchor: p.anchor, x: p.x, baselines: lineBaselines(lines, p.top), box: p.box, lines });
  });
  return out;
}
