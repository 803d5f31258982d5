/**
 * Label text and collision-free label placement for the graph view.
 *
 * Widths are estimated without the DOM (CJK ≈ 1em per character, Latin ≈ 0.55em), so placement is deterministic
 * and runs in tests, during prerender and in the exporter. Labels are placed greedily by priority (forced ones
 * first: the selected / hovered concept and its neighbours); each tries four positions around its node and is
 * hidden if every position collides with an already placed label, another node, or the viewport border.
 * Must not read or write the graph model.
 */
import type { LocalizedText } from '$lib/core/contract/types';
import type { LabelLanguage } from './measures';

export interface LabelLine {
  text: string;
  size: number;
  /** Secondary lines (the English line under Chinese) are drawn lighter. */
  secondary?: boolean;
}

/** Advance widths (em) of the code points below U+0250 (Latin, Latin-1, Latin Extended). */
const NARROW = (() => {
  const t = new Float32Array(0x250).fill(0.55);
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 0.65; // A-Z (M and W included)
  t[0x6d] = t[0x77] = 0.8; // m w
  for (const ch of "il.,:;'|!()[]") t[ch.charCodeAt(0)] = 0.3;
  t[0x20] = 0.3;
  return t;
})();

/**
 * Estimated advance width of a string at a font size, in px: CJK and full-width 1 em, space 0.3, capitals 0.65,
 * m / w 0.8, narrow punctuation and i / l 0.3, other Latin 0.55, anything else 1 em. A table lookup per code
 * point (it runs for every label of thousands of nodes).
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x250) em += NARROW[c];
    else {
      // CJK, kana, hangul, full-width forms and every other script: 1 em; a surrogate pair is one code point
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      em += 1;
    }
  }
  return em * size;
}

/** The short one-language name of a concept (falls back to the other language). */
export function labelText(label: LocalizedText, lang: 'zh' | 'en'): string {
  return (lang === 'zh' ? (label.zh ?? label.en) : (label.en ?? label.zh)) ?? '';
}

/** Accessible name of a concept in the chosen language setting. */
export function accessibleLabel(label: LocalizedText, lang: LabelLanguage): string {
  if (lang === 'both' && label.zh && label.en && label.zh !== label.en) return `${label.zh} / ${label.en}`;
  return labelText(label, lang === 'en' ? 'en' : 'zh');
}

/** The lines drawn for a label. `both` draws Chinese with the English name underneath, when they differ. */
export function labelLines(label: LocalizedText, lang: LabelLanguage, size = 12): LabelLine[] {
  if (lang === 'both') {
    const zh = label.zh;
    const en = label.en;
    if (zh && en && zh !== en) return [{ text: zh, size }, { text: en, size: Math.round(size * 0.85), secondary: true }];
    return [{ text: zh ?? en ?? '', size }];
  }
  return [{ text: labelText(label, lang), size }];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
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

export type Anchor = 'start' | 'middle' | 'end';

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
  /** The first N labels by priority may cover the rim of other nodes when nothing else is free. Default 0. */
  importantCount?: number;
  /** The first N labels by priority are always shown (at the least crowded free spot). Default 0. */
  alwaysCount?: number;
}

export const LINE_HEIGHT = 1.2;

export function blockSize(lines: readonly LabelLine[]): { w: number; h: number } {
  let w = 0;
  let h = 0;
  for (const l of lines) {
    w = Math.max(w, textWidth(l.text, l.size));
    h += l.size * LINE_HEIGHT;
  }
  return { w, h };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const dx = cx - Math.max(b.x0, Math.min(cx, b.x1));
  const dy = cy - Math.max(b.y0, Math.min(cy, b.y1));
  return dx * dx + dy * dy < r * r;
}

interface Candidate {
  anchor: Anchor;
  x: number;
  box: Box;
}

