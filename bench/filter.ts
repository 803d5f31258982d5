/**
 * The `--only` filter: dotted row-name prefixes (`page`, `page.bundled`, `page.bundled.first-click`). A prefix
 * matches a row when it is the row's name or the name continues it at a dot, so `page.bundled.hydrated` keeps
 * `page.bundled.hydrated.cpu` beside it and `page.1k` does not keep `page.1k0`. Pure: no suite knowledge beyond
 * the names it is given.
 */
import type { BenchSuite } from './types';

/** Whether `name` is `prefix` or continues it after a dot. */
export const isUnder = (name: string, prefix: string): boolean => name === prefix || name.startsWith(`${prefix}.`);

export interface RowFilter {
  /** The prefixes asked for; empty means everything. */
  readonly prefixes: readonly string[];
  /** Whether a result row is kept. */
  matches(name: string): boolean;
  /**
   * Whether any wanted row lies under `group` or `group` lies under a wanted prefix: `page.bundled` is wanted by
   * `--only page` and by `--only page.bundled.first-click`, not by `--only page.5k`.
   */
  wants(group: string): boolean;
}

export function rowFilter(prefixes: readonly string[]): RowFilter {
  const list = [...prefixes];
  return {
    prefixes: list,
    matches: (name) => list.length === 0 || list.some((p) => isUnder(name, p)),
    wants: (group) => list.length === 0 || list.some((p) => isUnder(p, group) || isUnder(group, p))
  };
}

/**
 * Why a prefix selects nothing, or null when it selects at least one registered row: its first segment must name
 * a suite, and one of that suite's result names must lie under it.
 */
export function prefixProblem(prefix: string, suites: readonly BenchSuite[]): string | null {
  const suiteName = prefix.split('.')[0];
  const suite = suites.find((s) => s.name === suiteName);
  if (!suite) return `unknown suite "${suiteName}" (known: ${suites.map((s) => s.name).join(', ')}) in --only ${prefix}`;
  if (prefix !== suiteName && !suite.resultNames.some((n) => isUnder(n, prefix)))
    return `no result of suite ${suiteName} is named ${prefix} or starts with "${prefix}." (see the table of a full run, or bench/README.md)`;
  return null;
}
