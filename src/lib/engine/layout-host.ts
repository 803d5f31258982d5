/**
 * The force layout's jobs, host side: runs one ForceLayout (core/layout/simulation.ts, d3-force) at a time for the
 * explorer. It lives in a Web Worker (layout.worker.ts) so the page stays responsive and never loads d3-force
 * itself (layout-client.ts is the page's side).
 *
 * `init` replaces the layout; a live one streams its ticks as the init request's progress until the next `init`
 * (or a cancel) ends it. `settle` runs the layout of the same generation to rest and answers the positions.
 * `start`, `reheat`, `pin`, `release`, `stop` steer it. Positions travel as Float64Array [x0, y0, x1, y1, ...] in
 * the order of the ids sent with `init`, transferred (not copied). Must not touch the DOM.
 */
import { ForceLayout, type LayoutLinkInput, type LayoutNodeInput, type LayoutSettings } from '../core/layout/simulation';
import type { JobHandlers } from './host';
import type { JobSpec } from './protocol';

type Steer<I> = JobSpec<I, never, null>;
export type LayoutJobs = {
  init: JobSpec<{ gen: number; nodes: LayoutNodeInput[]; links: LayoutLinkInput[]; settings: Partial<LayoutSettings>; live: boolean }, Float64Array, null>;
  settle: JobSpec<{ gen: number; alpha: number; maxTicks?: number }, never, { xy: Float64Array; ticks: number }>;
  start: Steer<{ alpha: number }>;
  reheat: Steer<{ target: number }>;
  pin: Steer<{ id: string; x: number; y: number }>;
  release: Steer<{ id: string }>;
  stop: Steer<null>;
};

/** Packs positions in the given id order (unknown ids are NaN); layout-client's unpackPositions is the inverse. */
export function packPositions(ids: readonly string[], p: ReadonlyMap<string, { x: number; y: number }>): Float64Array {
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const q = p.get(id);
    xy[2 * i] = q ? q.x : NaN;
    xy[2 * i + 1] = q ? q.y : NaN;
  });
  return xy;
}

/** The layout jobs around one ForceLayout at a time (each `init` replaces it). */
export function createLayoutJobs(): JobHandlers<LayoutJobs> {
  let layout: ForceLayout | null = null;
  let ids: string[] = [];
  let gen = 0;
  /** Ends the current init request (a live one stays open while it streams ticks). */
  let end: () => void = () => {};
  return {
    init: (input, ctx) => {
      end();
      layout?.stop();
      gen = input.gen;
      ids = input.nodes.map((n) => n.id);
      const current = new ForceLayout(input.nodes, input.links, input.settings);
      layout = current;
      if (!input.live) return null;
      const unsubscribe = current.onTick((p) => {
        const xy = packPositions(ids, p);
        ctx.progress(xy, [xy.buffer]);
      });
      return new Promise<null>((resolve) => {
        end = () => {
          end = () => {};
          unsubscribe();
          resolve(null);
        };
        ctx.signal.addEventListener('abort', () => {
          current.stop();
          end();
        });
      });
    },
    settle: ({ gen: g, alpha, maxTicks }, ctx) => {
      if (!layout || g !== gen) throw new Error('layout: settle for a layout that was replaced');
      const ticks = layout.settle(alpha, maxTicks);
      const xy = packPositions(ids, layout.positions());
      ctx.transfer(xy.buffer);
      return { xy, ticks };
    },
    start: ({ alpha }) => (layout?.start(alpha), null),
    reheat: ({ target }) => (layout?.reheat(target), null),
    pin: ({ id, x, y }) => (layout?.pin(id, x, y), null),
    release: ({ id }) => (layout?.release(id), null),
    stop: () => (layout?.stop(), null)
  };
}
