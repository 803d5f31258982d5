/**
 * The page's side of the force layout: the same operations as ForceLayout (init / settle / start / reheat / pin /
 * release / stop), sent to a Web Worker (layout.worker.ts) so the simulation never blocks the page. `settle`
 * answers with a promise; live layouts call `onTick` with fresh positions. d3-force is never part of the page
 * bundle. Where Worker does not exist (server-side rendering, tests) the layout does nothing: `settle` answers
 * with no positions (nodes stay where they are). Holds no view state; never touches the DOM.
 */
import type { LayoutLinkInput, LayoutNodeInput, LayoutSettings, Positions } from '../core/layout/simulation';
import type { LayoutReply, LayoutRequest } from './layout-host';

interface Port {
  post(msg: LayoutRequest): void;
  close(): void;
}

/** Unpacks positions (NaN entries are skipped); the host's packPositions is the inverse. */
function unpackPositions(ids: readonly string[], xy: Float64Array): Positions {
  const out: Positions = new Map();
  for (let i = 0; i < ids.length; i++) {
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    if (Number.isFinite(x) && Number.isFinite(y)) out.set(ids[i], { x, y });
  }
  return out;
}

function openPort(receive: (r: LayoutReply) => void): Port {
  if (typeof Worker !== 'undefined') {
    try {
      const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<LayoutReply>) => receive(e.data);
      return { post: (m) => w.postMessage(m), close: () => w.terminate() };
    } catch {
      /* no layout below */
    }
  }
  // no worker: settle answers at once with no positions; everything else is ignored
  return {
    post: (m) => {
      if (m.type === 'settle') queueMicrotask(() => receive({ type: 'settled', gen: m.gen, req: m.req, xy: new Float64Array(0), ticks: 0 }));
    },
    close: () => {}
  };
}

export class LayoutError extends Error {
  constructor(message: string) {
    super(`Force layout failed: ${message}`);
    this.name = 'LayoutError';
  }
}

export class LayoutClient {
  private port: Port | null = null;
  private ids: string[] = [];
  private idSet = new Set<string>();
  private gen = 0;
  private req = 0;
  private waiting = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();
  /** Whether the current layout streams its ticks to `onTick`. */
  live = false;

  constructor(private readonly onTick: (p: Positions) => void) {}

  private send(msg: LayoutRequest): void {
    this.port ??= openPort((r) => this.receive(r));
    this.port.post(msg);
  }

  private receive(r: LayoutReply): void {
    if (r.type === 'tick') {
      if (r.gen === this.gen && this.live) this.onTick(unpackPositions(this.ids, r.xy));
    } else if (r.type === 'settled') {
      const w = this.waiting.get(r.req);
      this.waiting.delete(r.req);
      if (w) w.resolve(unpackPositions(this.ids, r.xy));
    } else if (r.req !== undefined) {
      const w = this.waiting.get(r.req);
      this.waiting.delete(r.req);
      w?.reject(new LayoutError(r.message));
    }
  }

  /** Replaces the layout (the worker's previous one stops). Live: ticks stream to onTick. */
  init(nodes: LayoutNodeInput[], links: LayoutLinkInput[], settings: Partial<LayoutSettings>, live: boolean): this {
    this.gen++;
    this.ids = nodes.map((n) => n.id);
    this.idSet = new Set(this.ids);
    this.live = live;
    this.send({ type: 'init', gen: this.gen, nodes, links, settings, live });
    return this;
  }

  has(id: string): boolean {
    return this.idSet.has(id);
  }

  /** Runs the current layout until it rests; resolves with the positions. Rejects when it fails or is replaced. */
  settle(alpha = 0.3, maxTicks?: number): Promise<Positions> {
    const req = ++this.req;
    return new Promise<Positions>((resolve, reject) => {
      this.waiting.set(req, { resolve, reject });
      this.send({ type: 'settle', gen: this.gen, req, alpha, maxTicks });
    });
  }

  start(alpha = 0.3): void {
    this.send({ type: 'start', alpha });
  }
  reheat(target: number): void {
    this.send({ type: 'reheat', target });
  }
  pin(id: string, x: number, y: number): void {
    this.send({ type: 'pin', id, x, y });
  }
  release(id: string): void {
    this.send({ type: 'release', id });
  }
  stop(): void {
    this.send({ type: 'stop' });
  }

  destroy(): void {
    for (const w of this.waiting.values()) w.reject(new LayoutError('the view was closed'));
    this.waiting.clear();
    this.port?.close();
    this.port = null;
    this.live = false;
  }
}
