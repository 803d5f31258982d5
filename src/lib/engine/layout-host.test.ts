// The worker's message protocol, run in this thread (the worker file only wires self.onmessage to it).
import { describe, expect, it } from 'vitest';
import { createLayoutHost, packPositions, type LayoutReply } from './layout-host';
import { LayoutClient } from './layout-client';

const nodes = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, x: Math.cos(i) * 50, y: Math.sin(i) * 50, r: 6 }));
const links = nodes.slice(1).map((n, i) => ({ source: nodes[i].id, target: n.id, strength: 0.5 }));

function host() {
  const replies: LayoutReply[] = [];
  const handle = createLayoutHost((r) => replies.push(r));
  return { replies, handle };
}

describe('createLayoutHost', () => {
  it('settles on request and answers with every position, in the order of the ids', () => {
    const { replies, handle } = host();
    handle({ type: 'init', gen: 1, nodes, links, settings: { seed: 3 }, live: false });
    handle({ type: 'settle', gen: 1, req: 7, alpha: 0.3 });
    expect(replies).toHaveLength(1);
    const r = replies[0];
    expect(r.type).toBe('settled');
    if (r.type !== 'settled') return;
    expect(r.req).toBe(7);
    expect(r.xy).toHaveLength(nodes.length * 2);
    expect([...r.xy].every(Number.isFinite)).toBe(true);
    expect(r.ticks).toBeGreaterThan(0);
  });
  it('is deterministic for the same seed', () => {
    const a = host();
    const b = host();
    for (const h of [a, b]) {
      h.handle({ type: 'init', gen: 1, nodes, links, settings: { seed: 9 }, live: false });
      h.handle({ type: 'settle', gen: 1, req: 1, alpha: 0.3 });
    }
    expect(a.replies).toEqual(b.replies);
  });
  it('keeps a pinned node where it was pinned; a live layout streams ticks', () => {
    const { replies, handle } = host();
    handle({ type: 'init', gen: 2, nodes, links, settings: { seed: 1 }, live: true });
    handle({ type: 'pin', id: 'n3', x: 500, y: -500 });
    handle({ type: 'settle', gen: 2, req: 1, alpha: 0.3 });
    const settled = replies.find((r) => r.type === 'settled');
    expect(replies.some((r) => r.type === 'tick')).toBe(true);
    if (settled?.type !== 'settled') throw new Error('no answer');
    expect([settled.xy[6], settled.xy[7]]).toEqual([500, -500]);
  });
  it('answers an error for a settle of a replaced layout and for an unknown node', () => {
    const { replies, handle } = host();
    handle({ type: 'init', gen: 3, nodes, links, settings: {}, live: false });
    handle({ type: 'settle', gen: 2, req: 5, alpha: 0.3 });
    handle({ type: 'pin', id: 'ghost', x: 0, y: 0 });
    expect(replies.map((r) => r.type)).toEqual(['error', 'error']);
    expect(replies[1].type === 'error' && replies[1].message).toMatch(/node not found: ghost/);
  });
});

describe('packPositions', () => {
  it('packs in id order; unknown ids are NaN', () => {
    const xy = packPositions(['a', 'b', 'c'], new Map([['a', { x: 1, y: 2 }], ['c', { x: 5, y: 6 }]]));
    expect([...xy]).toEqual([1, 2, NaN, NaN, 5, 6]);
  });
});

describe('LayoutClient without Worker (server rendering, tests)', () => {
  it('settle answers with no positions and nothing throws', async () => {
    const c = new LayoutClient(() => {});
    c.init(nodes, links, { seed: 1 }, false);
    expect(c.has('n0')).toBe(true);
    expect((await c.settle(0.3)).size).toBe(0);
    c.pin('n0', 1, 2);
    c.reheat(0.1);
    c.destroy();
  });
});
