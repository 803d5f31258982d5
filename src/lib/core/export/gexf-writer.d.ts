// Types for graphology-gexf's environment-neutral writer (the package types only its browser/node endpoints,
// and the browser endpoint touches DOMParser at import time, which breaks in Node).
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology-types';
  export default function write(graph: Graph, options?: { version?: '1.2' | '1.3'; pretty?: boolean; pedantic?: boolean }): string;
}
