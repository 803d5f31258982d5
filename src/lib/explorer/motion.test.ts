// Motion with a scripted layout worker and a hand-driven frame clock: a relayout tweens the nodes to the settled
// layout (and re-fits the camera), or jumps with reduced motion; a newer relayout drops an older answer; a drag
// pins the node at the pointer's graph position once per frame; a double-click unpins it.
import { describe, expect, it } from 'vitest';
import type { Positions } from '$lib/core/layout/simulation';
import { Camera } from './camera.svelte';
import { Motion, TWEEN_MS, type FrameClock, type LayoutPort } from './motion.svelte';
import { miniGraph } from './test-graphs';

const graph = miniGraph();

class FakeLayout implements LayoutPort {
  live = false;
  calls: string[] = [];
  settles: Array<(p: Positions) => void> = [];
  ids = new Set<string>();
  constructor(readonly onTick: (p: Positions) => void) {}
  init(nodes: { id: string; fx?: number | null }[], _l: unknown, _s: unknown, live: boolean) {
    this.live = live;
    this.ids = new Set(nodes.map((n) => n.id));
    this.calls.push(`init ${live ? 'live' : 'settle'} ${nodes.length} pinned ${nodes.filter((n) => n.fx != null).length}`);
    return this;
  }
  has(id: string) {
    return this.ids.has(id);
  }
  settle() {
    this.calls.push('settle');
    return new Promise<Positions>((resolve) => this.settles.push(resolve));
  }
  start(a: number) {
    this.calls.push(`start ${a}`);
  }
  reheat(a: number) {
    this.calls.push(`reheat ${a}`);
  }
  pin(id: string, x: number, y: number) {
    this.calls.push(`pin ${id} ${x} ${y}`);
  }
  release(id: string) {
    this.calls.push(`release ${id}`);
  }
  destroy() {
    this.calls.push('destroy');
  }
}

