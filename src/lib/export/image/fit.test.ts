/**
 * Tests of the export's fitting and labels: nothing outside the viewBox, the graph within its area, labels placed
 * by importance (every label the screen shows is drawn; others where they fit), every node titled, long labels cut.
 */
import { describe, expect, it } from 'vitest';
import { cleanInline, drawnLabel } from '$lib/core/text/label-text';
import { sceneToSvg, DEFAULT_PADDING, GRAPH_WIDTH } from './svg';
import type { ExportScene } from './types';
import { textWidth } from '$lib/core/text/measure';
import { MAX_LABEL_EM } from '$lib/core/text/label-text';
import { allElements, textContent } from '../../../../tests/support/xml';
import { byClass, extents, labelTexts, loadScene, outside, parse, smallScene } from './test-svg';

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

  it.each(cases)('%s: every label the screen shows is drawn once; no label is drawn twice', (_name, scene) => {
    const drawn = labelTexts(parse(sceneToSvg(scene)));
    const all = scene.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y)).map((n) => drawnLabel(cleanInline(n.label)));
    const shown = scene.nodes.filter((n) => n.labelVisible).map((n) => drawnLabel(cleanInline(n.label)));
    for (const t of shown) expect(drawn).toContain(t);
    for (const t of drawn) expect(all).toContain(t);
    expect(drawn.length).toBeLessThanOrEqual(all.length);
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

  it('cuts over-long labels with an ellipsis: a 10,000-character label gives a normal-sized figure, whole in <title>', () => {
    const long = 'x'.repeat(10_000);
    const p = parse(sceneToSvg(smallScene({ nodes: [{ id: 'l', x: 0, y: 0, r: 4, fill: '#000', label: long, labelVisible: true }] })));
    const [t] = labelTexts(p);
    expect(textWidth(t, 1)).toBeLessThanOrEqual(MAX_LABEL_EM);
    expect(t.endsWith('…')).toBe(true);
    expect(p.width).toBeLessThan(2000);
    expect(allElements(byClass(p, 'nodes')).filter((e) => e.name === 'title').map(textContent)).toEqual([long]);
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
    expect(boxes.length).toBeGreaterThanOrEqual(40);
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

