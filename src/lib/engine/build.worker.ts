/**
 * Web Worker building a concept graph from opened files (build-host.ts), so a build of a long transcript never
 * blocks the page. Its client is build-client.ts.
 */
import '../core/contract/zod-jitless'; // first: zod must not probe `new Function` (the page's CSP reaches its workers)
import { serveJobs } from './host';
import { buildJobs } from './build-host';

serveJobs(buildJobs);
