/**
 * Tests of sceneToSvg: well-formed standalone SVG, inert output for hostile input, every visible label present,
 * nothing outside the viewBox (estimated text extents), legend, caption wrapping, background, empty scene,
 * determinism. Parses the output with the tests' strict XML reader (tests/support/xml.ts, @xmldom/xmldom).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sceneToSvg, DEFAULT_FONT_FAMILY, DEFAULT_PADDING, GRAPH_WIDTH, MAX_LABEL_CHARS, EMPTY_NOTE } from './svg';
import { cleanInline, textWidth, truncate } from './text';
import type { ExportScene } from './types';
import { allElements, inherited, parseXml, textContent, type XmlElement } from '../../../../tests/support/xml';

const FIXTURES = new URL('../../../../tests/fixtures/export-image/', import.meta.url);
const loadScene = (name: string): ExportScene => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as ExportScene;

const ALLOWED = new Set(['svg', 'g', 'title', 'desc', 'rect', 'line', 'circle', 'text', 'tspan', 'style']);

function smallScene(over: Partial<ExportScene> = {}): ExportScene {
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

interface Parsed {
  root: XmlElement;
  els: XmlElement[];
  width: number;
  height: number;
}

function parse(svg: string): Parsed {
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  const width = Number(root.attrs.width);
  const height = Number(root.attrs.height);
  return { root, els: allElements(root), width, height };
}

const byClass = (p: Parsed, cls: string): XmlElement => {
  const g = p.els.find((e) => e.name === 'g' && e.attrs.class === cls);
  if (!g) throw new Error(`no <g class="${cls}">`);
  return g;
};

/** Checks the structural safety rules; returns the list of problems (empty = fine). */
function safetyProblems(p: Parsed): string[] {
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

interface Extent {
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
function extents(p: Parsed): Extent[] {
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

function outside(p: Parsed): string[] {
  return extents(p)
    .filter((e) => e.minX < -0.01 || e.minY < -0.01 || e.maxX > p.width + 0.01 || e.maxY > p.height + 0.01)
    .map((e) => `${e.what} [${e.minX.toFixed(1)}, ${e.minY.toFixed(1)}, ${e.maxX.toFixed(1)}, ${e.maxY.toFixed(1)}] outside ${p.width} x ${p.height}`);
}

const labelTexts = (p: Parsed): string[] =>
  byClass(p, 'labels').children.filter((c): c is XmlElement => typeof c !== 'string').map((t) => textContent(t));

const captionLines = (p: Parsed): string[] =>
  p.els.filter((e) => e.name === 'tspan' && p.els.some((g) => g.attrs.class === 'caption' && allElements(g).includes(e))).map(textContent);

// ---------------------------------------------------------------------------------------------------------------

describe('sceneToSvg: document shape', () => {
  const svg = sceneToSvg(smallScene());
  const p = parse(svg);

  it('is a standalone SVG 1.1 document with px size and matching viewBox', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(p.root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(p.root.attrs.version).toBe('1.1');
    expect(p.width).toBeGreaterThan(GRAPH_WIDTH);
    expect(Number.isInteger(p.width) && Number.isInteger(p.height)).toBe(true);
    expect(p.root.attrs.viewBox).toBe(`0 0 ${p.width} ${p.height}`);
  });

  it('has <title> and <desc> first, referenced by aria-labelledby', () => {
    const [first, second] = p.root.children.filter((c): c is XmlElement => typeof c !== 'string');
    expect(first.name).toBe('title');
    expect(textContent(first)).toBe('规模化时代 / The Scaling Era');
    expect(second.name).toBe('desc');
    expect(textContent(second)).toContain('5 concepts (4 labelled), 2 links');
    expect(p.root.attrs['aria-labelledby']).toBe(`${first.attrs.id} ${second.attrs.id}`);
  });

  it('uses the CJK system font stack and no external font or resource references', () => {
    expect(p.root.attrs['font-family']).toBe(DEFAULT_FONT_FAMILY.replace(/"/g, "'"));
    expect(svg).not.toMatch(/@font-face|@import|url\(|href=/i);
    expect(safetyProblems(p)).toEqual([]);
  });

  it('labels have a white paint-order halo', () => {
    const g = byClass(p, 'labels');
    expect(g.attrs['paint-order']).toBe('stroke');
    expect(g.attrs.stroke).toBe('#ffffff');
    expect(Number(g.attrs['stroke-width'])).toBeGreaterThan(0);
  });

  it('marks the selected node with a dark ring and a bold label', () => {
    const circles = allElements(byClass(p, 'nodes'));
    expect(circles.filter((c) => c.attrs.stroke === '#1a1a1a')).toHaveLength(1);
    const bold = allElements(byClass(p, 'labels')).filter((t) => t.attrs['font-weight'] === '700');
    expect(bold.map(textContent)).toEqual(['规模化 / Scaling']);
  });

  it('rounds every number to at most 2 decimals', () => {
    for (const el of p.els) for (const v of Object.values(el.attrs)) expect(v).not.toMatch(/\d\.\d{3,}/);
  });
});

describe('sceneToSvg: hostile input comes out as inert text', () => {
  const hostile = loadScene('hostile.scene.json');
  const svg = sceneToSvg(hostile, { fontFamily: 'x"/><script>alert(1)</script><g "' });
  const p = parse(svg);
  const allText = p.els.filter((e) => e.name === 'text' || e.name === 'title' || e.name === 'desc').map(textContent).join('\n');

  it('parses as well-formed XML with only allowed elements, no on*/href attributes, no url()', () => {
    expect(safetyProblems(p)).toEqual([]);
    expect(svg).not.toMatch(/<script|<image|<foreignObject|<use|<a[\s>]|<!\[CDATA|<!--|<\?xml-stylesheet/i);
  });

  it.each([
    ['label: script tag', '<script>alert(1)</script>'],
    ['label: attribute breakout "', '" onload="alert(1)'],
    ["label: attribute breakout '", "' onmouseover='alert(1)"],
    ['label: CDATA end + svg', ']]><svg onload=alert(1)>'],
    ['label: entities stay literal', '&amp; &lt; &#x3C; &#0;'],
    ['label: controls removed', 'abcdefg'],
    ['label: comment + PI', '<!-- c --><?xml-stylesheet href="x.css"?>'],
    ['label: link (selected)', '<a href="javascript:alert(1)">点我</a>']
  ])('%s', (_name, expected) => {
    expect(labelTexts(p)).toContain(expected);
  });

  it.each([
    ['title', "</title><script>alert('t')</script>"],
    ['subtitle', '<style>*{background:url(http://evil.example/x)}</style>'],
    ['caption', '<image href="http://evil.example/x.png"/> & <![CDATA[ x ]]> bell'],
    ['legend title', '<foreignObject><body onload="alert(3)"/></foreignObject>'],
    ['legend item', '<use href="#x"/>'],
    ['legend item with quote', "' onfocus='alert(5)"]
  ])('%s is present as text', (_name, expected) => {
    // text may be wrapped over several tspans: compare with whitespace removed
    expect(allText.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
  });

  it('the title element carries the hostile title as text', () => {
    expect(textContent(p.els.find((e) => e.name === 'title') as XmlElement)).toBe("</title><script>alert('t')</script>");
  });

  it.each([
    ['attribute breakout', 'red" onload="alert(1)', '#999999'],
    ['url() paint', 'url(http://evil.example/p)', '#999999'],
    ['expression()', 'expression(alert(1))', '#999999'],
    ['bad hex', '#12345g', '#999999'],
    ['valid hex upper case', '#0072B2', '#0072b2'],
    ['valid rgb()', 'rgb(1,2,3)', 'rgb(1,2,3)']
  ])('node colour %s -> %s', (_name, input, expected) => {
    const one = sceneToSvg({ ...smallScene(), nodes: [{ id: 'a', x: 0, y: 0, r: 5, fill: input, label: 'a', labelVisible: true }] });
    const circle = allElements(byClass(parse(one), 'nodes'))[1];
    expect(circle.attrs.fill).toBe(expected);
  });

  it('edge opacity is clamped to [0, 1] and hostile edge colours fall back', () => {
    const lines = allElements(byClass(p, 'edges')).filter((e) => e.name === 'line');
    expect(lines.map((l) => l.attrs.stroke)).toEqual(['#999999', '#999999']);
    expect(lines.map((l) => l.attrs['stroke-opacity'])).toEqual(['0.5', '1']);
  });

  it('a hostile fontFamily option is reduced to plain family names', () => {
    expect(p.root.attrs['font-family']).not.toMatch(/[<>/]/);
  });
});

describe('sceneToSvg: labels and fitting', () => {
  const realistic = loadScene('scaling-era-60.scene.json');
  const far = (dx: number, dy: number): ExportScene['nodes'] =>
    Array.from({ length: 9 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 3) * dx,
      y: Math.floor(i / 3) * dy,
      r: 5 + i,
      fill: '#0072B2',
      label: i % 2 ? `第${i}个概念 / concept number ${i}` : `WWWWMMMM mmmm ${i}`,
      labelVisible: true
    }));
  const dense = (count: number): ExportScene['nodes'] =>
    Array.from({ length: count }, (_, i) => ({
      id: `d${i}`,
      x: ((i * 7919) % 1009) * 2,
      y: ((i * 104729) % 701) * 2,
      r: 3 + (i % 9),
      fill: '#009E73',
      label: `概念${i} / concept ${i}`,
      labelVisible: true
    }));
  const cases: Array<[string, ExportScene]> = [
    ['small bilingual scene', smallScene()],
    ['realistic 62 nodes / 150 edges', realistic],
    ['realistic, transparent', { ...realistic, background: 'transparent' }],
    ['single node', smallScene({ nodes: [smallScene().nodes[1]], edges: [] })],
    ['all nodes on one spot', smallScene({ nodes: smallScene().nodes.map((n) => ({ ...n, x: 5, y: 5 })), edges: [] })],
    ['huge coordinates', smallScene({ nodes: far(1e6, 7e5), edges: [] })],
    ['tiny coordinates', smallScene({ nodes: far(0.01, 0.02), edges: [] })],
    ['negative coordinates, tall thin', smallScene({ nodes: far(-3, -900), edges: [] })],
    ['wide thin viewport', smallScene({ nodes: far(900, 3), width: 3000, height: 100, edges: [] })],
    ['huge radii', smallScene({ nodes: smallScene().nodes.map((n) => ({ ...n, r: 300 })) })],
    ['long label at the right edge', smallScene({ nodes: [...smallScene().nodes, { id: 'long', x: 2000, y: 0, r: 3, fill: '#000000', label: '很长的标签'.repeat(20), labelVisible: true }] })],
    ['edge beyond the nodes', smallScene({ edges: [{ x1: -500, y1: -500, x2: 1500, y2: 900, width: 40, color: '#999999', opacity: 1 }] })],
    ['no legend', smallScene({ legend: [] })],
    ['dense: 400 labelled nodes', smallScene({ nodes: dense(400), edges: [] })],
    ['no title, no subtitle, no caption', smallScene({ title: '', subtitle: undefined, caption: '' })]
  ];

  it.each(cases)('%s: nothing is outside the viewBox', (_name, scene) => {
    const p = parse(sceneToSvg(scene));
    expect(outside(p)).toEqual([]);
  });

  it.each(cases)('%s: graph stays within GRAPH_WIDTH and left of the legend column', (_name, scene) => {
    const p = parse(sceneToSvg(scene));
    const gx = extents({ ...p, els: allElements(byClass(p, 'graph')) });
    const right = Math.max(...gx.map((e) => e.maxX));
    const contentWidth = right - Math.min(...gx.map((e) => e.minX));
    expect(right).toBeLessThanOrEqual(DEFAULT_PADDING + GRAPH_WIDTH + 0.01);
    const legend = p.els.find((e) => e.name === 'g' && e.attrs.class === 'legend');
    if (legend) {
      const legendLeft = Math.min(...extents({ ...p, els: allElements(legend) }).map((e) => e.minX));
      expect(legendLeft - right).toBeGreaterThanOrEqual(20);
      // no wide gap: the graph area shrinks to its content (down to 640 px, in which small content is centred)
      if (contentWidth > 640) expect(legendLeft - right).toBeLessThanOrEqual(60);
    }
  });

  it.each(cases)('%s: every visible label is present once, hidden labels are absent', (_name, scene) => {
    const p = parse(sceneToSvg(scene));
    const expected = scene.nodes.filter((n) => n.labelVisible).map((n) => truncate(cleanInline(n.label), MAX_LABEL_CHARS));
    expect([...labelTexts(p)].sort()).toEqual([...expected].sort());
    for (const n of scene.nodes.filter((m) => !m.labelVisible)) expect(labelTexts(p)).not.toContain(n.label);
  });

  it('keeps the aspect ratio of node positions (uniform scale)', () => {
    const scene = smallScene();
    const circles = allElements(byClass(parse(sceneToSvg(scene)), 'nodes')).filter((e) => e.name === 'circle');
    // circles are drawn unselected first, then selected: map back by position order
    const pos = new Map(circles.map((c) => [c.attrs.fill, [Number(c.attrs.cx), Number(c.attrs.cy)]]));
    const [ax, ay] = pos.get('#e69f00') as number[];
    const [bx, by] = pos.get('#0072b2') as number[];
    const [cx, cy] = pos.get('#009e73') as number[];
    const sx = (bx - ax) / (640 - 100);
    const sy = (by - ay) / (420 - 100);
    expect(sx).toBeGreaterThan(0);
    expect(Math.abs(sx - sy)).toBeLessThan(0.01);
    expect(Math.abs((cx - ax) / (260 - 100) - sx)).toBeLessThan(0.01);
    expect(Math.abs((cy - ay) / (380 - 100) - sx)).toBeLessThan(0.01);
  });

  it('uses the graph area: the realistic scene fills the width or the viewport-aspect height', () => {
    const p = parse(sceneToSvg(realistic));
    const ex = extents({ ...p, els: allElements(byClass(p, 'graph')) });
    const w = Math.max(...ex.map((e) => e.maxX)) - Math.min(...ex.map((e) => e.minX));
    const h = Math.max(...ex.map((e) => e.maxY)) - Math.min(...ex.map((e) => e.minY));
    const maxH = GRAPH_WIDTH * (realistic.height / realistic.width);
    expect(w > GRAPH_WIDTH * 0.95 || h > maxH * 0.95).toBe(true);
  });

  it('cuts over-long labels with an ellipsis', () => {
    const p = parse(sceneToSvg(smallScene({ nodes: [{ id: 'l', x: 0, y: 0, r: 4, fill: '#000', label: 'x'.repeat(200), labelVisible: true }] })));
    const [t] = labelTexts(p);
    expect(Array.from(t)).toHaveLength(MAX_LABEL_CHARS);
    expect(t.endsWith('…')).toBe(true);
  });

  it('places labels so that few of them overlap in the realistic scene', () => {
    const p = parse(sceneToSvg(realistic));
    const boxes = extents({ ...p, els: allElements(byClass(p, 'labels')) });
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX) > 2 && Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY) > 2) overlaps++;
      }
    expect(boxes).toHaveLength(40);
    expect(overlaps).toBeLessThanOrEqual(3);
  });

  it('drops nodes and edges with non-finite coordinates', () => {
    const scene = smallScene({
      nodes: [...smallScene().nodes, { id: 'nan', x: NaN, y: 1, r: 3, fill: '#000', label: 'NaN node', labelVisible: true }],
      edges: [...smallScene().edges, { x1: Infinity, y1: 0, x2: 1, y2: 1, width: 1, color: '#000', opacity: 1 }]
    });
    const p = parse(sceneToSvg(scene));
    expect(labelTexts(p)).not.toContain('NaN node');
    expect(allElements(byClass(p, 'edges')).filter((e) => e.name === 'line')).toHaveLength(2);
    expect(outside(p)).toEqual([]);
  });
});

describe('sceneToSvg: legend', () => {
  const p = parse(sceneToSvg(smallScene()));
  const legend = byClass(p, 'legend');
  const texts = allElements(legend).filter((e) => e.name === 'text').map(textContent);

  it.each(['社区 / Community', '规模化 / Scaling', '智能 / Intelligence', '边 / Edges', 'Jaccard'])('has entry "%s"', (entry) => {
    expect(texts).toContain(entry);
  });

  it('draws one swatch per item: circles for nodes, a line for shape "line"', () => {
    const els = allElements(legend);
    expect(els.filter((e) => e.name === 'circle').map((e) => e.attrs.fill)).toEqual(['#e69f00', '#56b4e9']);
    expect(els.filter((e) => e.name === 'line').map((e) => e.attrs.stroke)).toEqual(['#999999']);
  });

  it('sits right of the graph, top-aligned with it', () => {
    const lx = extents({ ...p, els: allElements(legend) });
    const gx = extents({ ...p, els: allElements(byClass(p, 'graph')) });
    expect(Math.min(...lx.map((e) => e.minX))).toBeGreaterThan(Math.max(...gx.map((e) => e.maxX)));
    expect(Math.abs(Math.min(...lx.map((e) => e.minY)) - Math.min(...gx.map((e) => e.minY)))).toBeLessThan(30);
  });

  it('wraps long legend labels inside the column and the figure', () => {
    const q = parse(sceneToSvg(smallScene({ legend: [{ title: 'T', items: [{ color: '#000', label: '非常长的图例标签'.repeat(10) }] }] })));
    const spans = allElements(byClass(q, 'legend')).filter((e) => e.name === 'tspan');
    expect(spans.length).toBeGreaterThan(2);
    expect(outside(q)).toEqual([]);
  });
});

describe('sceneToSvg: caption wrapping', () => {
  const latin =
    'Edges: co-mentions within one paragraph, Jaccard coefficient at least 0.08, top 150 edges; node size: number of mentions; colour: Louvain community (resolution 1.0); filters: speaker Dwarkesh Patel, sections 2-5; source file data/transcripts/econtalk-dwarkesh-scaling-era.zh.md';
  const cjk =
    '边表示同一段落内的共同提及，Jaccard系数不小于零点零八，保留前一百五十条边；节点大小表示提及次数；颜色表示Louvain社区划分；筛选条件为说话人德瓦克什·帕特尔与第二至第五节；来源文件为规模化时代访谈的中文转写稿。'.repeat(2);

  const run = (caption: string): { lines: string[]; inner: number; p: Parsed } => {
    const p = parse(sceneToSvg(smallScene({ caption })));
    return { lines: captionLines(p), inner: p.width - 2 * DEFAULT_PADDING, p };
  };

  it('wraps Latin text at spaces, never inside a word, each line within the width', () => {
    const { lines, inner, p } = run(latin + ' ' + latin);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(inner);
    expect(lines.join(' ')).toBe(latin + ' ' + latin);
    expect(outside(p)).toEqual([]);
  });

  it('wraps CJK text per character, keeping all characters in order', () => {
    const { lines, inner } = run(cjk);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(inner);
    expect(lines.join('')).toBe(cjk);
  });

  it('does not start a line with closing CJK punctuation', () => {
    for (let pad = 0; pad < 40; pad++) {
      const { lines } = run('字'.repeat(pad) + cjk);
      for (const l of lines.slice(1)) expect('，。；：、）').not.toContain(l[0]);
    }
  });

  it('honours explicit line breaks and drops control characters', () => {
    const { lines } = run('过滤：说话人 A\n度量：Jaccard\u0007\n\n来源：x.md');
    expect(lines).toEqual(['过滤：说话人 A', '度量：Jaccard', '来源：x.md']);
  });

  it('a short caption stays one line', () => {
    expect(run('来源 / Source: scaling-era.zh.md').lines).toEqual(['来源 / Source: scaling-era.zh.md']);
  });
});

describe('sceneToSvg: background', () => {
  it.each([
    ['white', 1],
    ['transparent', 0]
  ] as const)('%s background -> %i full-size white rect(s)', (background, count) => {
    const p = parse(sceneToSvg(smallScene({ background })));
    const bg = p.els.filter(
      (e) => e.name === 'rect' && e.attrs.x === '0' && e.attrs.y === '0' && Number(e.attrs.width) === p.width && Number(e.attrs.height) === p.height
    );
    expect(bg).toHaveLength(count);
    if (count) expect(bg[0].attrs.fill).toBe('#ffffff');
  });
});

describe('sceneToSvg: empty scene', () => {
  it.each([
    ['no nodes', smallScene({ nodes: [], edges: [] })],
    ['no nodes, no legend, no text', smallScene({ nodes: [], edges: [], legend: [], title: '', subtitle: '', caption: '' })],
    ['only non-finite nodes', smallScene({ nodes: [{ id: 'x', x: NaN, y: NaN, r: 1, fill: '#000', label: 'x', labelVisible: true }], edges: [] })]
  ])('%s: valid SVG with a "no concepts in view" note', (_name, scene) => {
    const p = parse(sceneToSvg(scene));
    expect(safetyProblems(p)).toEqual([]);
    const texts = p.els.filter((e) => e.name === 'text').map(textContent);
    expect(texts.some((t) => /no concepts in view/i.test(t))).toBe(true);
    expect(texts).toContain(EMPTY_NOTE);
    expect(allElements(byClass(p, 'graph')).filter((e) => e.name === 'circle' || e.name === 'line')).toEqual([]);
    expect(outside(p)).toEqual([]);
    expect(p.root.attrs.viewBox).toBe(`0 0 ${p.width} ${p.height}`);
  });
});

describe('sceneToSvg: determinism and options', () => {
  it('same scene -> same string (also for a deep copy)', () => {
    const scene = loadScene('scaling-era-60.scene.json');
    const a = sceneToSvg(scene);
    expect(sceneToSvg(scene)).toBe(a);
    expect(sceneToSvg(structuredClone(scene))).toBe(a);
  });

  it('does not mutate the scene', () => {
    const scene = loadScene('scaling-era-60.scene.json');
    const before = JSON.stringify(scene);
    sceneToSvg(scene);
    expect(JSON.stringify(scene)).toBe(before);
  });

  it.each([0, 10, 64])('padding %i moves the content and keeps everything inside', (padding) => {
    const p = parse(sceneToSvg(smallScene(), { padding }));
    const p0 = parse(sceneToSvg(smallScene(), { padding: 0 }));
    expect(p.width - p0.width).toBe(2 * padding);
    const ex = extents(p).filter((e) => e.what !== 'rect');
    expect(Math.min(...ex.map((e) => e.minX))).toBeGreaterThanOrEqual(padding - 2);
    expect(outside(p)).toEqual([]);
  });

  it('custom fontFamily is used as given', () => {
    const p = parse(sceneToSvg(smallScene(), { fontFamily: '"Noto Sans CJK SC", sans-serif' }));
    expect(p.root.attrs['font-family']).toBe("'Noto Sans CJK SC', sans-serif");
  });
});
