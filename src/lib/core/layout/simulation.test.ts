import { describe, expect, it } from 'vitest';
import { ForceLayout, LayoutSettingsError, resolveLayoutSettings } from './simulation';

const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, x: 50 * Math.cos(i), y: 50 * Math.sin(i), r: 5 }));
const links = nodes.slice(1).map((n, i) => ({ source: nodes[i].id, target: n.id, strength: 0.5 }));

describe('ForceLayout (headless)', () => {
  it('is deterministic for a seed', () => {
    const a = new ForceLayout(nodes, links, { seed: 3 });
    const b = new ForceLayout(nodes, links, { seed: 3 });
    a.settle();
    b.settle();
    expect([...a.positions()]).toEqual([...b.positions()]);
  });
  it('starts from the given positions and moves gently', () => {
    const l = new ForceLayout(nodes, links);
    l.tick(1);
    const p = l.positions();
    for (const n of nodes) expect(Math.hypot(p.get(n.id)!.x - n.x, p.get(n.id)!.y - n.y)).toBeLessThan(50);
  });
  it('settles (stops on its own) and keeps pinned nodes in place', () => {
    const l = new ForceLayout(nodes, links);
    l.pin('n0', 500, 500);
    const ticks = l.settle(0.3);
    expect(ticks).toBeLessThan(600);
    expect(l.positions().get('n0')).toEqual({ x: 500, y: 500 });
    expect(l.pinned()).toEqual(new Set(['n0']));
    l.release('n0');
    expect(l.pinned().size).toBe(0);
  });
  it('does not collapse or explode a layout of the right scale', () => {
    const l = new ForceLayout(nodes, links);
    l.settle(1);
    const xs = [...l.positions().values()].map((p) => p.x);
    const span = Math.max(...xs) - Math.min(...xs);
    expect(span).toBeGreaterThan(20);
    expect(span).toBeLessThan(5000);
  });
  it('emits positions on tick', () => {
    const l = new ForceLayout(nodes, links);
    let calls = 0;
    l.onTick(() => calls++);
    l.tick(3);
    expect(calls).toBe(1);
  });
  it('names a missing node', () => {
    expect(() => new ForceLayout(nodes, [{ source: 'n0', target: 'zz', strength: 1 }])).toThrow(/node not found: zz/);
    expect(() => new ForceLayout(nodes, links).pin('zz', 0, 0)).toThrow(LayoutSettingsError);
  });
  it('rejects bad settings with the key', () => {
    expect(() => resolveLayoutSettings(nodes, links, { charge: Number.NaN })).toThrow(/charge/);
  });
});
