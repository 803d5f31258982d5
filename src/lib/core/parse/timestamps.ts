/**
 * Clock timestamps in transcripts: `12:05`, `2:19`, `00:36:46`, `01:02:03,500`, optionally in `[...]`, `(...)` or
 * full-width `（...）`, at the start of a heading, turn or paragraph, or at the end of a line such as
 * `... (15:09)`. Converts them to seconds. Pure; never throws.
 *
 * Rules: with hours, minutes and seconds must be < 60; without hours, seconds must be < 60 (minutes may exceed
 * 59, e.g. `75:10`). A bare (unbracketed) timestamp counts only at the very start and must be followed by
 * whitespace, a dash/bar separator or the end, so `2019-2025` or `1:1` are never timestamps.
 */

/** Source of one clock value: [h:]m:ss[.,fff]. */
export const CLOCK = String.raw`(?:\d{1,3}:)?\d{1,3}:\d{2}(?:[.,]\d{1,3})?`;

/** Seconds of a clock string such as `1:02:03.5`, or null when it is not a valid clock. */
export function parseClock(s: string): number | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(s.trim());
  if (!m) return null;
  const h = m[1] === undefined ? 0 : Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3]);
  if (sec >= 60) return null;
  if (m[1] !== undefined && min >= 60) return null;
  const frac = m[4] === undefined ? 0 : Number(m[4]) / 10 ** m[4].length;
  return Math.round((h * 3600 + min * 60 + sec + frac) * 1000) / 1000;
}

export interface TimestampHit {
  seconds: number;
  /** Characters consumed, including a following separator (` - `, `: `, `| `) and spaces. */
  length: number;
}

const LEADING = new RegExp(
  String.raw`^(?:\[(${CLOCK})\]|\((${CLOCK})\)|（(${CLOCK})）|(${CLOCK})(?=$|[\s\-–—|]))[ \t]*(?:[-–—|:：](?=\s|$)[ \t]*)?`
);

/** A timestamp at the very start of `s` (no leading whitespace allowed). */
export function leadingTimestamp(s: string): TimestampHit | null {
  const m = LEADING.exec(s);
  if (!m) return null;
  const seconds = parseClock(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return seconds === null ? null : { seconds, length: m[0].length };
}

const TRAILING = new RegExp(String.raw`(?:\[(${CLOCK})\]|\((${CLOCK})\)|（(${CLOCK})）)$`);

/** A bracketed timestamp at the very end of `s` (no trailing whitespace allowed); `length` is its own length. */
export function trailingTimestamp(s: string): TimestampHit | null {
  const tail = s.length > 40 ? s.slice(-40) : s;
  const m = TRAILING.exec(tail);
  if (!m) return null;
  const seconds = parseClock(m[1] ?? m[2] ?? m[3] ?? '');
  return seconds === null ? null : { seconds, length: m[0].length };
}

/** True when the whole (trimmed) line is one timestamp, e.g. `[00:12:05]` or `00:12:05`. */
export function timestampOnly(s: string): number | null {
  const t = s.trim();
  const hit = leadingTimestamp(t);
  return hit && hit.length === t.length ? hit.seconds : null;
}
