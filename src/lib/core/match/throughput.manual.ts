/**
 * Manual throughput check for the matcher (not a test, no assertions): `npx tsx src/lib/core/match/throughput.manual.ts`
 *
 * Builds a seeded synthetic catalog of 1,000 aliases (half English words / phrases, half 2-5 character Chinese
 * terms) and ~10 MB (UTF-8) of text per scenario with ~1 alias occurrence per 40 characters, then times
 * findMentions over the whole text and matchPassages over ~400-character passages. Prints MB/s (UTF-8 bytes)
 * and million UTF-16 units per second, best of 7 runs after a warm-up, measured in process CPU time (Node's
 * process.cpuUsage, so time spent waiting for a busy CPU is not counted), next to a trivial one-lookup-per-unit
 * loop over the same text as a machine reference.
 * No fs, no DOM.
 */
import type { Catalog, Passage } from '../contract/types';
import { compileMatcher, findMentions, matchPassages } from './index';
import { seededRandom } from '../layout/random';

const rand = seededRandom(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const letters = [...'abcdefghijklmnopqrstuvwxyz'];
const word = () => Array.from({ length: int(3, 9) }, () => pick(letters)).join('');
const hanzi = () => String.fromCharCode(0x4e00 + int(0, 2999));

// 1,000 aliases: 500 English (1-3 words, some capitalised, some with digits/hyphens), 500 Chinese (2-5 chars).
const seen = new Set<string>();
const aliases: string[] = [];
while (aliases.length < 500) {
  let a = Array.from({ length: int(1, 3) }, word).join(' ');
  if (rand() < 0.2) a = a[0].toUpperCase() + a.slice(1);
  if (rand() < 0.1) a += '-' + int(1, 9);
  if (!seen.has(a.toLowerCase())) {
    seen.add(a.toLowerCase());
    aliases.push(a);
  }
}
while (aliases.length < 1000) {
  const a = Array.from({ length: int(2, 5) }, hanzi).join('');
  if (!seen.has(a)) {
    seen.add(a);
    aliases.push(a);
  }
}
const catalog: Catalog = {
  concepts: Array.from({ length: 250 }, (_, i) => ({ id: `c${i}`, label: { en: `c${i}` }, aliases: aliases.slice(i * 4, i * 4 + 4) }))
};

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** ~`bytes` of UTF-8 text: filler from `filler()`, an alias every ~40 units. */
function makeText(bytes: number, filler: () => string): string {
  const parts: string[] = [];
  let size = 0;
  let sinceAlias = 0;
  while (size < bytes) {
    let p: string;
    if (sinceAlias > 40) {
      p = pick(aliases);
      if (rand() < 0.3) p = p.toUpperCase();
      sinceAlias = 0;
    } else {
      p = filler();
      sinceAlias += p.length;
    }
    parts.push(p);
    size += p.length * (p.charCodeAt(0) > 0x7ff ? 3 : 1);
  }
  return parts.join('');
}

const english = () => (rand() < 0.1 ? '. ' : ' ') + word();
const chinese = () => (rand() < 0.05 ? '。' : rand() < 0.1 ? '，' : '') + hanzi() + hanzi();
const mixed = () => (rand() < 0.5 ? english() : chinese());

/** CPU time of this process in ms when available (Node), so a busy machine's run-queue waits don't count. */
const cpu = (): number => {
  const usage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : performance.now();
};

/** Best of 7 runs after a warm-up, in CPU ms (wall ms outside Node). */
function time(fn: () => unknown): number {
  fn(); // warm-up
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t0 = cpu();
    fn();
    best = Math.min(best, cpu() - t0);
  }
  return best;
}

const t0 = performance.now();
const matcher = compileMatcher(catalog);
const compileMs = performance.now() - t0;
console.log(`compile: ${catalog.concepts.length} concepts, ${aliases.length} aliases, ${matcher.automaton?.stateCount} states in ${compileMs.toFixed(1)} ms (first compile includes the fold table)`);

for (const [name, filler] of [
  ['English', english],
  ['Chinese', chinese],
  ['mixed zh/en', mixed]
] as const) {
  const text = makeText(10 * 1024 * 1024, filler);
  const mb = utf8Bytes(text) / (1024 * 1024);
  let count = 0;
  const whole = time(() => (count = findMentions(matcher, text).length));
  // The same text as ~400-unit passages (what the build does).
  const passages: Passage[] = [];
  for (let s = 0, i = 0; s < text.length; s += 400, i++) {
    const t = text.slice(s, s + 400);
    passages.push({ id: `p${i}`, kind: 'paragraph', section: null, speaker: null, text: t, start: s, end: s + t.length, lineStart: 1, lineEnd: 1, time: null });
  }
  const perPassage = time(() => matchPassages(matcher, passages));
  // Machine reference: the cheapest possible pass (read every unit, one table lookup), same text.
  const table = new Int32Array(0x10000);
  let sink = 0;
  const trivial = time(() => {
    for (let i = 0; i < text.length; i++) sink += table[text.charCodeAt(i)];
  });
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0)} MB/s, ${(text.length / 1e6 / (ms / 1000)).toFixed(0)} M units/s`;
  console.log(
    `${name.padEnd(12)} ${mb.toFixed(1)} MB (${(text.length / 1e6).toFixed(1)} M units), ${count} mentions | ` +
      `findMentions whole text ${whole.toFixed(0)} ms = ${rate(whole)} | matchPassages (${passages.length} passages) ${perPassage.toFixed(0)} ms = ${rate(perPassage)}` +
      ` | reference loop ${trivial.toFixed(0)} ms = ${rate(trivial)}${sink ? '' : ''}`
  );
}
