// The display reducers and their derivation: geometry (positions, sizes, widths) never depends on hover or
// selection, which only set the focus flags; highlighted edges are those of the focused concept or the selected
// link, drawn last; the selected concept's label is always placed. Expectations come from the fixture's own
// edges and coordinates, not from the code under test. (Vitest runs the runes' server build, which recomputes a
// derived on each read: that the browser keeps the same geometry arrays is the client runtime's caching, seen by
// the page bench; here the values are compared.)
import { describe, expect, it } from 'vitest';
import { Explorer } from './explorer.svelte';
import { edgeViews, nodeView } from './reducers';
import { miniGraph } from './test-graphs';

const graph = miniGraph();
const touching = (id: string) => graph.edges.filter((e) => e.source === id || e.target === id).map((e) => e.key);
const neighbours = (id: string) => new Set([id, ...graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))]);
// every link drawn (the backbone default is tested below)
const make = () => {
  const ex = new Explorer(graph, 'mini', { clock: null });
  ex.choices.links = 'all';
  return ex;
};

describe('display geometry and focus flags', () => {
  it('geometry does not change through hover and selection changes, and has no focus flags', () => {
    const ex = make();
    const nodes = structuredClone(ex.display.nodeGeometry);
    const edges = structuredClone(ex.display.edgeGeometry);
    for (const change of [() => ex.focus.selectNode('scaling'), () => (ex.focus.hovered = 'agi'), () => ex.focus.selectEdge('scaling|transformer'), () => ex.focus.clear(), () => (ex.focus.hovered = null)]) {
      change();
      expect(ex.display.nodeGeometry).toStrictEqual(nodes);
      expect(ex.display.edgeGeometry).toStrictEqual(edges);
    }
    for (const n of nodes) expect(Object.keys(n)).not.toContain('dimmed');
    for (const e of edges) expect(Object.keys(e)).not.toContain('highlighted');
  });

  it('screen positions are the layout positions through the transform', () => {
    const ex = make();
    ex.camera.transform = { k: 2, x: 10, y: -5 };
    const s = ex.display.nodeGeometry.find((n) => n.id === 'scaling')!;
    const at = graph.nodes.find((n) => n.key === 'scaling')!.attributes;
    expect([s.sx, s.sy]).toEqual([at.x * 2 + 10, at.y * 2 - 5]);
    const e = ex.display.edgeGeometry.find((g) => g.key === 'scaling|transformer')!;
    const t = graph.nodes.find((n) => n.key === 'transformer')!.attributes;
    expect([e.x1, e.y1, e.x2, e.y2]).toEqual([at.x * 2 + 10, at.y * 2 - 5, t.x * 2 + 10, t.y * 2 - 5]);
  });

  it.each([
    { name: 'nothing focused', act: (_: Explorer) => {}, high: [] as string[], focus: null as Set<string> | null },
    { name: 'a concept selected', act: (ex: Explorer) => ex.focus.selectNode('scaling'), high: touching('scaling'), focus: neighbours('scaling') },
    { name: 'a link selected', act: (ex: Explorer) => ex.focus.selectEdge('scaling|transformer'), high: ['scaling|transformer'], focus: new Set(['scaling', 'transformer']) },
    { name: 'hover wins over the selection', act: (ex: Explorer) => (ex.focus.selectNode('scaling'), (ex.focus.hovered = 'agi')), high: touching('agi'), focus: neighbours('agi') }
  ])('flags: $name', ({ act, high, focus }) => {
    const ex = make();
    act(ex);
    expect(ex.focus.focusSet).toEqual(focus);
    const views = ex.display.edges;
    expect(views).toHaveLength(graph.edges.length);
    expect(views.filter((e) => e.highlighted).map((e) => e.key).sort()).toEqual([...high].sort());
    // highlighted last; dimmed = something focused and not highlighted
    const first = views.findIndex((e) => e.highlighted);
    if (first >= 0) expect(views.slice(first).every((e) => e.highlighted)).toBe(true);
    for (const e of views) expect(e.dimmed).toBe(focus !== null && !e.highlighted);
    for (const n of ex.display.nodes) {
      expect(n.highlighted).toBe(focus !== null && focus.has(n.id));
      expect(n.dimmed).toBe(focus !== null && !focus.has(n.id));
    }
  });

  it('the selected concept, the hovered one and the keyboard-focused one always have a visible label', () => {
    const ex = make();
    ex.camera.setViewport(200, 150); // crowded: not every label fits
    const shown = () => [...ex.display.labels.values()].filter((l) => l.visible).map((l) => l.id);
    expect(shown().length).toBeLessThan(graph.nodes.length);
    const hidden = graph.nodes.map((n) => n.key).filter((id) => !shown().includes(id));
    ex.focus.selectNode(hidden[0]);
    expect(shown()).toContain(hidden[0]);
    ex.focus.hovered = hidden[1];
    ex.focus.focused = hidden[2];
    expect(shown()).toEqual(expect.arrayContaining([hidden[0], hidden[1], hidden[2]]));
  });
});

