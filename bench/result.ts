/**
 * Building `BenchResult`s: a value with its unit and, optionally, a target such as `<= 150 ms` that is checked
 * right here so `target` and `met` can never disagree; `sampled` makes the median of samples with their spread.
 * Pure.
 */
import { median, spreadOf } from './stats';
import type { BenchResult, Spread } from './types';

export type Comparison = '<=' | '<' | '>=' | '>';

export interface Target {
  op: Comparison;
  limit: number;
  /** Unit shown in the target text; defaults to the result's unit. */
  unit?: string;
}

export const atMost = (limit: number, unit?: string): Target => ({ op: '<=', limit, unit });
export const below = (limit: number, unit?: string): Target => ({ op: '<', limit, unit });
export const atLeast = (limit: number, unit?: string): Target => ({ op: '>=', limit, unit });
export const above = (limit: number, unit?: string): Target => ({ op: '>', limit, unit });

function check(value: number, t: Target): boolean {
  switch (t.op) {
    case '<=':
      return value <= t.limit;
    case '<':
      return value < t.limit;
    case '>=':
      return value >= t.limit;
    case '>':
      return value > t.limit;
  }
}

/** Rounds to a few significant digits for the JSON (timings are not meaningful beyond that). */
export function roundValue(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 4 - Math.ceil(Math.log10(Math.abs(value))));
  const f = 10 ** Math.min(digits, 6);
  return Math.round(value * f) / f;
}

/** A result; with a target, `met` says whether the (rounded) value meets it. Throws on a non-finite value. */
export function result(name: string, value: number, unit: string, target?: Target): BenchResult {
  if (!Number.isFinite(value)) throw new RangeError(`bench result ${name}: value ${value} is not a finite number`);
  const v = roundValue(value);
  if (!target) return { name, value: v, unit, target: null, met: null };
  return { name, value: v, unit, target: `${target.op} ${target.limit} ${target.unit ?? unit}`, met: check(v, target) };
}

/** The median of `samples` with their spread (count, min, p10, p90, max); throws on an empty or non-finite list. */
export function sampled(name: string, samples: readonly number[], unit: string, target?: Target): BenchResult {
  if (samples.length === 0) throw new RangeError(`bench result ${name}: no samples`);
  const bad = samples.find((x) => !Number.isFinite(x));
  if (bad !== undefined) throw new RangeError(`bench result ${name}: sample ${bad} is not a finite number`);
  const s = spreadOf(samples);
  const spread: Spread = { n: s.n, min: roundValue(s.min), p10: roundValue(s.p10), p90: roundValue(s.p90), max: roundValue(s.max) };
  return { ...result(name, median(samples), unit, target), spread };
}
