// The explorer root: the parts wired together (a filter change drops a vanished selection once recounted), the URL
// form of the view with the graph's own defaults, the layers' context, and the defaults issue 15 asks for, on the
// bundled transcript: edge width by count (NPMI's widest lines are pairs seen once or twice), Chinese labels for a
// Chinese transcript, English ones for an English-only catalog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConceptGraph } from '$lib/core/build';
import type { Catalog } from '$lib/core/contract/types';
import { normaliseSource } from '$lib/core/source/decode';
import { conceptPassages } from '$lib/core/analysis/hierarchy';
import { Explorer } from './explorer.svelte';
import { englishMiniGraph, miniGraph } from './test-graphs';

const file = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
const make = (g = miniGraph()) => new Explorer(g, 'mini', { clock: null });
const recounted = (ex: Explorer) => new Promise<void>((r) => ex.view.whenRecounted(r));

describe('Explorer on the bundled transcript', () => {
  const bundled = buildConceptGraph({
    text: normaliseSource(file('data/transcripts/econtalk-dwarkesh-scaling-era.zh.md')),
    catalog: JSON.parse(file('data/concepts/econtalk-dwarkesh-scaling-era.concepts.json')) as Catalog,
    source: { file: 'econtalk-dwarkesh-scaling-era.zh.md', sha256: '0'.repeat(64), catalog: 'c.json', catalogSha256: '1'.repeat(64) }
  }).graph;
  const ex = new Explorer(bundled, 'scaling-era', { clock: null });
  const widest = (n: number) => [...ex.display.edgeGeometry].sort((a, b) => b.width - a.width).slice(0, n);

  it('edge width defaults to the count: the widest line is the pair mentioned together most', () => {
    expect(ex.choices.measure).toBe('count');
    const most = Math.max(...bundled.edges.map((e) => e.attributes.weight));
    expect(widest(1)[0].edge.attributes.weight).toBe(most);
    expect(most).toBeGreaterThan(5);
  });

  it('by NPMI (one click away) the widest lines are mostly pairs seen once or twice: why it is not the default', () => {
    ex.choices.measure = 'npmi';
    const top = widest(20);
    // the maximum goes to a pair mentioned together once; most of the widest are one- or two-off pairs
    expect(top.filter((e) => e.width === top[0].width).some((e) => e.edge.attributes.weight === 1)).toBe(true);
    expect(top.filter((e) => e.edge.attributes.weight <= 2).length).toBeGreaterThanOrEqual(15);
    const most = Math.max(...bundled.edges.map((e) => e.attributes.weight));
    expect(top.some((e) => e.edge.attributes.weight === most)).toBe(false);
    expect(ex.query).toBe('m=npmi');
    ex.choices.measure = 'count';
    expect(ex.query).toBe('');
  });

  it('a concept lists its narrower concepts’ passages too, but narrowed to a speaker only the ones the Speakers table counts', () => {
    // 人工智能 (ai): Russ mentions its narrower concepts (AGI, LLM...) in 7 passages where he does not say AI itself
    ex.focus.selectNode('ai');
    const own = conceptPassages(bundled, 'ai', false).map((c) => c.passage);
    expect(ex.evidence.passages.length).toBeGreaterThan(own.length);
    ex.evidence.narrowToSpeaker('ai', 'russ');
    const russ = own.filter((id) => bundled.attributes.passages.find((p) => p.id === id)!.speaker === 'russ');
    expect(russ.length).toBeGreaterThan(0);
    expect(ex.evidence.passages.map((e) => e.passage.id)).toEqual(russ);
    ex.evidence.narrowToSpeaker('ai', null);
    ex.focus.clear();
  });

  it('labels in Chinese, the transcript’s language', () => {
    expect(ex.index.language).toBe('zh');
    expect(ex.choices.lang).toBe('zh');
    expect(ex.display.nodeGeometry.find((n) => n.id === 'scaling')!.ariaLabel).toBe('规模化');
  });
});

