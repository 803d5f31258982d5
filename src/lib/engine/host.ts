/**
 * The worker's side of the protocol (protocol.ts): turns a map of job handlers into a message handler. Each request
 * runs its handler with a context (progress, cancellation signal, transferables for the result) and is answered by
 * exactly one result or error; a cancelled request is answered `CancelledError` and its progress stops. A
 * synchronous handler is answered synchronously. Runs in a worker (`serveJobs`) or in the page's own thread
 * (client.ts `threadPort`, tests). Must not touch the DOM.
 */
import { CancelledError, toWireError, type FromWorker, type JobMap, type ToWorker } from './protocol';

export interface JobContext<P> {
  /** Reports progress; transferables are moved, not copied. Ignored once the request was cancelled. */
  progress(progress: P, transfer?: Transferable[]): void;
  /** Aborted when the caller cancels the request (or a newer request replaces it, where the job says so). */
  readonly signal: AbortSignal;
  /** Transferables of the result (moved with it). */
  transfer(...items: Transferable[]): void;
}

export type JobHandler<I, P, R> = (input: I, ctx: JobContext<P>) => R | Promise<R>;
export type JobHandlers<J extends JobMap> = { [K in keyof J]: JobHandler<J[K]['input'], J[K]['progress'], J[K]['result']> };
export type Post = (msg: FromWorker, transfer?: Transferable[]) => void;

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

/** A message handler serving `handlers`; replies go through `post`. */
export function createJobHost<J extends JobMap>(handlers: JobHandlers<J>, post: Post): (msg: ToWorker<J>) => void {
  const running = new Map<number, AbortController>();
  return (msg) => {
    if (msg.type === 'cancel') {
      running.get(msg.id)?.abort();
      return;
    }
    const { id, job } = msg;
    const handler = Object.hasOwn(handlers, job) ? handlers[job] : undefined;
    if (!handler) {
      post({ type: 'error', id, error: { name: 'JobError', message: `unknown job: ${String(job)}` } });
      return;
    }
    const control = new AbortController();
    running.set(id, control);
    const transfer: Transferable[] = [];
    const ctx: JobContext<unknown> = {
      progress: (progress, t) => {
        if (!control.signal.aborted) post({ type: 'progress', id, progress }, t);
      },
      signal: control.signal,
      transfer: (...items) => void transfer.push(...items)
    };
    const fail = (e: unknown) => {
      running.delete(id);
      post({ type: 'error', id, error: toWireError(control.signal.aborted ? new CancelledError(job) : e) });
    };
    const done = (result: unknown) => {
      if (control.signal.aborted) return fail(null);
      running.delete(id);
      post({ type: 'result', id, result }, transfer);
    };
    let out: unknown;
    try {
      out = (handler as JobHandler<unknown, unknown, unknown>)(msg.input, ctx);
    } catch (e) {
      return fail(e);
    }
    if (isThenable(out)) out.then(done, fail);
    else done(out);
  };
}

/** In a worker: serves `handlers` on this worker's messages. */
export function serveJobs<J extends JobMap>(handlers: JobHandlers<J>): void {
  const handle = createJobHost(handlers, (msg, transfer) => self.postMessage(msg, { transfer: transfer ?? [] }));
  self.onmessage = (e: MessageEvent<ToWorker<J>>) => handle(e.data);
}
