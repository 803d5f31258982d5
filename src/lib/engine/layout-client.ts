/**
 * The page's side of the force layout: the same operations as ForceLayout (init / settle / start / reheat / pin /
 * release / stop), sent as jobs to a Web Worker (layout.worker.ts, layout-host.ts) so the simulation never blocks
 * the page. `settle` answers with a promise; live layouts call `onTick` with fresh positions. d3-force is never part
 * of the page bundle: where Worker does not exist (server-side rendering, tests) the layout does nothing and
 * `settle` answers with no positions (nodes stay where they are). Holds no view state; never touches the DOM.
 */
import { TopicgraphError } from '../core/errors';
import type { LayoutLinkInput, LayoutNodeInput, LayoutSettings, Positions } from '../core/layout/simulation';
import { JobClient, preferWorker, threadPort } from './client';
import type { JobHandlers } from './host';
import type { LayoutJobs } from './layout-host';
import { CancelledError } from './protocol';

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

/** Without a worker: settle answers at once with no positions; everything else is ignored. */
const noLayout: JobHandlers<LayoutJobs> = {
  init: () => null,
  settle: () => ({ xy: new Float64Array(0), ticks: 0 }),
  start: () => null,
  reheat: () => null,
  pin: () => null,
  release: () => null,
  stop: () => null
};

export class LayoutError extends TopicgraphError {
  constructor(message: string) {
    super(`Force layout failed: ${message}`);
    this.name = 'LayoutError';
  }
}

export class LayoutClient {
  private jobs = new JobClient<LayoutJobs>(preferWorker(() => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }), threadPort(() => noLayout)));
  private ids: string[] = [];
  private idSet = new Set<string>();
  private gen = 0;
  /** Whether the current layout streams its ticks to `onTick`. */
  live = false;

  constructor(private readonly onTick: (p: Positions) => void) {}

  /** Replaces the layout (the worker's previous one stops). Live: ticks stream to onTick. */
  init(nodes: LayoutNodeInput[], links: LayoutLinkInput[], settings: Partial<LayoutSettings>, live: boolean): this {
    const gen = ++this.gen;
    const ids = nodes.map((n) => n.id);
    this.ids = ids;
    this.idSet = new Set(ids);
    this.live = live;
    const onProgress = (xy: Float64Array) => {
      if (gen === this.gen && this.live) this.onTick(unpackPositions(ids, xy));
    };
    this.jobs.run('init', { gen, nodes, links, settings, live }, { onProgress }).catch(() => {});
    return this;
  }

  has(id: string): boolean {
    return this.idSet.has(id);
  }

  /** Runs the current layout until it rests; resolves with the positions. Rejects when it fails or is replaced. */
  settle(alpha = 0.3, maxTicks?: number): Promise<Positions> {
    const ids = this.ids;
    return this.jobs.run('settle', { gen: this.gen, alpha, maxTicks }).then(
      (r) => unpackPositions(ids, r.xy),
      (e: Error) => {
        throw new LayoutError(e instanceof CancelledError ? 'the view was closed' : e.message);
      }
    );
  }

  start(alpha = 0.3): void {
    this.jobs.send('start', { alpha });
  }
  reheat(target: number): void {
    this.jobs.send('reheat', { target });
  }
  pin(id: string, x: number, y: number): void {
    this.jobs.send('pin', { id, x, y });
  }
  release(id: string): void {
    this.jobs.send('release', { id });
  }
  stop(): void {
    this.jobs.send('stop', null);
  }

  destroy(): void {
    this.jobs.close();
    this.live = false;
  }
}
