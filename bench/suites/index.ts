/**
 * The registry of bench suites, in run order. To add one: write bench/suites/<name>.ts exporting a `BenchSuite`
 * (see ../types.ts) and append it here. `npm run bench -- --only <name>` runs just that one.
 */
import type { BenchSuite } from '../types';
import { buildSuite } from './build';
import { discoverSuite } from './discover';
import { matchSuite } from './match';
import { openSuite } from './open';
import { pageSuite } from './page';
import { sigmaSuite } from './sigma';

export const SUITES: readonly BenchSuite[] = [buildSuite, matchSuite, pageSuite, sigmaSuite, discoverSuite, openSuite];