describe('Explorer', () => {
  it('an English-only catalog opens with English labels, and Chinese is the choice the URL records', () => {
    const ex = make(englishMiniGraph());
    expect(ex.choices.lang).toBe('en');
    expect(ex.query).toBe('');
    ex.choices.lang = 'zh';
    expect(ex.query).toBe('lang=zh');
    ex.applyQuery('');
    expect(ex.choices.lang).toBe('en');
  });

  it('applies a URL query and writes the same view back', async () => {
    const ex = make();
    ex.applyQuery('?e=transformer|scaling&sec=s2,s3&m=npmi&size=degree&bogus=1');
    expect(ex.focus.selection).toEqual({ type: 'edge', key: 'scaling|transformer' });
    expect(ex.choices.sections).toEqual(new Set(['s2', 's3']));
    expect(ex.query).toBe('e=scaling|transformer&sec=s2,s3&m=npmi&size=degree');
    await recounted(ex);
    expect(ex.view.stats.passages).toBe(miniGraph().attributes.passages.filter((p) => p.section !== 's1').length);
  });

  it('a filter change drops a selection that left the view, once the view is recounted', async () => {
    const ex = make();
    ex.focus.selectNode('transhumanism'); // mentioned in the briefing (s1) only
    ex.choices.toggleSection('s1', false);
    await recounted(ex);
    await Promise.resolve();
    expect(ex.view.nodeById.has('transhumanism')).toBe(false);
    expect(ex.focus.selection).toBeNull();
    expect(ex.query).toBe('sec=s2,s3');
  });

  it('focusConcept selects a concept and centres the camera on it', () => {
    const ex = make();
    ex.focusConcept('agi');
    expect(ex.focus.selection).toEqual({ type: 'node', id: 'agi' });
    const g = ex.display.nodeGeometry.find((n) => n.id === 'agi')!;
    expect(g.sx).toBeCloseTo(ex.camera.viewport.width / 2);
    expect(g.sy).toBeCloseTo(ex.camera.viewport.height / 2);
    ex.focusConcept('nope');
    expect(ex.focus.selection).toEqual({ type: 'node', id: 'agi' });
  });

  it('the layers’ context reads the parts and routes the layers’ input to them', () => {
    const ex = make();
    const L = ex.layers;
    expect(L.graph).toEqual(ex.display.drawn);
    expect(L.encoding.measure).toBe('count');
    expect(L.display.nodeGeometry.map((n) => n.id)).toEqual(ex.display.nodeGeometry.map((n) => n.id));
    L.input.selectNode('agi');
    expect(L.focus.selection).toEqual({ type: 'node', id: 'agi' });
    L.input.hoverEdge('scaling|transformer');
    expect(ex.focus.hoveredEdge).toBe('scaling|transformer');
    L.input.hoverNode('llm');
    L.input.focusNode('asi');
    expect([ex.focus.hovered, ex.focus.focused]).toEqual(['llm', 'asi']);
    L.input.clearSelection();
    expect(ex.focus.selection).toBeNull();
    L.camera.setViewport(300, 200);
    expect(ex.camera.viewport).toEqual({ width: 300, height: 200 });
  });

  it('exports the view: every node and edge, the selection marked, scope and measure in the file name and caption', () => {
    const ex = make();
    ex.choices.setSections(ex.index.dialogue);
    ex.focus.selectEdge('scaling|transformer');
    const scene = ex.exportScene('white');
    expect(scene.nodes).toHaveLength(ex.view.graph.nodes.length);
    expect(scene.edges).toHaveLength(ex.display.drawn.edges.length);
    expect(scene.nodes.filter((n) => n.selected).map((n) => n.id).sort()).toEqual(['scaling', 'transformer']);
    expect(scene.caption).toContain('Scope: dialogue only');
    expect(scene.subtitle).toContain('edge width: Count');
    expect(ex.filename('png', '@2x')).toBe('mini_dialogue-only_count@2x.png');
  });

  it('a timeline range narrows the view like a section filter and is named in the caption', async () => {
    const ex = make();
    ex.choices.setRange({ from: 'p6', to: 'p20' });
    await ex.view.loadFilterKit();
    expect(ex.view.stats.passages).toBe(15);
    const bySections = make();
    bySections.choices.setSections(['s2', 's3']);
    await bySections.view.loadFilterKit();
    expect(ex.view.graph.edges).toEqual(bySections.view.graph.edges);
    expect(ex.exportScene('white').caption).toContain('Scope: all sections; timeline range line');
    expect(ex.exportScene('white').caption).toContain(', 15 passages.');
    expect(ex.query).toContain('range=p6,p20');
  });
});