describe('reducers', () => {
  const g = { id: 'a', node: graph.nodes[0], sx: 1, sy: 2, r: 3, fill: '#000', ariaLabel: 'A', pinned: false };
  it.each([
    [null, { dimmed: false, highlighted: false }],
    [new Set(['a']), { dimmed: false, highlighted: true }],
    [new Set(['b']), { dimmed: true, highlighted: false }]
  ])('nodeView with focus %o', (focus, flags) => {
    expect(nodeView(g, focus)).toEqual({ ...g, ...flags });
  });
  it('edgeViews keeps the order when nothing is highlighted and moves highlighted edges last', () => {
    const geo = ['x', 'y', 'z'].map((key) => ({ key, edge: { ...graph.edges[0], key }, x1: 0, y1: 0, x2: 1, y2: 1, width: 1, opacity: 1 }));
    expect(edgeViews(geo, null, () => true).map((e) => e.key)).toEqual(['x', 'y', 'z']);
    expect(edgeViews(geo, new Set(['a']), (e) => e.key === 'x').map((e) => [e.key, e.highlighted, e.dimmed])).toEqual([
      ['y', false, true],
      ['z', false, true],
      ['x', true, false]
    ]);
  });
});

describe('the links drawn: backbone by default, every link on request', () => {
  it('draws the backbone by default, all links when asked; the view (tables, exports) keeps every link', () => {
    const ex = new Explorer(graph, 'mini', { clock: null });
    expect(ex.choices.links).toBe('backbone');
    const drawn = ex.display.edgeGeometry.map((e) => e.key).sort();
    expect(drawn.length).toBeLessThan(graph.edges.length);
    expect(drawn).toEqual([...ex.view.backbone].sort());
    // every concept with a link keeps one
    for (const n of graph.nodes) if (touching(n.key).length) expect(drawn.some((k) => k.split('|').includes(n.key))).toBe(true);
    expect(ex.view.graph.edges).toHaveLength(graph.edges.length);
    expect(ex.linksNote).toBe(`backbone: ${drawn.length} of ${graph.edges.length} links`);
    expect(ex.query).toBe('');
    // a selected concept's links are all drawn, on top of the backbone
    const hub = graph.nodes.map((n) => n.key).sort((x, y) => touching(y).length - touching(x).length)[0];
    const missing = touching(hub).filter((k) => !ex.view.backbone.has(k));
    expect(missing.length).toBeGreaterThan(0);
    ex.focus.selectNode(hub);
    expect(ex.display.edgeGeometry.map((e) => e.key).sort()).toEqual([...drawn, ...missing].sort());
    expect(ex.linksNote).toBe(`backbone: ${drawn.length} of ${graph.edges.length} links, + ${missing.length} of the selection`);
    ex.focus.clear();
    ex.choices.links = 'all';
    expect(ex.display.edgeGeometry).toHaveLength(graph.edges.length);
    expect(ex.linksNote).toBeNull();
    expect(ex.query).toBe('links=all');
  });

  it('highlights a gap\'s two communities: their nodes and the links inside and between them; a selection wins', () => {
    const ex = new Explorer(graph, 'mini', { clock: null });
    ex.choices.links = 'all';
    const community = new Map(graph.nodes.map((n) => [n.key, n.attributes.community]));
    const [a, b] = [...new Set(community.values())];
    ex.focus.highlightCommunities([a, b]);
    const inside = new Set(graph.nodes.filter((n) => n.attributes.community === a || n.attributes.community === b).map((n) => n.key));
    expect(ex.focus.focusSet).toEqual(inside);
    const high = graph.edges.filter((e) => inside.has(e.source) && inside.has(e.target)).map((e) => e.key).sort();
    expect(ex.display.edges.filter((e) => e.highlighted).map((e) => e.key).sort()).toEqual(high);
    for (const n of ex.display.nodes) expect(n.dimmed).toBe(!inside.has(n.id));
    ex.focus.selectNode('scaling');
    expect(ex.focus.focusSet).toEqual(neighbours('scaling'));
    ex.focus.clear();
    expect(ex.focus.communities).toBeNull();
    expect(ex.focus.focusSet).toBeNull();
  });
});

describe('image export frames', () => {
  it('whole graph: every drawn node and link, nothing dimmed; current view: the nodes in sight, dimmed ones faded', () => {
    const ex = new Explorer(graph, 'mini', { clock: null });
    ex.focus.selectNode('scaling');
    const whole = ex.exportScene('white', 'whole');
    expect(whole.nodes).toHaveLength(graph.nodes.length);
    expect(whole.edges.every((e) => e.opacity > 0.06)).toBe(true);
    expect(whole.subtitle).toContain(ex.linksNote!);
    const fills = new Map(ex.display.nodes.map((n) => [n.id, n.fill]));
    const view = ex.exportScene('white', 'view');
    const dimmed = ex.display.nodes.filter((n) => n.dimmed).map((n) => n.id);
    expect(dimmed.length).toBeGreaterThan(0);
    for (const n of view.nodes) expect(n.fill === fills.get(n.id)).toBe(!dimmed.includes(n.id));
    // zoomed in on one concept: only what is in sight
    const s = ex.display.nodeGeometry.find((n) => n.id === 'scaling')!;
    ex.camera.transform = { k: 8, x: ex.camera.viewport.width / 2 - (s.sx - ex.camera.transform.x) / ex.camera.transform.k * 8, y: ex.camera.viewport.height / 2 - (s.sy - ex.camera.transform.y) / ex.camera.transform.k * 8 };
    const zoomed = ex.exportScene('white', 'view');
    expect(zoomed.nodes.map((n) => n.id)).toContain('scaling');
    expect(zoomed.nodes.length).toBeLessThan(graph.nodes.length);
    expect(zoomed.subtitle).toMatch(/current view: \d+ of 14 concepts in sight/);
  });
});
