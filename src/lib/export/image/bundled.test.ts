/**
 * The bundled transcript exported as the page does it (issue 15): the picture must show at least the labels the
 * screen shows at the default view, the most important concepts first (人工智能, 64 passages, was left out), and
 * every concept has a <title>. The screen is emulated as the explorer draws it: build-time positions fitted to a
 * 960 x 640 stage, radii by passages, 13 px Chinese labels placed with the page's policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '$lib/core/contract/types';
import { buildConceptGraph } from '$lib/core/build';
import { normaliseSource } from '$lib/core/source/decode';
import { labelLines, placeLabels, viewLabelPolicy } from '$lib/viz/labels';
import { boundsOf, fitTransform, radiusScale } from '$lib/viz/scales';
import { buildExportScene } from '$lib/viz/scene';
import { sceneToSvg } from './svg';
import { allElements, textContent } from '../../../../tests/support/xml';
import { byClass, labelTexts, parse } from './test-svg';

const ROOT = new URL('../../../../', import.meta.url);
const text = normaliseSource(readFileSync(new URL('data/transcripts/econtalk-dwarkesh-scaling-era.zh.md', ROOT), 'utf8'));
const catalog = JSON.parse(readFileSync(new URL('data/concepts/econtalk-dwarkesh-scaling-era.concepts.json', ROOT), 'utf8')) as Catalog;
const source = { file: 'econtalk-dwarkesh-scaling-era.zh.md', sha256: '0'.repeat(64), catalog: 'c.json', catalogSha256: '1'.repeat(64) };

describe('export of the bundled graph', () => {
  const graph = buildConceptGraph({ text, catalog, source, parameters: {} }).graph;
  const W = 960;
  const H = 640;
  const radius = radiusScale(graph.nodes.map((n) => n.attributes.passageCount), 5, 20);
  const zh = (n: (typeof graph.nodes)[number]) => n.attributes.label.zh ?? n.attributes.label.en ?? n.key;
  const t = fitTransform(boundsOf(graph.nodes.map((n) => n.attributes)), W, H, { x: 24 + 20 + 45, y: 24 + 20 });
  const screen = placeLabels(
    graph.nodes.map((n) => ({
      id: n.key,
      x: n.attributes.x * t.k + t.x,
      y: n.attributes.y * t.k + t.y,
      r: radius(n.attributes.passageCount),
      lines: labelLines(n.attributes.label, 'zh', 13),
      priority: n.attributes.passageCount
    })),
    { width: W, height: H, ...viewLabelPolicy(graph.nodes.length) }
  );
  const shownOnScreen = graph.nodes.filter((n) => screen.get(n.key)!.visible).map(zh);
  const exported = (withScreen: boolean) =>
    parse(
      sceneToSvg(
        buildExportScene({
          title: graph.attributes.title,
          caption: 'caption',
          width: W,
          height: H,
          nodes: graph.nodes.map((n) => ({
            id: n.key,
            x: n.attributes.x,
            y: n.attributes.y,
            r: radius(n.attributes.passageCount),
            fill: '#0072b2',
            label: zh(n),
            priority: n.attributes.passageCount,
            ...(withScreen ? { shown: screen.get(n.key)!.visible } : {})
          })),
          edges: graph.edges.map((e) => ({ source: e.source, target: e.target, width: 1, opacity: 0.3, color: '#5b6472' })),
          legend: [],
          background: 'white'
        })
      )
    );
  const p = exported(true);
  const top = [...graph.nodes].sort((a, b) => b.attributes.passageCount - a.attributes.passageCount).slice(0, 10).map(zh);

  it('draws every label the screen shows', () => {
    const drawn = new Set(labelTexts(p));
    expect(shownOnScreen.length).toBeGreaterThan(graph.nodes.length / 2);
    expect(shownOnScreen.filter((l) => !drawn.has(l))).toEqual([]);
  });
  it.each([
    ['told what the screen shows', true],
    ['placing the labels itself', false]
  ])('draws the most important concepts first (%s)', (_n, withScreen) => {
    const drawn = new Set(labelTexts(exported(withScreen)));
    expect(top.filter((l) => !drawn.has(l))).toEqual([]);
    expect(drawn.has('人工智能')).toBe(true);
    expect(drawn.has('蜂巢思维')).toBe(true);
  });
  it('gives every concept a <title> with its whole label', () => {
    const titles = allElements(byClass(p, 'nodes')).filter((e) => e.name === 'title').map(textContent);
    expect(titles.sort()).toEqual(graph.nodes.map(zh).sort());
  });
});
