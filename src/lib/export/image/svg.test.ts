/**
 * Tests of sceneToSvg: well-formed standalone SVG, inert output for hostile input, legend, caption wrapping,
 * background, empty scene, determinism, options. Labels and fitting: fit.test.ts. Parses the output with the strict
 * XML reader in tests/support/xml.ts (@xmldom/xmldom 0.9 plus the rules it does not check).
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/core/text/measure';
import { sceneToSvg, DEFAULT_FONT_FAMILY, DEFAULT_PADDING, GRAPH_WIDTH, EMPTY_NOTE } from './svg';
import { ExportImageError } from './errors';
import { validateSvgOptions } from './settings';
import type { SceneToSvgOptions } from './types';
import { allElements, textContent, type XmlElement } from '../../../../tests/support/xml';
import { byClass, captionLines, extents, labelTexts, loadScene, outside, parse, safetyProblems, smallScene, type Parsed } from './test-svg';

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
    expect(textContent(second)).toMatch(/5 concepts \([45] labelled\), 2 links/);
    expect(p.root.attrs['aria-labelledby']).toBe(`${first.attrs.id} ${second.attrs.id}`);
  });

  it('uses the system font stack, a Latin font before the CJK ones, and no external font or resource references', () => {
    expect(p.root.attrs['font-family']).toBe(DEFAULT_FONT_FAMILY.replace(/"/g, "'"));
    const families = p.root.attrs['font-family'].split(',').map((f) => f.trim().replace(/'/g, ''));
    expect(families.indexOf('Arial')).toBeLessThan(families.indexOf('WenQuanYi Micro Hei'));
    expect(families.indexOf('Liberation Sans')).toBeLessThan(families.indexOf('WenQuanYi Micro Hei'));
    expect(families.at(-1)).toBe('sans-serif');
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
  const svg = sceneToSvg(hostile);
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

  it('a hostile fontFamily option is refused with a message that names the option', () => {
    expect(() => sceneToSvg(hostile, { fontFamily: 'x"/><script>alert(1)</script><g "' })).toThrow(ExportImageError);
    expect(() => sceneToSvg(hostile, { fontFamily: 'x"/><script>' })).toThrow(/fontFamily must be a CSS list of family names/);
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

  it.each([
    [{ padding: -1 }, /padding must be a number of px in \[0, 400\]/],
    [{ padding: Number.NaN }, /padding/],
    [{ fontFamily: '' }, /fontFamily/],
    [{ fontFamily: 'url(x)' }, /fontFamily/],
    [{ colour: 'red' } as unknown as SceneToSvgOptions, /unknown option "colour"/]
  ])('refuses bad options %o', (options, message) => {
    expect(validateSvgOptions(options)).toMatch(message);
    expect(() => sceneToSvg(smallScene(), options)).toThrow(message);
  });

  it('custom fontFamily is used as given', () => {
    const p = parse(sceneToSvg(smallScene(), { fontFamily: '"Noto Sans CJK SC", sans-serif' }));
    expect(p.root.attrs['font-family']).toBe("'Noto Sans CJK SC', sans-serif");
  });
});
