/**
 * The page's side of the protocol (protocol.ts): a JobClient sends requests to one port (a Web Worker, or a host
 * in this thread where there are no workers) and answers each `run` with a promise, its progress with a callback.
 * An AbortSignal cancels a run: the promise rejects with CancelledError at once, and the worker is told (`cancel`
 * message) or, for workers whose jobs run as one synchronous block (the build), terminated and started afresh on
 * the next run. A worker that fails to load or crashes rejects its runs with WorkerFailedError. Never touches the DOM.
 */
import type { JobHandlers } from './host';
import { CancelledError, JobError, WorkerFailedError, type FromWorker, type JobMap, type ToWorker } from './protocol';

export interface Port {
  post(msg: ToWorker, transfer?: Transferable[]): void;
  close(): void;
}
/** Opens a port whose replies go to `receive`; `fail` when the other side cannot run at all. */
export type OpenPort = (receive: (msg: FromWorker) => void, fail: (e: Error) => void) => Port;

/** A port to a Web Worker made by `create` (which must spell `new Worker(new URL(...), ...)` for the bundler). */
export function workerPort(create: () => Worker): OpenPort {
  return (receive, fail) => {
    const w = create();
    w.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      fail(new WorkerFailedError(e.message || 'the worker script could not run'));
    };
    w.onmessageerror = () => fail(new WorkerFailedError('a message could not be read'));
    return { post: (m, transfer) => w.postMessage(m, transfer ?? []), close: () => w.terminate() };
  };
}

/**
 * A port to handlers run in this thread (loaded on first use, with the host code: pages that have workers never
 * load either): replies arrive asynchronously, as from a worker.
 */
export function threadPort<J extends JobMap>(load: () => JobHandlers<J> | Promise<JobHandlers<J>>): OpenPort {
  return (receive, fail) => {
    let closed = false;
    let host: Promise<(m: ToWorker) => void> | null = null;
    const deliver = (m: FromWorker) => queueMicrotask(() => closed || receive(m));
    const get = () => (host ??= Promise.all([Promise.resolve().then(load), import('./host')]).then(([h, { createJobHost }]) => createJobHost(h, deliver) as (m: ToWorker) => void));
    return {
      post: (m) => {
        get().then(
          (h) => closed || h(m),
          (e) => closed || fail(new WorkerFailedError(e instanceof Error ? e.message : String(e)))
        );
      },
      close: () => {
        closed = true;
      }
    };
  };
}

/** A Web Worker where the platform has them (and one can be made), else handlers in this thread. */
export function preferWorker(create: () => Worker, fallback: OpenPort): OpenPort {
  return (receive, fail) => {
    if (typeof Worker !== 'undefined') {
      try {
        return workerPort(create)(receive, fail);
      } catch {
        /* no worker: this thread below */
      }
    }
    return fallback(receive, fail);
  };
}

export interface RunOptions<P> {
  onProgress?: (progress: P) => void;
  signal?: AbortSignal;
  /** Transferables in the input (moved to the worker: the caller must not use them afterwards). */
  transfer?: Transferable[];
}

interface Pending {
  job: string;
  resolve: (r: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: (p: unknown) => void;
  unlisten: () => void;
}

export interface ClientOptions {
  /** How a cancelled run stops its worker: a `cancel` message (default) or terminating the worker. */
  cancel?: 'message' | 'terminate';
}

export class JobClient<J extends JobMap> {
  private port: Port | null = null;
  private nextId = 0;
  private pending = new Map<number, Pending>();

  constructor(
    private readonly open: OpenPort,
    private readonly options: ClientOptions = {}
  ) {}

  private ensurePort(): Port {
    if (!this.port) {
      const port: Port = this.open(
        (m) => this.receive(m),
        (e) => this.failAll(port, e)
      );
      this.port = port;
    }
    return this.port;
  }

  /** Starts the worker ahead of the first run (its script loads while the caller prepares the input). */
  warm(): this {
    this.ensurePort();
    return this;
  }

  /** Runs a job; resolves with its result, rejects with JobError, CancelledError or WorkerFailedError. */
  run<K extends keyof J & string>(job: K, input: J[K]['input'], opts: RunOptions<J[K]['progress']> = {}): Promise<J[K]['result']> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(new CancelledError(job));
    const port = this.ensurePort();
    const id = ++this.nextId;
    return new Promise<J[K]['result']>((resolve, reject) => {
      const onAbort = () => this.cancel(id);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        job,
        resolve: resolve as (r: unknown) => void,
        reject,
        onProgress: opts.onProgress as ((p: unknown) => void) | undefined,
        unlisten: () => signal?.removeEventListener('abort', onAbort)
      });
      port.post({ type: 'request', id, job, input }, opts.transfer);
    });
  }

  /** Sends a job whose answer nobody waits for (its errors are dropped too). */
  send<K extends keyof J & string>(job: K, input: J[K]['input']): void {
    this.run(job, input).catch(() => {});
  }

  /** Cancels every run that has not answered yet. */
  cancelAll(): void {
    for (const id of [...this.pending.keys()]) this.cancel(id);
  }

  /** Rejects every waiting run with CancelledError and stops the worker. */
  close(): void {
    const port = this.port;
    this.port = null;
    this.settleAll((p) => p.reject(new CancelledError(p.job)));
    port?.close();
  }

  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.unlisten();
    p.reject(new CancelledError(p.job));
    if (this.options.cancel === 'terminate') {
      // the job runs as one block: only stopping the worker stops it (its other runs fail with it)
      const port = this.port;
      this.port = null;
      this.settleAll((q) => q.reject(new CancelledError(q.job)));
      port?.close();
    } else this.port?.post({ type: 'cancel', id });
  }

  private settleAll(f: (p: Pending) => void): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      p.unlisten();
      f(p);
    }
  }

  private failAll(port: Port, e: Error): void {
    if (this.port !== port) return;
    this.port = null;
    port.close();
    this.settleAll((p) => p.reject(e));
  }

  private receive(m: FromWorker): void {
    const p = this.pending.get(m.id);
    if (!p) return; // cancelled, or from a replaced worker
    if (m.type === 'progress') {
      p.onProgress?.(m.progress);
      return;
    }
    this.pending.delete(m.id);
    p.unlisten();
    if (m.type === 'result') p.resolve(m.result);
    else if (m.error.name === 'CancelledError') p.reject(new CancelledError(p.job));
    else p.reject(new JobError(p.job, m.error));
  }
}
