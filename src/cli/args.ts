/**
 * Command-line parsing with node:util parseArgs; unknown options, missing values and bad choices are UsageErrors
 * (exit 2) that suggest the closest valid spelling.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatch } from '../lib/core/catalog/did-you-mean';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(args: string[], options: Options, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    const message = (err as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    const unknown = /^Unknown option '(-{1,2})([^'=]+)'/.exec(message);
    if (unknown) {
      const names = Object.keys(options);
      const guess = closestMatch(unknown[2], unknown[1] === '-' ? names.filter((n) => n.length === 1).concat(names) : names);
      if (guess) throw new UsageError(`${message}. Did you mean --${guess}?`);
    }
    throw new UsageError(message);
  }
}

export function required(values: Record<string, unknown>, name: string): string {
  const v = Object.hasOwn(values, name) ? values[name] : undefined;
  if (typeof v !== 'string' || v === '') throw new UsageError(`missing --${name}`);
  return v;
}

export function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const guess = typeof value === 'string' ? closestMatch(value, allowed) : null;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${String(value)}")${guess ? `. Did you mean ${guess}?` : ''}`);
}
