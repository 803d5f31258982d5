/**
 * The page's side of the build worker: `buildGraph(request, {onProgress, signal})` builds in a Web Worker
 * (build.worker.ts) and answers the graph; where there are no workers (tests, server rendering) the same job runs in
 * this thread, loaded on first use. Cancelling (the signal) terminates the worker: the build is one synchronous
 * block, which no message could interrupt; the next build starts a fresh one. Never touches the DOM.
 */
import { JobClient, preferWorker, threadPort, type RunOptions } from './client';
import type { BuildJobs, BuildProgress, BuildRequest, BuildResult } from './build-host';

export type { BuildProgress, BuildRequest, BuildResult, BuildWarning, OpenedFile } from './build-host';

let client: JobClient<BuildJobs> | null = null;
/**
 * The host of the thread fallback, by a path the bundler does not follow: the page always has workers, and with
 * `import('./build-host')` in the page's graph the bundler put the build's modules (layout, d3-force) in chunks
 * the first view loads (+18 KB). Node (tests) resolves it at run time.
 */
const HOST = './build-host';

function buildClient(): JobClient<BuildJobs> {
  return (client ??= new JobClient<BuildJobs>(
    preferWorker(
      () => new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' }),
      threadPort(async () => ((await import(/* @vite-ignore */ HOST)) as typeof import('./build-host')).buildJobs)
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
