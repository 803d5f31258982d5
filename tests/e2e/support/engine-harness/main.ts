/**
 * A bare page around the build worker's client, for tests/e2e/build-worker.spec.ts: `tgBuild` fetches the
 * transcript and catalog served beside it and builds them in the worker, answering the graph file's text (the CLI's
 * JSON), the progress it saw and whether the page's thread stayed free (frames kept coming during the build).
 */
import { buildGraph, type BuildProgress } from '../../../../src/lib/engine/build-client';
import { CancelledError } from '../../../../src/lib/engine/protocol';
import { toJson } from '../../../../src/lib/core/export/json';

const bytes = (url: string) => fetch(url).then((r) => r.arrayBuffer());

async function tgBuild(files: { transcript: string; catalog: string; title?: string }) {
  const [t, c] = await Promise.all([bytes(`./${files.transcript}`), bytes(`./${files.catalog}`)]);
  const progress: BuildProgress[] = [];
  let frames = 0;
  let counting = true;
  const count = () => {
    frames++;
    if (counting) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  const t0 = performance.now();
  try {
    const r = await buildGraph({ transcript: { name: files.transcript, bytes: t }, catalog: { name: files.catalog, bytes: c }, title: files.title }, { onProgress: (p) => progress.push(p) });
    return { json: toJson(r.graph), progress, ms: performance.now() - t0, frames };
  } finally {
    counting = false;
  }
}

async function tgCancel(files: { transcript: string; catalog: string }) {
  const [t, c] = await Promise.all([bytes(`./${files.transcript}`), bytes(`./${files.catalog}`)]);
  const ctl = new AbortController();
  const run = buildGraph({ transcript: { name: files.transcript, bytes: t }, catalog: { name: files.catalog, bytes: c } }, { onProgress: (p) => p.step === 3 && ctl.abort(), signal: ctl.signal });
  try {
    await run;
    return 'finished';
  } catch (e) {
    return e instanceof CancelledError ? 'cancelled' : String(e);
  }
}

async function tgBadInput() {
  const r = await buildGraph({ transcript: { name: 'talk.md', bytes: new Uint8Array([0x23, 0x20, 0xc3, 0x28, 0x0a]) }, catalog: { name: 'c.json', bytes: new TextEncoder().encode('{"concepts":[]}') } }).catch((e) => e);
  return { name: r?.name, kind: r?.kind, text: r?.text };
}

Object.assign(window, { tgBuild, tgCancel, tgBadInput });
