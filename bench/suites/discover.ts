/**
 * Bench suite "discover": the discovery stage (src/lib/core/discover) in Node.
 * - discover.load.{zh,en}: first load of a language's resources in this process (jieba-wasm with its dictionary
 *   warmed up, or wink-nlp and its English model, plus the common-word lists).
 * - discover.{bundled,en-fixture,zh-fixture}: discoverConcepts, top 100, median of warm runs (parse untimed).
 * - discover.1mb: the bundled transcript repeated to about 1 MB of UTF-8 (quick: 0.2 MB) under fresh headings.
 * - discover.recall*: answer-key concepts among the first 50 / 100 candidates of the bundled transcript.
 * - discover.size.*: gzip sizes of what a page would download to discover (jieba's .wasm only for Chinese).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseCatalog } from '../../src/lib/core/catalog/load';
import { discoverConcepts, documentLanguage, loadDiscoveryResources } from '../../src/lib/core/discover';
import { recallAt } from '../../src/lib/core/discover/quality';
import type { DiscoveryResources } from '../../src/lib/core/discover/types';
import { parseTranscript } from '../../src/lib/core/parse';
import { BUNDLED_CATALOG, BUNDLED_TRANSCRIPT } from '../inputs';
import { atLeast, atMost, result } from '../result';
import { measure } from '../stats';
import type { BenchResult, BenchSuite } from '../types';

const require = createRequire(import.meta.url);
const gzipKiB = (file: string) => gzipSync(readFileSync(file)).length / 1024;

export const discoverSuite: BenchSuite = {
  name: 'discover',
  description: 'concept discovery: load, bundled / fixtures / 1 MB, recall against the answer key, download sizes',
  resultNames: [
    'discover.load.zh',
    'discover.load.en',
    'discover.bundled',
    'discover.en-fixture',
    'discover.zh-fixture',
    'discover.1mb',
    'discover.recall50.bundled',
    'discover.recall100.bundled',
    'discover.size.jieba-wasm',
    'discover.size.wink-model',
    'discover.size.common-words'
  ],
  async run({ quick, root, log }) {
    const out: BenchResult[] = [];
    const read = (p: string) => readFileSync(join(root, p), 'utf8');
    let t = performance.now();
    const zh = await loadDiscoveryResources('zh');
    out.push(result('discover.load.zh', performance.now() - t, 'ms', atMost(3000)));
    t = performance.now();
    const en = await loadDiscoveryResources('en');
    out.push(result('discover.load.en', performance.now() - t, 'ms', atMost(3000)));
    const runs = quick ? 2 : 7;
    const time = async (name: string, text: string, limit: number, res: DiscoveryResources) => {
      const doc = parseTranscript(text, { fileName: `${name}.md` });
      const m = await measure(() => discoverConcepts(doc, res, { top: 100 }), { warmup: 1, runs, budgetMs: 20_000, minRuns: 2 });
      log(`discover: ${name} ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB UTF-8, runs ${m.times.map((x) => x.toFixed(0)).join(' ')} ms`);
      out.push(result(`discover.${name}`, m.median, 'ms', atMost(limit)));
      return m.values[0];
    };
    const bundledText = read(BUNDLED_TRANSCRIPT);
    const bundled = await time('bundled', bundledText, 1000, zh);
    await time('en-fixture', read('tests/fixtures/discover/batteries.en.md'), 1000, en);
    await time('zh-fixture', read('tests/fixtures/discover/chips.zh.md'), 1000, zh);
    const target = quick ? 200_000 : 1_000_000;
    const parts: string[] = [];
    const bytes = Buffer.byteLength(bundledText);
    for (let i = 0, size = 0; size < target; i++, size += bytes) parts.push(`# Copy ${i + 1}\n\n${bundledText.replace(/^(#+) /gm, `$1 ${i + 1}. `)}`);
    const big = parts.join('\n\n');
    const bigDoc = parseTranscript(big, { fileName: 'big.md' });
    if (documentLanguage(bigDoc) !== 'zh') throw new Error('discover: the 1 MB input should be Chinese');
    await time('1mb', big, 5000, zh);
    const key = parseCatalog(read(BUNDLED_CATALOG), BUNDLED_CATALOG).catalog;
    out.push(result('discover.recall50.bundled', recallAt(bundled.candidates, key, 50), 'concepts', atLeast(27)));
    out.push(result('discover.recall100.bundled', recallAt(bundled.candidates, key, 100), 'concepts', atLeast(40)));
    out.push(result('discover.size.jieba-wasm', gzipKiB(join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm')), 'KiB gzip'));
    // wink-nlp and its model as a browser bundle would ship them (minified), gzipped.
    const bundle = await build({
      stdin: { contents: "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; globalThis.x = [w, m];", resolveDir: root },
      bundle: true,
      minify: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent'
    });
    out.push(result('discover.size.wink-model', gzipSync(bundle.outputFiles[0].contents).length / 1024, 'KiB gzip'));
    const data = join(root, 'src/lib/core/discover/data');
    out.push(result('discover.size.common-words', gzipKiB(join(data, 'zh-common.ts')) + gzipKiB(join(data, 'en-common.ts')), 'KiB gzip'));
    return out;
  }
};