class ManualClock implements FrameClock {
  t = 0;
  private next = 1;
  private queue = new Map<number, (now: number) => void>();
  request(cb: (now: number) => void) {
    this.queue.set(this.next, cb);
    return this.next++;
  }
  cancel(id: number) {
    this.queue.delete(id);
  }
  now() {
    return this.t;
  }
  /** Runs one frame at time `t`. */
  frame(t = this.t) {
    this.t = t;
    const due = [...this.queue.values()];
    this.queue.clear();
    for (const cb of due) cb(t);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function make(reduced = false, localDrag = false) {
  const clock = new ManualClock();
  let layout: FakeLayout | null = null;
  const motion: Motion = new Motion(graph, () => ({ graph, lang: 'zh', size: 'passages', radius: () => 8, seed: 42, camera }), {
    clock,
    layout: (onTick) => (layout = new FakeLayout(onTick)),
    localDrag: () => localDrag
  });
  const camera: Camera = new Camera(() => ({ graph, positions: motion.positions, lang: 'zh' }));
  motion.reducedMotion = reduced;
  return { motion, camera, clock, layout: () => layout! };
}

/** Every node moved by (dx, dy). */
const shifted = (dx: number, dy: number): Positions => new Map(graph.nodes.map((n) => [n.key, { x: n.attributes.x + dx, y: n.attributes.y + dy }]));

describe('Motion', () => {
  it('starts at the build-time positions', () => {
    const { motion } = make();
    expect(motion.positions.get('agi')).toEqual({ x: graph.nodes.find((n) => n.key === 'agi')!.attributes.x, y: graph.nodes.find((n) => n.key === 'agi')!.attributes.y });
  });

  it('relayout: after the next frame the worker settles; the nodes tween there and the camera re-fits', async () => {
    const { motion, camera, clock, layout } = make();
    const before = camera.transform;
    motion.relayout();
    clock.frame(0);
    await tick();
    expect(layout().calls).toEqual([`init settle ${graph.nodes.length} pinned 0`, 'settle']);
    const target = shifted(100, 0);
    layout().settles[0](target);
    await tick();
    clock.frame(0); // first tween frame: still at the start
    const a0 = graph.nodes.find((n) => n.key === 'agi')!.attributes;
    expect(motion.positions.get('agi')!.x).toBeCloseTo(a0.x);
    clock.frame(TWEEN_MS / 2); // half way in time, half way in space (ease in-out is symmetric)
    expect(motion.positions.get('agi')!.x).toBeCloseTo(a0.x + 50);
    clock.frame(TWEEN_MS);
    expect(motion.positions.get('agi')).toEqual(target.get('agi'));
    expect(camera.transform.x).toBeCloseTo(before.x - 100 * before.k);
  });

  it('moving: from the relayout until the tween lands; a newer relayout keeps it; a drag drops it', async () => {
    const { motion, clock, layout } = make();
    expect(motion.moving).toBe(false);
    motion.relayout();
    expect(motion.moving).toBe(true);
    clock.frame(0);
    await tick();
    motion.relayout(); // the first answer is dropped: still moving until the second lands
    clock.frame(0);
    await tick();
    layout().settles[0](shifted(5, 5));
    await tick();
    expect(motion.moving).toBe(true);
    layout().settles[1](shifted(10, 0));
    await tick();
    clock.frame(0);
    expect(motion.moving).toBe(true); // tweening
    clock.frame(TWEEN_MS);
    expect(motion.moving).toBe(false);
    motion.relayout();
    expect(motion.moving).toBe(true);
    motion.dragStart('agi');
    expect(motion.moving).toBe(false);
  });

  it('reduced motion: the nodes jump', async () => {
    const { motion, clock, layout } = make(true);
    motion.relayout();
    clock.frame(0);
    await tick();
    layout().settles[0](shifted(0, 30));
    await tick();
    expect(motion.positions).toEqual(shifted(0, 30));
  });

  it('a newer relayout drops the answer to an older one', async () => {
    const { motion, clock, layout } = make(true);
    motion.relayout();
    clock.frame(0);
    await tick();
    motion.relayout();
    clock.frame(0);
    await tick();
    layout().settles[0](shifted(999, 999));
    await tick();
    expect(motion.positions.get('agi')!.x).toBeLessThan(900);
    layout().settles[1](shifted(1, 1));
    await tick();
    expect(motion.positions).toEqual(shifted(1, 1));
  });

  it('drag: the node follows the pointer (screen to graph coordinates), once per frame, and stays pinned until released', () => {
    const { motion, camera, clock, layout } = make();
    camera.transform = { k: 2, x: 10, y: 20 };
    motion.dragStart('agi');
    expect(layout().calls).toEqual([`init live ${graph.nodes.length} pinned 0`, 'reheat 0.15']);
    motion.dragTo('agi', 110, 220);
    motion.dragTo('agi', 210, 420);
    expect(layout().calls.slice(2)).toEqual(['pin agi 50 100', 'pin agi 100 200']);
    expect(motion.positions.get('agi')!.x).not.toBe(100); // applied at the next frame
    layout().onTick(new Map([['scaling', { x: 7, y: 8 }]]));
    clock.frame(16);
    expect(motion.positions.get('agi')).toEqual({ x: 100, y: 200 });
    expect(motion.positions.get('scaling')).toEqual({ x: 7, y: 8 });
    expect(motion.pinned).toEqual(new Set(['agi']));
    motion.dragEnd();
    expect(layout().calls.at(-1)).toBe('reheat 0');
    motion.release('agi');
    expect(motion.pinned).toEqual(new Set());
    expect(layout().calls.slice(-2)).toEqual(['release agi', 'start 0.1']);
    motion.release('agi'); // not pinned: nothing
    expect(layout().calls.at(-1)).toBe('start 0.1');
    motion.destroy();
    expect(layout().calls.at(-1)).toBe('destroy');
  });

  it('local drag (large graphs): the worker gets the node and its neighbours free, their other neighbours fixed, no others', async () => {
    const { motion, clock, layout } = make(false, true);
    const near = new Set<string>();
    for (const e of graph.edges) {
      if (e.source === 'agi') near.add(e.target);
      if (e.target === 'agi') near.add(e.source);
    }
    const fixed = new Set<string>();
    for (const e of graph.edges)
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source]
      ])
        if ((a === 'agi' || near.has(a)) && b !== 'agi' && !near.has(b)) fixed.add(b);
    expect(near.size).toBeGreaterThan(0);
    expect(near.size + 1 + fixed.size).toBeLessThan(graph.nodes.length); // the fixture leaves some out
    motion.dragStart('agi');
    expect(layout().calls).toEqual([`init live ${1 + near.size + fixed.size} pinned ${fixed.size}`, 'reheat 0.15']);
    expect(layout().ids).toEqual(new Set(['agi', ...near, ...fixed]));
    // the same node again: the same layout; another node: a new neighbourhood
    motion.dragEnd();
    motion.dragStart('agi');
    expect(layout().calls.filter((c) => c.startsWith('init')).length).toBe(1);
    const other = graph.nodes.find((n) => n.key !== 'agi' && !near.has(n.key))!.key;
    motion.dragStart(other);
    expect(layout().calls.filter((c) => c.startsWith('init')).length).toBe(2);
    expect(layout().has(other)).toBe(true);
    // ticks of the neighbourhood move only those nodes
    const before = new Map(motion.positions);
    const mover = [...near][0];
    layout().onTick(new Map([[mover, { x: 1, y: 2 }]]));
    clock.frame(16);
    expect(motion.positions.get(mover)).toEqual({ x: 1, y: 2 });
    for (const n of graph.nodes) if (n.key !== mover) expect(motion.positions.get(n.key)).toEqual(before.get(n.key));
    // a relayout gets the whole view again
    motion.relayout();
    clock.frame(32);
    await tick();
    expect(layout().calls.at(-2)).toBe(`init settle ${graph.nodes.length} pinned 0`);
  });

  it('without a frame clock (server, tests) everything happens at once', async () => {
    let layout: FakeLayout | null = null;
    const motion: Motion = new Motion(graph, () => ({ graph, lang: 'zh', size: 'passages', radius: () => 8, seed: 42, camera }), {
      clock: null,
      layout: (onTick) => (layout = new FakeLayout(onTick))
    });
    const camera: Camera = new Camera(() => ({ graph, positions: motion.positions, lang: 'zh' }));
    motion.relayout();
    layout!.settles[0](shifted(5, 5));
    await tick();
    expect(motion.positions).toEqual(shifted(5, 5));
  });
});
