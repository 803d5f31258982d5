/**
 * Bench suite "build": the whole build step (buildConceptGraph: parse -> match -> co-mention -> graph) run
 * in-process, no file I/O timed.
 * - build.bundled.*: the bundled transcript and catalog, median and p90 of >= 10 runs after warm-up, plus the
 *   median time of each stage (taken from buildConceptGraph's onProgress calls).
 * - build.scale.*: a synthetic transcript at 1x, 10x and 100x of a base size close to the bundled file (110 KB
 *   -> 11 MB) with one synthetic 100-concept catalog; the ratio t(100x) / t(1x) should stay <= 110 (near-linear).
 *   build.scale.ratio.text.cpu is the same ratio for the text-dependent stages only (parse + match + cooccur), in
 *   CPU time: the graph stage (Louvain, centralities, layout) costs about the same at every size, which flatters
 *   the total, and wall-clock stage times of multi-second runs swing with the machine's load.
 *
 * `.cpu` results: the same medians in process CPU time (see stats.ts), informative on a busy machine.
 * Quick mode: 11 KB base, 3 runs; same result names.
 */
import type { Catalog } from '../../src/lib/core/contract/types';
import { buildConceptGraph } from '../../src/lib/core/build';
import { benchSource, loadBundled, toMB } from '../inputs';
import { atMost, result, sampled } from '../result';
import { measure, median } from '../stats';
import { syntheticCatalog, syntheticTranscript, utf8Length } from '../synthetic';
import type { BenchOptions, BenchResult, BenchSuite } from '../types';

export const STAGES = ['parse', 'match', 'cooccur', 'graph'] as const;
export type Stage = (typeof STAGES)[number];

/** Stage of a buildConceptGraph progress message (see src/lib/core/build.ts), or null if unknown. */
export function stageOf(message: string): Stage | null {
  if (/^pars/i.test(message)) return 'parse';
  if (/^match/i.test(message)) return 'match';
  if (/^count/i.test(message)) return 'cooccur';
  if (/^communit|layout/i.test(message)) return 'graph';
  return null;
}

export interface TimedBuild {
  /** Wall time of each stage in ms (stages the build did not announce are absent). */
  stages: Partial<Record<Stage, number>>;
  /** Process CPU time of each stage in ms. */
  stagesCpu: Partial<Record<Stage, number>>;
  nodes: number;
  edges: number;
  passages: number;
}

/** One buildConceptGraph run with per-stage times (each stage lasts from its progress call to the next one). */
export function timedBuild(text: string, catalog: Catalog, file: string): TimedBuild {
  const marks: { stage: Stage | null; t: number; cpu: number }[] = [];
  const cpuNow = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const { graph, document } = buildConceptGraph({
    text,
    catalog,
    source: benchSource(file),
    format: 'markdown',
    onProgress: (message) => marks.push({ stage: stageOf(message), t: performance.now(), cpu: cpuNow() })
  });
  const end = performance.now();
  const endCpu = cpuNow();
  const stages: Partial<Record<Stage, number>> = {};
  const stagesCpu: Partial<Record<Stage, number>> = {};
  marks.forEach((m, i) => {
    if (!m.stage) return;
    stages[m.stage] = (stages[m.stage] ?? 0) + ((marks[i + 1]?.t ?? end) - m.t);
    stagesCpu[m.stage] = (stagesCpu[m.stage] ?? 0) + ((marks[i + 1]?.cpu ?? endCpu) - m.cpu);
  });
  return { stages, stagesCpu, nodes: graph.nodes.length, edges: graph.edges.length, passages: document.passages.length };
}

function stageResults(prefix: string, runs: TimedBuild[]): BenchResult[] {
  return STAGES.filter((s) => runs.every((r) => r.stages[s] !== undefined)).map((s) =>
    result(`${prefix}.stage.${s}`, median(runs.map((r) => r.stages[s] as number)), 'ms')
  );
}

const SCALES = [1, 10, 100] as const;

