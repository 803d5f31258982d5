// The layout jobs on the protocol, run in this thread (the worker file only serves them on its messages).
import { describe, expect, it } from 'vitest';
import { createJobHost } from './host';
import { createLayoutJobs, packPositions, type LayoutJobs } from './layout-host';
import { LayoutClient, LayoutError } from './layout-client';
import type { FromWorker, ToWorker } from './protocol';

const nodes = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, x: Math.cos(i) * 50, y: Math.sin(i) * 50, r: 6 }));
const links = nodes.slice(1).map((n, i) => ({ source: nodes[i].id, target: n.id, strength: 0.5 }));

function host() {
  const replies: FromWorker[] = [];
  const handle = createJobHost(createLayoutJobs(), (r) => replies.push(r));
  let id = 0;
  const send = <K extends keyof LayoutJobs & string>(job: K, input: LayoutJobs[K]['input']) => {
    handle({ type: 'request', id: ++id, job, input } as ToWorker<LayoutJobs>);
    return id;
  };
  return { replies, send, cancel: (i: number) => handle({ type: 'cancel', id: i }) };
}
const resultOf = (replies: FromWorker[], id: number) => replies.find((r) => r.id === id && r.type !== 'progress');

describe('layout jobs', () => {
  it('settle answers every position, in the order of the ids, after a still init', () => {
    const { replies, send } = host();
    const init = send('init', { gen: 1, nodes, links, settings: { seed: 3 }, live: false });
    const settle = send('settle', { gen: 1, alpha: 0.3 });
    expect(resultOf(replies, init)).toEqual({ type: 'result', id: init, result: null });
    const r = resultOf(replies, settle);
    if (r?.type !== 'result') throw new Error(`no result: ${JSON.stringify(r)}`);
    const { xy, ticks } = r.result as { xy: Float64Array; ticks: number };
    expect(xy).toHaveLength(nodes.length * 2);
    expect([...xy].every(Number.isFinite)).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });
  it('is deterministic for the same seed', () => {
    const a = host();
    const b = host();
    for (const h of [a, b]) {
      h.send('init', { gen: 1, nodes, links, settings: { seed: 9 }, live: false });
      h.send('settle', { gen: 1, alpha: 0.3 });
    }
    expect(a.replies).toEqual(b.replies);
  });
  it('a live layout streams ticks as progress of its init until the next init ends it; a pinned node stays put', async () => {
    const { replies, send } = host();
    const live = send('init', { gen: 2, nodes, links, settings: { seed: 1 }, live: true });
    send('pin', { id: 'n3', x: 500, y: -500 });
    const settle = send('settle', { gen: 2, alpha: 0.3 });
    expect(replies.some((r) => r.id === live && r.type === 'progress')).toBe(true);
    expect(resultOf(replies, live)).toBeUndefined();
    const r = resultOf(replies, settle);
    if (r?.type !== 'result') throw new Error('no answer');
    const { xy } = r.result as { xy: Float64Array };
    expect([xy[6], xy[7]]).toEqual([500, -500]);
    send('init', { gen: 3, nodes, links, settings: {}, live: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(resultOf(replies, live)).toEqual({ type: 'result', id: live, result: null });
  });
  it('a cancelled live init stops streaming and is answered CancelledError', async () => {
    const { replies, send, cancel } = host();
    const live = send('init', { gen: 1, nodes, links, settings: {}, live: true });
    cancel(live);
    await new Promise((r) => setTimeout(r, 0));
    expect(resultOf(replies, live)).toMatchObject({ type: 'error', error: { name: 'CancelledError' } });
  });
  it('answers an error for a settle of a replaced layout and for an unknown node', () => {
    const { replies, send } = host();
    send('init', { gen: 3, nodes, links, settings: {}, live: false });
    const settle = send('settle', { gen: 2, alpha: 0.3 });
    const pin = send('pin', { id: 'ghost', x: 0, y: 0 });
    expect(resultOf(replies, settle)).toMatchObject({ type: 'error', error: { message: 'layout: settle for a layout that was replaced' } });
    expect(resultOf(replies, pin)).toMatchObject({ type: 'error', error: { name: 'LayoutSettingsError', message: expect.stringMatching(/node not found: ghost/) } });
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
  it('a settle still waiting when the view closes rejects with LayoutError', async () => {
    const c = new LayoutClient(() => {});
    c.init(nodes, links, {}, false);
    const s = c.settle(0.3);
    c.destroy();
    const e = await s.catch((x) => x);
    expect(e).toBeInstanceOf(LayoutError);
    expect(e.message).toBe('Force layout failed: the view was closed');
  });
});
