/**
 * The force layout's message protocol, host side: runs a ForceLayout (./simulation.ts, d3-force) for the
 * explorer and answers its messages. It lives in a Web Worker (layout.worker.ts) so the page stays responsive and
 * never loads d3-force itself (layout-client.ts is the page's side).
 *
 * Positions travel as Float64Array [x0, y0, x1, y1, ...] in the order of the ids sent with `init`, transferred
 * (not copied). Must not touch the DOM.
 */
import { ForceLayout, type LayoutLinkInput, type LayoutNodeInput, type LayoutSettings } from '../core/layout/simulation';

export type LayoutRequest =
  | { type: 'init'; gen: number; nodes: LayoutNodeInput[]; links: LayoutLinkInput[]; settings: Partial<LayoutSettings>; live: boolean }
  | { type: 'settle'; gen: number; req: number; alpha: number; maxTicks?: number }
  | { type: 'start'; alpha: number }
  | { type: 'reheat'; target: number }
  | { type: 'pin'; id: string; x: number; y: number }
  | { type: 'release'; id: string }
  | { type: 'stop' };

export type LayoutReply =
  | { type: 'tick'; gen: number; xy: Float64Array }
  | { type: 'settled'; gen: number; req: number; xy: Float64Array; ticks: number }
  | { type: 'error'; gen: number; req?: number; message: string };

export type Post = (reply: LayoutReply, transfer?: Transferable[]) => void;

/** Packs positions in the given id order. */
export function packPositions(ids: readonly string[], p: ReadonlyMap<string, { x: number; y: number }>): Float64Array {
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const q = p.get(id);
    xy[2 * i] = q ? q.x : NaN;
    xy[2 * i + 1] = q ? q.y : NaN;
  });
  return xy;
}

/** A message handler around one ForceLayout at a time (each `init` replaces it). */
export function createLayoutHost(post: Post): (msg: LayoutRequest) => void {
  let layout: ForceLayout | null = null;
  let ids: string[] = [];
  let gen = 0;
  let unsubscribe: (() => void) | null = null;
  const send = (p: Map<string, { x: number; y: number }>) => {
    const xy = packPositions(ids, p);
    post({ type: 'tick', gen, xy }, [xy.buffer]);
  };
  return (msg) => {
    try {
      switch (msg.type) {
        case 'init':
          unsubscribe?.();
          unsubscribe = null;
          layout?.stop();
          gen = msg.gen;
          ids = msg.nodes.map((n) => n.id);
          layout = new ForceLayout(msg.nodes, msg.links, msg.settings);
          if (msg.live) unsubscribe = layout.onTick(send);
          break;
        case 'settle': {
          if (!layout || msg.gen !== gen) {
            post({ type: 'error', gen: msg.gen, req: msg.req, message: 'layout: settle for a layout that was replaced' });
            break;
          }
          const ticks = layout.settle(msg.alpha, msg.maxTicks);
          const xy = packPositions(ids, layout.positions());
          post({ type: 'settled', gen, req: msg.req, xy, ticks }, [xy.buffer]);
          break;
        }
        case 'start':
          layout?.start(msg.alpha);
          break;
        case 'reheat':
          layout?.reheat(msg.target);
          break;
        case 'pin':
          layout?.pin(msg.id, msg.x, msg.y);
          break;
        case 'release':
          layout?.release(msg.id);
          break;
        case 'stop':
          layout?.stop();
          break;
      }
    } catch (e) {
      post({ type: 'error', gen, req: msg.type === 'settle' ? msg.req : undefined, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
