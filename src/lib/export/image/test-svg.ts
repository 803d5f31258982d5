/**
 * TEST HELPER ONLY (imported by the *.test.ts of this folder, never by app code): the scenes the SVG export tests
 * draw, and readers of the output: parse (well-formedness checked by tests/support/xml.ts), the structural safety rules,
 * the estimated extent of everything drawn (with the export's own width estimate), label and caption texts.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { textWidth } from '$lib/core/text/measure';
import type { ExportScene } from './types';
import { allElements, inherited, parseXml, textContent, type XmlElement } from '../../../../tests/support/xml';

export const FIXTURES = new URL('../../../../tests/fixtures/export-image/', import.meta.url);
export const loadScene = (name: string): ExportScene => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as ExportScene;

export const ALLOWED = new Set(['svg', 'g', 'title', 'desc', 'rect', 'line', 'circle', 'text', 'tspan', 'style']);

export function smallScene(over: Partial<ExportScene> = {}): ExportScene {
  return {
    title: '规模化时代 / The Scaling Era',
    subtitle: 'EconTalk',
    caption: 'Measure: Jaccard ≥ 0.1 · Source: scaling-era.zh.md',
    width: 800,
    height: 600,
    nodes: [
      { id: 'scaling', x: 100, y: 100, r: 12, fill: '#E69F00', label: '规模化 / Scaling', labelVisible: true, selected: true },
      { id: 'moravec', x: 420, y: 160, r: 8, fill: '#56B4E9', label: "莫拉维克悖论 / Moravec's paradox", labelVisible: true },
      { id: 'hive', x: 260, y: 380, r: 6, fill: '#009E73', label: '蜂巢思维 / Hive mind', labelVisible: true },
      { id: 'agi', x: 640, y: 420, r: 10, fill: '#0072B2', label: '通用人工智能 / AGI', labelVisible: true },
      { id: 'hidden', x: 500, y: 300, r: 4, fill: '#D55E00', label: '隐藏 / Hidden', labelVisible: false }
    ],
    edges: [
      { x1: 100, y1: 100, x2: 420, y2: 160, width: 2, color: '#999999', opacity: 0.6 },
      { x1: 260, y1: 380, x2: 640, y2: 420, width: 1, color: '#999999', opacity: 0.4 }
    ],
    legend: [
      {
        title: '社区 / Community',
        items: [
          { color: '#E69F00', label: '规模化 / Scaling' },
          { color: '#56B4E9', label: '智能 / Intelligence', shape: 'circle' }
        ]
      },
      { title: '边 / Edges', items: [{ color: '#999999', label: 'Jaccard', shape: 'line' }] }
    ],
    background: 'white',
    ...over
  };
}

export interface Parsed {
  root: XmlElement;
  els: XmlElement[];
  width: number;
  height: number;
}

export function parse(svg: string): Parsed {
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  const width = Number(root.attrs.width);
  const height = Number(root.attrs.height);
  return { root, els: allElements(root), width, height };
}

export const byClass = (p: Parsed, cls: string): XmlElement => {
  const g = p.els.find((e) => e.name === 'g' && e.attrs.class === cls);
  if (!g) throw new Error(`no <g class="${cls}">`);
  return g;
};

/** Checks the structural safety rules; returns the list of problems (empty = fine). */
export function safetyProblems(p: Parsed): string[] {
  const problems: string[] = [];
  for (const el of p.els) {
    if (!ALLOWED.has(el.name)) problems.push(`element <${el.name}>`);
    for (const [k, v] of Object.entries(el.attrs)) {
      if (/^on/i.test(k)) problems.push(`event attribute ${k} on <${el.name}>`);
      if (/href$/i.test(k)) problems.push(`href attribute ${k} on <${el.name}>`);
      if (/url\(|javascript:|expression\(/i.test(v)) problems.push(`active value ${k}="${v}" on <${el.name}>`);
    }
  }
  return problems;
}

export interface Extent {
  what: string;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * Estimated extent of every drawn thing: circles with stroke, lines with width, rects, and every text line
 * (text element or tspan) using the module's width estimate, its anchor, font size, weight and halo.
 */
export function extents(p: Parsed): Extent[] {
  const out: Extent[] = [];
  const num = (el: XmlElement, k: string): number => Number(el.attrs[k]);
  for (const el of p.els) {
    const sw = Number(inherited(p.root, el, 'stroke-width') ?? 0) || 0;
    if (el.name === 'circle') {
      const r = num(el, 'r') + sw / 2;
      out.push({ what: 'circle', minX: num(el, 'cx') - r, maxX: num(el, 'cx') + r, minY: num(el, 'cy') - r, maxY: num(el, 'cy') + r });
    } else if (el.name === 'line') {
      const h = sw / 2;
      out.push({
        what: 'line',
        minX: Math.min(num(el, 'x1'), num(el, 'x2')) - h,
        maxX: Math.max(num(el, 'x1'), num(el, 'x2')) + h,
        minY: Math.min(num(el, 'y1'), num(el, 'y2')) - h,
        maxY: Math.max(num(el, 'y1'), num(el, 'y2')) + h
      });
    } else if (el.name === 'rect') {
      out.push({ what: 'rect', minX: num(el, 'x'), maxX: num(el, 'x') + num(el, 'width'), minY: num(el, 'y'), maxY: num(el, 'y') + num(el, 'height') });
    } else if (el.name === 'text') {
      const fs = Number(inherited(p.root, el, 'font-size'));
      const bold = inherited(p.root, el, 'font-weight') === '700';
      const anchor = inherited(p.root, el, 'text-anchor') ?? 'start';
      const halo = Number(inherited(p.root, el, 'stroke') === '#ffffff' ? sw : 0) / 2;
      const spans = el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'tspan');
      const lines = spans.length ? spans.map((s) => ({ el: s, t: textContent(s) })) : [{ el, t: textContent(el) }];
      for (const { el: l, t } of lines) {
        const w = textWidth(t, fs, bold);
        const x = num(l, 'x');
        const y = num(l, 'y');
        const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
        out.push({ what: `text "${t}"`, minX: x0 - halo, maxX: x0 + w + halo, minY: y - 0.9 * fs - halo, maxY: y + 0.3 * fs + halo });
      }
    }
  }
  return out;
}

export function outside(p: Parsed): string[] {
  return extents(p)
    .filter((e) => e.minX < -0.01 || e.minY < -0.01 || e.maxX > p.width + 0.01 || e.maxY > p.height + 0.01)
    .map((e) => `${e.what} [${e.minX.toFixed(1)}, ${e.minY.toFixed(1)}, ${e.maxX.toFixed(1)}, ${e.maxY.toFixed(1)}] outside ${p.width} x ${p.height}`);
}

export const labelTexts = (p: Parsed): string[] =>
  byClass(p, 'labels').children.filter((c): c is XmlElement => typeof c !== 'string').map((t) => textContent(t));

export const captionLines = (p: Parsed): string[] =>
  p.els.filter((e) => e.name === 'tspan' && p.els.some((g) => g.attrs.class === 'caption' && allElements(g).includes(e))).map(textContent);