export const buildSuite: BenchSuite = {
  name: 'build',
  description: 'build step in-process: bundled transcript end to end, and scaling at 1x / 10x / 100x input',
  resultNames: [
    'build.bundled.median',
    'build.bundled.p90',
    'build.bundled.cpu',
    ...STAGES.map((s) => `build.bundled.stage.${s}`),
    'build.bundled.size',
    'build.scale.1x',
    'build.scale.10x',
    'build.scale.100x',
    'build.scale.ratio',
    'build.scale.ratio.cpu',
    'build.scale.ratio.text.cpu',
    ...STAGES.map((s) => `build.scale.100x.stage.${s}`),
    'build.scale.100x.size'
  ],
  async run(options: BenchOptions): Promise<BenchResult[]> {
    const { quick, log } = options;
    const out: BenchResult[] = [];

    // Bundled transcript, end to end.
    const bundled = loadBundled(options.root);
    log(`build: bundled transcript (${(bundled.bytes / 1024).toFixed(0)} KB, ${bundled.catalog.concepts.length} concepts)`);
    const b = await measure(() => timedBuild(bundled.text, bundled.catalog, bundled.fileName), { warmup: quick ? 1 : 3, runs: quick ? 3 : 15 });
    const shape = b.values[0];
    log(`build: bundled -> ${shape.passages} passages, ${shape.nodes} nodes, ${shape.edges} edges; runs ${b.times.map((t) => t.toFixed(0)).join(' ')} ms`);
    out.push(
      sampled('build.bundled.median', b.times, 'ms', atMost(150)),
      result('build.bundled.p90', b.p90, 'ms'),
      sampled('build.bundled.cpu', b.cpuTimes, 'ms')
    );
    out.push(...stageResults('build.bundled', b.values));
    out.push(result('build.bundled.size', toMB(bundled.bytes), 'MB'));

    // Scaling: same catalog, 1x / 10x / 100x of a bundled-sized synthetic transcript.
    const baseBytes = quick ? 11_000 : 110_000;
    const catalog = syntheticCatalog({ concepts: 100, seed: 3 });
    const times: Record<number, number> = {};
    const cpu: Record<number, number> = {};
    const textStages: Record<number, number> = {};
    for (const scale of SCALES) {
      const text = syntheticTranscript({ catalog, bytes: baseBytes * scale, seed: 5 });
      const bytes = utf8Length(text);
      const plan = quick
        ? { warmup: 1, runs: scale === 100 ? 1 : 3 }
        : scale === 1
          ? { warmup: 3, runs: 15 }
          : scale === 10
            ? { warmup: 1, runs: 7, budgetMs: 20_000 }
            : { warmup: 1, runs: 5, budgetMs: 60_000, minRuns: 3 };
      log(`build: scale ${scale}x (${toMB(bytes).toFixed(2)} MB synthetic, ${catalog.concepts.length} concepts)`);
      const m = await measure(() => timedBuild(text, catalog, `synthetic-${scale}x.md`), plan);
      const v = m.values[0];
      log(`build: ${scale}x -> ${v.passages} passages, ${v.nodes} nodes, ${v.edges} edges; runs ${m.times.map((t) => t.toFixed(0)).join(' ')} ms`);
      times[scale] = m.median;
      cpu[scale] = m.cpuMedian;
      textStages[scale] = median(m.values.map((r) => (r.stagesCpu.parse ?? 0) + (r.stagesCpu.match ?? 0) + (r.stagesCpu.cooccur ?? 0)));
      out.push(sampled(`build.scale.${scale}x`, m.times, 'ms'));
      if (scale === 100) {
        out.push(...stageResults('build.scale.100x', m.values));
        out.push(result('build.scale.100x.size', toMB(bytes), 'MB'));
      }
    }
    out.push(result('build.scale.ratio', times[100] / times[1], 'x', atMost(110)), result('build.scale.ratio.cpu', cpu[100] / cpu[1], 'x'));
    // The graph stage depends on the number of concepts, not on the text size; this ratio leaves it out.
    if (textStages[1] > 0) out.push(result('build.scale.ratio.text.cpu', textStages[100] / textStages[1], 'x'));
    return out;
  }
};
