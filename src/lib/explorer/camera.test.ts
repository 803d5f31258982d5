// The camera: fitting, zooming about the centre, resizes that keep a moved view, the zoom behaviour's hook, and
// keeping a point in the band a bottom sheet leaves visible.
import { describe, expect, it } from 'vitest';
import type { LabelLanguage } from '$lib/viz/measures';
import { Camera, DEFAULT_VIEWPORT, type FitSource, type Transform } from './camera.svelte';
import { miniGraph } from './test-graphs';

const graph = miniGraph();
const points = graph.nodes.map((n) => n.attributes);
const screen = (t: Transform, p: { x: number; y: number }) => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });

function make(lang: LabelLanguage = 'zh') {
  const src: FitSource = { graph, positions: new Map(), lang };
  return new Camera(() => src);
}

describe('Camera', () => {
  it('starts fitted to the prerender size: every node inside, with room for labels on the sides', () => {
    const cam = make();
    expect(cam.viewport).toEqual(DEFAULT_VIEWPORT);
    const xs = points.map((p) => screen(cam.transform, p).x);
    const ys = points.map((p) => screen(cam.transform, p).y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(44);
    expect(Math.max(...xs)).toBeLessThanOrEqual(DEFAULT_VIEWPORT.width - 44);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(44 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(DEFAULT_VIEWPORT.height - 44 + 1e-9);
    // the fit touches the padding on one axis at least (it is the largest that fits)
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(spanX / (DEFAULT_VIEWPORT.width - 88), spanY / (DEFAULT_VIEWPORT.height - 88))).toBeGreaterThan(0.8);
  });

  it('a resize re-fits, unless the user moved the view', () => {
    const cam = make();
    cam.setViewport(390, 480);
    const fitted = cam.transform;
    expect(points.every((p) => screen(fitted, p).x >= 0 && screen(fitted, p).x <= 390)).toBe(true);
    cam.zoomBy(2);
    const moved = cam.transform;
    cam.setViewport(500, 500);
    expect(cam.transform).toEqual(moved);
    cam.zoomToFit();
    expect(cam.userMoved).toBe(false);
    expect(cam.transform).not.toEqual(moved);
    cam.setViewport(5, 5); // too small to be a real stage: ignored
    expect(cam.viewport).toEqual({ width: 500, height: 500 });
  });

  it('zooms about the centre of the stage, within 0.1..12', () => {
    const cam = make();
    const t = cam.transform;
    const c = { x: (DEFAULT_VIEWPORT.width / 2 - t.x) / t.k, y: (DEFAULT_VIEWPORT.height / 2 - t.y) / t.k };
    cam.zoomBy(1.4);
    expect(cam.transform.k).toBeCloseTo(t.k * 1.4);
    const s = screen(cam.transform, c);
    expect(s.x).toBeCloseTo(DEFAULT_VIEWPORT.width / 2);
    expect(s.y).toBeCloseTo(DEFAULT_VIEWPORT.height / 2);
    cam.zoomBy(1000);
    expect(cam.transform.k).toBe(12);
  });

  it('goes through the zoom behaviour once it is installed', () => {
    const cam = make();
    const seen: Transform[] = [];
    cam.zoomTo = (t) => seen.push(t);
    const before = cam.transform;
    cam.zoomBy(2);
    expect(seen).toHaveLength(1);
    expect(cam.transform).toBe(before); // the behaviour sets it (through its zoom event), not the camera
  });

  it('centres on a point keeping at least the fitted zoom', () => {
    const cam = make();
    const fit = cam.transform.k;
    cam.zoomBy(0.5);
    cam.centreOn({ x: 10, y: 20 });
    expect(cam.transform.k).toBeCloseTo(fit);
    expect(screen(cam.transform, { x: 10, y: 20 })).toEqual({ x: DEFAULT_VIEWPORT.width / 2, y: DEFAULT_VIEWPORT.height / 2 });
  });

  it('keeps a point inside a band: pans only when it is outside', () => {
    const cam = make();
    const t = cam.transform;
    const p = { x: (600 - t.x) / t.k, y: (650 - t.y) / t.k }; // on screen at (600, 650)
    cam.keepInView(p, { top: 0, bottom: 700 });
    expect(cam.transform).toEqual(t);
    cam.keepInView(p, { top: 0, bottom: 300 });
    expect(cam.transform.k).toBe(t.k);
    expect(cam.transform.x).toBe(t.x);
    expect(screen(cam.transform, p).y).toBeCloseTo(150);
    expect(cam.userMoved).toBe(true);
  });

  it('leaves room on the sides for the widest label in the chosen language', () => {
    const short = structuredClone(graph);
    for (const n of short.nodes) n.attributes.label = { zh: '甲', en: 'Large language' };
    const cam = (lang: LabelLanguage) => {
      const c = new Camera(() => ({ graph: short, positions: new Map(), lang }));
      c.setViewport(400, 3000); // tall: the width decides the zoom
      return c.transform.k;
    };
    expect(cam('en')).toBeLessThan(cam('zh'));
  });
});
