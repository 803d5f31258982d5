/**
 * Main-thread CPU time of a page load from a Chromium trace: the renderer's top-level tasks (RunTask, with their
 * thread time) between two events: navigation start, paint events such as `firstContentfulPaint`, or performance
 * marks (`tg:hydrated`, the probe's `bench:first-click:end`). On a machine shared with other processes the
 * wall-clock numbers wait for a core; these show the page's own work.
 */
import type { Browser } from '@playwright/test';
import { newProbedPage, PageBenchError, probe, type ProbeArm } from './measure';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

/** An interval of a trace: from an event (default: the navigation start) to the first event named `to` after it. */
export interface Span {
  from?: string;
  to: string;
}

/**
 * Main-thread CPU time (ms) of each span: the renderer main thread's top-level tasks overlapping it, each counted
 * for the part of it inside, in proportion to its thread time. Throws PageBenchError when an event is missing.
 */
export function mainThreadCpu<K extends string>(trace: Buffer, spans: Record<K, Span>): Record<K, number> {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const ev = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const threads = new Map<string, string>();
  for (const e of ev) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const mainPid = nav?.pid;
  const tasks = ev.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && (mainPid === undefined || e.pid === mainPid));
  const firstAfter = (name: string, ts: number) => ev.filter((e) => e.name === name && e.ts >= ts).sort((a, b) => a.ts - b.ts)[0];
  const out = {} as Record<K, number>;
  for (const key of Object.keys(spans) as K[]) {
    const { from, to } = spans[key];
    const start = from ? firstAfter(from, nav?.ts ?? 0)?.ts : nav?.ts;
    if (start === undefined) throw new PageBenchError(`trace: no ${from ?? 'navigationStart'} event`);
    const end = firstAfter(to, start)?.ts;
    if (end === undefined) throw new PageBenchError(`trace: no ${to} event after ${from ?? 'navigationStart'}`);
    let cpu = 0;
    for (const t of tasks) {
      const dur = t.dur ?? 0;
      const inside = Math.min(t.ts + dur, end) - Math.max(t.ts, start);
      if (inside <= 0 || dur <= 0) continue;
      cpu += (t.tdur ?? dur) * (inside / dur);
    }
    out[key] = cpu / 1000;
  }
  return out;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

/**
 * One traced navigation in a fresh context: waits for each mark in `waitFor`, then returns the CPU of each span
 * (see mainThreadCpu). `arm` is passed to the probe as in a plain load.
 */
export async function tracedLoad<K extends string>(browser: Browser, url: string, spans: Record<K, Span>, waitFor: string[], arm?: ProbeArm): Promise<Record<K, number>> {
  const page = await newProbedPage(browser, arm);
  await page.goto('about:blank');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let trace: Buffer | undefined;
  try {
    await page.goto(url);
    for (const mark of waitFor) await probe(page, 'waitMark', mark, 60000);
    await page.waitForTimeout(300);
  } finally {
    trace = await browser.stopTracing();
    await page.context().close();
  }
  return mainThreadCpu(trace, spans);
}
