/** Shared by the bench harness tests (tests/unit/bench.test.ts, tests/integration/bench.test.ts). */

/** The result names the build and match bench suites must report (written out here, not read from the suites). */
export const BUILD_MATCH_RESULTS = [
  'build.bundled.median',
  'build.bundled.p90',
  'build.bundled.cpu',
  'build.bundled.stage.parse',
  'build.bundled.stage.match',
  'build.bundled.stage.cooccur',
  'build.bundled.stage.graph',
  'build.bundled.size',
  'build.scale.1x',
  'build.scale.10x',
  'build.scale.100x',
  'build.scale.ratio',
  'build.scale.ratio.cpu',
  'build.scale.ratio.text.cpu',
  'build.scale.100x.stage.parse',
  'build.scale.100x.stage.match',
  'build.scale.100x.stage.cooccur',
  'build.scale.100x.stage.graph',
  'build.scale.100x.size',
  'match.throughput',
  'match.throughput.cpu',
  'match.synthetic.ms',
  'match.synthetic.compile',
  'match.synthetic.size',
  'match.synthetic.naive.ms',
  'match.synthetic.naive.ratio',
  'match.synthetic.naive.ratio.cpu',
  'match.bundled.ms',
  'match.bundled.naive.ms',
  'match.bundled.naive.ratio',
  'match.bundled.naive.ratio.cpu'
];

/** Runner output captured line by line (stdout and stderr apart). */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}
