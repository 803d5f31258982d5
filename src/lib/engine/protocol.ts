/**
 * The one message protocol between the page and its Web Workers (build, graph loading, layout).
 *
 * The page sends `request {id, job, input}` and may send `cancel {id}`; the worker answers each request with any
 * number of `progress {id, progress}` and then exactly one `result {id, result}` or `error {id, error}`. Ids are
 * chosen by the client and unique per port. A job is typed by its input, progress and result (`JobSpec`); a worker
 * serves a map of jobs (`JobMap`). Errors cross the boundary as plain data (`WireError`): the class name, the
 * message and, for bad input (core InputError), where and what to do, so the page can word them like the CLI.
 * Types and small pure helpers only: no Worker, no DOM.
 */
import { TopicgraphError } from '../core/errors';

export interface JobSpec<I = unknown, P = unknown, R = unknown> {
  input: I;
  progress: P;
  result: R;
}
export type JobMap = Record<string, JobSpec>;

export type RequestMessage<J extends JobMap = JobMap, K extends keyof J & string = keyof J & string> = {
  type: 'request';
  id: number;
  job: K;
  input: J[K]['input'];
};
export type CancelMessage = { type: 'cancel'; id: number };
export type ToWorker<J extends JobMap = JobMap> = RequestMessage<J> | CancelMessage;

/** An error as it travels: `name` is the thrown class's name (`SourceError`, `CatalogError`, `CancelledError` ...). */
export interface WireError {
  name: string;
  message: string;
  /** For bad input (core InputError): file, line or JSON path, and what to do. */
  where?: { file: string; line?: number; column?: number; path?: string };
  hint?: string;
  /** The CLI's one-line wording of the error (InputError.format()), when it has one. */
  text?: string;
}

export type FromWorker<P = unknown, R = unknown> =
  | { type: 'progress'; id: number; progress: P }
  | { type: 'result'; id: number; result: R }
  | { type: 'error'; id: number; error: WireError };

/** A job was cancelled by its caller (an AbortSignal) or its worker was replaced; nothing is wrong. */
export class CancelledError extends TopicgraphError {
  constructor(job: string) {
    super(`${job}: cancelled`);
    this.name = 'CancelledError';
  }
}

/** A job failed in its worker: the original error's class name, message and (for bad input) where and hint. */
export class JobError extends TopicgraphError {
  readonly job: string;
  /** The original class name (`SourceError`, `CatalogError`, `LayoutSettingsError` ...). */
  readonly kind: string;
  /** The CLI's one-line wording (file:line: message. hint), else the message. */
  readonly text: string;
  constructor(job: string, e: WireError) {
    super(e.message, e.where ?? {}, e.hint ?? '');
    this.name = 'JobError';
    this.job = job;
    this.kind = e.name;
    this.text = e.text ?? e.message;
  }
}

/** The worker could not run at all (its script failed to load, it crashed): the page may run the job itself. */
export class WorkerFailedError extends TopicgraphError {
  constructor(message: string) {
    super(`worker failed: ${message}`);
    this.name = 'WorkerFailedError';
  }
}

/** Any thrown value as a WireError (InputError's where, hint and format() kept). */
export function toWireError(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const out: WireError = { name: e.name, message: e.message };
  const x = e as Error & { where?: WireError['where']; hint?: unknown; format?: unknown };
  if (x.where && typeof x.where.file === 'string') out.where = { ...x.where };
  if (typeof x.hint === 'string' && x.hint !== '') out.hint = x.hint;
  // the one-line wording of bad input (every TopicgraphError formats itself; a bare cancel has nothing to add)
  if (typeof x.format === 'function' && (out.hint !== undefined || out.where !== undefined)) {
    const text = (x.format as () => unknown).call(e);
    if (typeof text === 'string') out.text = text;
  }
  return out;
}
