/**
 * The timeline of a transcript as data: every passage as a tick at its place in the document (x in [0, 1] by
 * source offset, so a long turn is a wide tick), one lane per speaker (and one for passages without a speaker),
 * the top-level sections as bands (the level below when one section holds everything), and time labels where the transcript gives times. The view draws this; brushing
 * a range of x picks the passages in it. Pure: no DOM.
 */
import type { Passage, Section, SerializedConceptGraph } from '../contract/types';
import { NONE_KEY } from '../contract/types';
import type { PassageRange } from '../count/scope';

export interface TimelineTick {
  passage: string;
  /** Start and end in [0, 1]. */
  x0: number;
  x1: number;
  /** Index into `lanes`. */
  lane: number;
  time: number | null;
}

export interface TimelineLane {
  /** Speaker id or NONE_KEY. */
  id: string;
  name: string;
}

export interface TimelineBand {
  section: string;
  title: string;
  x0: number;
  x1: number;
  time: number | null;
}

export interface TimelineModel {
  ticks: TimelineTick[];
  lanes: TimelineLane[];
  bands: TimelineBand[];
  /** Times to label on the axis: the first passage of each distinct time, at its x. */
  times: Array<{ x: number; time: number }>;
}

/** `1:02:03` or `2:05` from seconds. */
export function formatTime(seconds: number): string {
  const s = Math.floor(seconds % 60);
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The sections holding `id`, outermost first (follows parents). */
function chainOf(byId: ReadonlyMap<string, Section>, id: string | null): Section[] {
  const out: Section[] = [];
  let s = id === null ? undefined : byId.get(id);
  for (let guard = 0; s && guard < 64; guard++) {
    out.unshift(s);
    s = s.parent ? byId.get(s.parent) : undefined;
  }
  return out;
}

/**
 * The nesting level drawn as bands: the top level, unless one section holds every passage (a document under one
 * `#` title): then the level below it, and so on.
 */
function bandLevel(chains: readonly Section[][]): number {
  let d = 0;
  for (; d < 6; d++) {
    const ids = new Set(chains.map((c) => (c.length ? c[Math.min(d, c.length - 1)].id : NONE_KEY)));
    if (ids.size > 1 || !chains.some((c) => c.length > d + 1)) break;
  }
  return d;
}

export function timelineModel(graph: SerializedConceptGraph, noSpeakerName = 'No speaker'): TimelineModel {
  const a = graph.attributes;
  const passages: readonly Passage[] = a.passages;
  if (passages.length === 0) return { ticks: [], lanes: [], bands: [], times: [] };
  const first = passages[0].start;
  // a loop, not Math.max(...): a spread of 100,000 passages overflows the stack
  let last = first;
  for (const p of passages) if (p.end > last) last = p.end;
  const span = Math.max(1, last - first);
  const x = (offset: number) => Math.round(((offset - first) / span) * 1e6) / 1e6;

  const used = new Set(passages.map((p) => p.speaker ?? NONE_KEY));
  const lanes: TimelineLane[] = a.speakers.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
  // a passage naming a speaker the list lacks (a hand-edited file) goes to the "no speaker" lane
  const laneOf = new Map(lanes.map((l, i) => [l.id, i]));
  if ([...used].some((id) => !laneOf.has(id))) lanes.push({ id: NONE_KEY, name: noSpeakerName });
  const none = lanes.length - 1;

  const ticks = passages.map((p) => ({ passage: p.id, x0: x(p.start), x1: x(p.end), lane: laneOf.get(p.speaker ?? NONE_KEY) ?? none, time: p.time }));

  const byId = new Map(a.sections.map((s) => [s.id, s]));
  const chains = passages.map((p) => chainOf(byId, p.section));
  const level = bandLevel(chains);
  const bands: TimelineBand[] = [];
  for (const [i, p] of passages.entries()) {
    const c = chains[i];
    const top = c.length ? c[Math.min(level, c.length - 1)] : undefined;
    const id = top?.id ?? NONE_KEY;
    const band = bands[bands.length - 1];
    if (band && band.section === id) band.x1 = x(p.end);
    else bands.push({ section: id, title: top?.title ?? '', x0: x(p.start), x1: x(p.end), time: top?.time ?? null });
  }

  const times: Array<{ x: number; time: number }> = [];
  let prev: number | null = null;
  for (const t of ticks) {
    if (t.time === null || t.time === prev) continue;
    times.push({ x: t.x0, time: t.time });
    prev = t.time;
  }
  return { ticks, lanes, bands, times };
}

/** Passages whose tick overlaps [from, to] (x in [0, 1], either order), in document order. */
export function passagesInRange(model: TimelineModel, from: number, to: number): string[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return model.ticks.filter((t) => t.x1 >= lo && t.x0 <= hi).map((t) => t.passage);
}

/** The passage range a brush from x `from` to x `to` selects (its first and last passage), or null when it holds none. */
export function rangeOfSpan(model: TimelineModel, from: number, to: number): PassageRange | null {
  const ids = passagesInRange(model, from, to);
  return ids.length ? { from: ids[0], to: ids[ids.length - 1] } : null;
}

/** Where a passage range lies on the strip: from the start of its first passage to the end of its last; null when unknown. */
export function spanOfRange(model: TimelineModel, range: PassageRange): { x0: number; x1: number } | null {
  const a = model.ticks.findIndex((t) => t.passage === range.from);
  const b = model.ticks.findIndex((t) => t.passage === range.to);
  if (a < 0 || b < 0) return null;
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return { x0: model.ticks[lo].x0, x1: model.ticks[hi].x1 };
}

/**
 * The time labels to draw on an axis `width` pixels wide: each at least `gap` pixels from the one before it
 * (the first time always), in order.
 */
export function axisTimes(model: TimelineModel, width: number, gap = 56): Array<{ x: number; time: number }> {
  const out: Array<{ x: number; time: number }> = [];
  let lastPx = -Infinity;
  for (const t of model.times) {
    const px = t.x * width;
    if (px - lastPx < gap) continue;
    out.push(t);
    lastPx = px;
  }
  return out;
}

/** A stretch of neighbouring ticks on one lane drawn as one bar (very long documents). */
export interface TickRun {
  lane: number;
  x0: number;
  x1: number;
  /** Passages in the run. */
  count: number;
}

/**
 * The ticks of each lane merged into runs wherever the gap between two neighbours is below `gap` (a fraction of
 * the strip): a document of tens of thousands of passages is drawn as a few hundred bars instead.
 */
export function tickRuns(model: TimelineModel, gap = 0.001): TickRun[] {
  const open = new Map<number, TickRun>();
  const out: TickRun[] = [];
  for (const t of model.ticks) {
    const run = open.get(t.lane);
    if (run && t.x0 - run.x1 < gap) {
      run.x1 = Math.max(run.x1, t.x1);
      run.count++;
      continue;
    }
    const next = { lane: t.lane, x0: t.x0, x1: t.x1, count: 1 };
    open.set(t.lane, next);
    out.push(next);
  }
  return out;
}

/** The passage at `x` of the strip: the last one starting at or before it (ticks are in document order), or null. */
export function tickAt(model: TimelineModel, x: number): string | null {
  const ts = model.ticks;
  let lo = 0;
  let hi = ts.length - 1;
  if (hi < 0 || x < ts[0].x0) return ts.length ? ts[0].passage : null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ts[mid].x0 <= x) lo = mid;
    else hi = mid - 1;
  }
  return ts[lo].passage;
}
