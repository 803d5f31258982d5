/**
 * The one fast-check configuration of the test suites: every property runs seeded, so a run is reproducible and a
 * failure names a seed and a path that replay it. Loaded by vitest as a setup file (vite.config.ts), which calls
 * `fc.configureGlobal` before each test file; property files import FC_RUNS only to scale a costly property down.
 *
 *   FC_SEED=1234 npx vitest run --project unit     another seed (any 32-bit integer)
 *   FC_RUNS=10000 npx vitest run src/lib/core/match  more runs per property
 *
 * Every counterexample a seed ever found is pinned as a plain test or an `examples:` entry beside its property,
 * so it keeps being checked whatever the seed.
 */
import fc from 'fast-check';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer (got "${raw}")`);
  return n;
}

/** Seed of every property (default 0x5eed). */
export const FC_SEED = envInt('FC_SEED', 0x5eed);
/** Runs per property (default 1000). */
export const FC_RUNS = envInt('FC_RUNS', 1000);

if (FC_RUNS < 1) throw new Error(`FC_RUNS must be at least 1 (got ${FC_RUNS})`);

/** A share of FC_RUNS for a property whose single run is costly (at least one run). */
export const runsOf = (share: number): number => Math.max(1, Math.ceil(FC_RUNS * share));

fc.configureGlobal({ seed: FC_SEED, numRuns: FC_RUNS });
