import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '$lib/export/image';
import { buildExportScene, type SceneInput } from './scene';

const input = (over: Partial<SceneInput> = {}): SceneInput => ({
  title: 'T',
  caption: 'C',
  width: 800,
  height: 500,
  nodes: [
    { id: 'a', x: -10, y: 0, r: 10, fill: '#0072B2', label: '规模化', priority: 5, selected: true },
    { id: 'b', x: 10, y: 0, r: 6, fill: '#E69F00', label: 'Transformer', priority: 2 },
    { id: 'c', x: 10.1, y: 0.1, r: 6, fill: '#E69F00', label: 'Transformer架构', priority: 1 }
  ],
  edges: [{ source: 'a', target: 'b', width: 2, opacity: 0.5, color: '#888888' }, { source: 'a', target: 'zz', width: 2, opacity: 0.5, color: '#888888' }],
  legend: [{ title: 'Communities', items: [{ color: '#0072B2', label: '1: 规模化' }] }],
  background: 'white',
  ...over
});

describe('buildExportScene', () => {
  const scene = buildExportScene(input());
  it('fits the nodes into the frame', () => {
    for (const n of scene.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(800);
    }
  });
  it('keeps colours, marks the selection, drops edges to missing nodes', () => {
    expect(scene.nodes[0]).toMatchObject({ id: 'a', fill: '#0072B2', selected: true, labelVisible: true });
    expect(scene.edges).toHaveLength(1);
    expect(scene.edges[0].x1).toBeCloseTo(scene.nodes[0].x, 6);
  });
  it('hides labels that would collide (a crowd at one point shows only a few)', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, x: i % 2 ? 0 : 0.01, y: 0, r: 4, fill: '#000000', label: '莫拉维克悖论', priority: i }));
    const s = buildExportScene(input({ nodes: [...crowd, { id: 'far', x: 100, y: 100, r: 4, fill: '#000000', label: 'x', priority: 0 }], edges: [] }));
    const visible = s.nodes.filter((n) => n.labelVisible).length;
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(6);
  });
  it('renders through sceneToSvg with the labels', () => {
    const svg = sceneToSvg(scene);
    expect(svg).toContain('规模化');
    expect(svg).toContain('Transformer');
  });
});
