/**
 * The page's side of the build worker: `buildGraph(request, {onProgress, signal})` builds in a Web Worker
 * (build.worker.ts) and answers the graph; where there are no workers (tests, server rendering) the same job runs in
 * this thread, loaded on first use. Cancelling (the signal) terminates the worker: the build is one synchronous
 * block, which no message could interrupt; the next build starts a fresh one. Never touches the DOM.
 */
import { JobClient, preferWorker, threadPort, type RunOptions } from './client';
import type { BuildJobs, BuildProgress, BuildRequest, BuildResult } from './build-host';

export type { BuildProgress, BuildRequest, BuildResult, BuildWarning, OpenedFile } from './build-host';
export { BUILD_STEPS, DISCOVER_STEPS } from './build-host';

let client: JobClient<BuildJobs> | null = null;

function buildClient(): JobClient<BuildJobs> {
  return (client ??= new JobClient<BuildJobs>(
    preferWorker(
      () => new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' }),
      threadPort(async () => (await import('./build-host')).buildJobs)
    ),
    { cancel: 'terminate' }
  ));
}

/** Starts the build worker ahead of the first build (while the user picks a file). */
export function prepareBuild(): void {
  buildClient().warm();
}

/**
 * Builds the graph. The file bytes are copied to the worker (the caller keeps its own); rejects with JobError for
 * bad input (its `text` is the CLI's message), CancelledError when the signal aborts.
 */
export function buildGraph(request: BuildRequest, opts: Omit<RunOptions<BuildProgress>, 'transfer'> = {}): Promise<BuildResult> {
  return buildClient().run('build', request, opts);
}
