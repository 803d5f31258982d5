/**
 * The page's side of the loading worker (graph-load.worker.ts): `checkGraphBytes` hands a copy of a large graph
 * file's bytes to the worker, shows its preview picture when asked, and answers null (a sound graph) or the
 * problem. The worker can be started ahead of the data (`prepareGraphLoad`) and stops once it has answered. Where
 * there are no workers, or the worker cannot run, the same check runs in this thread (without a preview).
 */
import type { PreviewOptions } from '../viz/canvas-model';
import type { PreviewPicture } from '../viz/canvas-draw';
import { JobClient, preferWorker, threadPort } from './client';
import type { GraphFileProblem } from './graph-file';
import type { GraphLoadJobs, PreviewFrame } from './graph-load-host';
import { WorkerFailedError } from './protocol';

export type { PreviewFrame, PreviewPicture };

const inThread = threadPort<GraphLoadJobs>(async () => (await import('./graph-load-host')).graphLoadJobs);
let worker: JobClient<GraphLoadJobs> | null = null;
const loader = () => (worker ??= new JobClient<GraphLoadJobs>(preferWorker(() => new Worker(new URL('./graph-load.worker.ts', import.meta.url), { type: 'module' }), inThread)));

/** Starts the loading worker ahead of the data (its script loads and compiles while the file downloads). */
export function prepareGraphLoad(): void {
  loader().warm();
}

export interface PreviewRequest {
  options: PreviewOptions;
  frame?: PreviewFrame;
  /** Called with the picture (drawn in the worker, or its display cache). */
  onPicture: (picture: PreviewPicture) => void;
}

/** Parses and validates the file's bytes off this thread (the worker gets its own copy); may show a preview first. */
export async function checkGraphBytes(bytes: ArrayBuffer, url: string, preview?: PreviewRequest): Promise<GraphFileProblem | null> {
  const client = loader();
  const copy = bytes.slice(0); // moved, not cloned: the worker decodes and parses it while this thread stays free
  try {
    return await client.run('check', { bytes: copy, url, preview: preview ? { options: preview.options, frame: preview.frame ?? null } : null }, { transfer: [copy], onProgress: preview?.onPicture });
  } catch (e) {
    if (!(e instanceof WorkerFailedError)) throw e;
    return new JobClient<GraphLoadJobs>(inThread).run('check', { bytes, url, preview: null });
  } finally {
    client.close();
  }
}
