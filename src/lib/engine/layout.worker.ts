/**
 * Web Worker running the explorer's force layout (layout-host.ts): d3-force ticks here, never on the page's main
 * thread; positions go back as transferred Float64Arrays.
 */
import { serveJobs } from './host';
import { createLayoutJobs } from './layout-host';

serveJobs(createLayoutJobs());