function candidates(req: LabelRequest, w: number, h: number, gap: number): Candidate[] {
  const { x, y, r } = req;
  const right = x + r + gap;
  const left = x - r - gap;
  return [
    { anchor: 'start', x: right, box: { x0: right, y0: y - h / 2, x1: right + w, y1: y + h / 2 } },
    { anchor: 'end', x: left, box: { x0: left - w, y0: y - h / 2, x1: left, y1: y + h / 2 } },
    { anchor: 'middle', x, box: { x0: x - w / 2, y0: y + r + gap, x1: x + w / 2, y1: y + r + gap + h } },
    { anchor: 'middle', x, box: { x0: x - w / 2, y0: y - r - gap - h, x1: x + w / 2, y1: y - r - gap } }
  ];
}

function baselines(lines: readonly LabelLine[], top: number): number[] {
  const out: number[] = [];
  let t = top;
  for (const l of lines) {
    const lh = l.size * LINE_HEIGHT;
    out.push(t + (lh - l.size) / 2 + l.size * 0.86);
    t += lh;
  }
  return out;
}

/**
 * Places labels without overlaps. Returns one entry per request (hidden ones with `visible: false` and their
 * preferred position, so a hover can still show them).
 */
export function placeLabels(requests: readonly LabelRequest[], opts: PlacementOptions): Map<string, PlacedLabel> {
  const gap = opts.gap ?? 3;
  const margin = opts.margin ?? 2;
  const pad = opts.pad ?? 1.5;
  const order = [...requests].sort((a, b) => Number(!!b.force) - Number(!!a.force) || b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const placed: Box[] = [];
  const out = new Map<string, PlacedLabel>();
  const obstacles = requests.filter((r) => r.obstacle !== false);
  const inside = (b: Box) => b.x0 >= margin && b.y0 >= margin && b.x1 <= opts.width - margin && b.y1 <= opts.height - margin;
  for (const [rank, req] of order.entries()) {
    const { w, h } = blockSize(req.lines);
    const cands = candidates(req, w, h, gap);
    let chosen: Candidate | null = null;
    const onScreen = req.x >= 0 && req.y >= 0 && req.x <= opts.width && req.y <= opts.height;
    if (onScreen && w > 0) {
      // First choice: a position that touches no other label and no other node. Second choice (for the most
      // important labels): no other label, and the fewest node rims under it (the halo keeps the text readable).
      let fallback: Candidate | null = null;
      let fallbackCost = Infinity;
      for (const c of cands) {
        if (!inside(c.box)) continue;
        const padded = { x0: c.box.x0 - pad, y0: c.box.y0 - pad, x1: c.box.x1 + pad, y1: c.box.y1 + pad };
        if (placed.some((p) => overlaps(p, padded))) continue;
        let cost = 0;
        for (const o of obstacles) if (o.id !== req.id && circleHitsBox(o.x, o.y, o.r, c.box)) cost += circleHitsBox(o.x, o.y, o.r * 0.45, c.box) ? 10 : 1;
        if (cost === 0) {
          chosen = c;
          break;
        }
        if (cost < fallbackCost) {
          fallback = c;
          fallbackCost = cost;
        }
      }
      const important = req.force || rank < (opts.importantCount ?? 0);
      if (!chosen && fallback && important && fallbackCost < 10) chosen = fallback;
      // The few most important concepts always keep a label (over node rims if need be): a map without its
      // biggest hub's name is worse than a label over a circle.
      if (!chosen && fallback && rank < (opts.alwaysCount ?? 0)) chosen = fallback;
      if (!chosen && req.force) chosen = fallback ?? cands.find((c) => inside(c.box)) ?? cands[0];
    }
    const c = chosen ?? cands[0];
    if (chosen) placed.push(c.box);
    out.set(req.id, { id: req.id, visible: !!chosen, anchor: c.anchor, x: c.x, baselines: baselines(req.lines, c.box.y0), box: c.box, lines: req.lines });
  }
  return out;
}
