// The one message protocol, end to end in this thread: a JobClient over a threadPort to a job host (a worker runs
// the same host; only the transport differs).
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors';
import { createJobHost, type JobHandlers } from './host';
import { JobClient, threadPort, type OpenPort } from './client';
import { CancelledError, JobError, WorkerFailedError, type FromWorker, type JobSpec, type ToWorker } from './protocol';

type Jobs = {
  count: JobSpec<{ to: number }, number, string>;
  fail: JobSpec<{ bad: 'input' | 'plain' | 'thrown-string' }, never, never>;
  wait: JobSpec<null, string, string>;
};

/** Handlers, and what the host saw (for the cancellation checks). */
function jobs() {
  const seen = { aborted: 0, release: () => {} };
  const handlers: JobHandlers<Jobs> = {
    count: ({ to }, ctx) => {
      for (let i = 1; i <= to; i++) ctx.progress(i);
      return `counted to ${to}`;
    },
    fail: ({ bad }) => {
      if (bad === 'input') throw new InputError({ file: 'talk.md', line: 3 }, 'not valid UTF-8', 'Save the file as UTF-8');
      if (bad === 'plain') throw new RangeError('out of range');
      throw 'a string';
    },
    wait: (_input, ctx) =>
      new Promise<string>((resolve) => {
        ctx.progress('started');
        ctx.signal.addEventListener('abort', () => seen.aborted++);
        seen.release = () => {
          ctx.progress('late');
          resolve('finished');
        };
      })
  };
  return { handlers, seen };
}

/** A thread port that counts how often it was opened. */
function counted(handlers: JobHandlers<Jobs>) {
  const opened = { n: 0, closed: 0 };
  const open: OpenPort = (receive, fail) => {
    opened.n++;
    const port = threadPort(() => handlers)(receive, fail);
    return { post: port.post, close: () => (opened.closed++, port.close()) };
  };
  return { open, opened };
}

describe('JobClient over the protocol', () => {
  it('answers a run with its result, after its progress in order', async () => {
    const c = new JobClient<Jobs>(threadPort(() => jobs().handlers));
    const progress: number[] = [];
    expect(await c.run('count', { to: 3 }, { onProgress: (p) => progress.push(p) })).toBe('counted to 3');
    expect(progress).toEqual([1, 2, 3]);
  });

  it('bad input arrives as JobError with the class name, where, hint and the CLI wording', async () => {
    const c = new JobClient<Jobs>(threadPort(() => jobs().handlers));
    const e = await c.run('fail', { bad: 'input' }).catch((x) => x);
    expect(e).toBeInstanceOf(JobError);
    expect([e.kind, e.message, e.where, e.hint, e.text]).toEqual([
      'InputError',
      'not valid UTF-8',
      { file: 'talk.md', line: 3 },
      'Save the file as UTF-8',
      'talk.md:3: not valid UTF-8. Save the file as UTF-8'
    ]);
  });

  it.each([
    ['plain', 'RangeError', 'out of range'],
    ['thrown-string', 'Error', 'a string']
  ] as const)('any other failure (%s) keeps its name and message', async (bad, kind, message) => {
    const c = new JobClient<Jobs>(threadPort(() => jobs().handlers));
    const e = await c.run('fail', { bad }).catch((x) => x);
    expect([e.constructor, e.kind, e.message, e.text]).toEqual([JobError, kind, message, message]);
  });

  it('cancelling by message: the run rejects at once, the host sees the abort, nothing late arrives', async () => {
    const { handlers, seen } = jobs();
    const { open, opened } = counted(handlers);
    const c = new JobClient<Jobs>(open);
    const ctl = new AbortController();
    const progress: string[] = [];
    const run = c.run('wait', null, { signal: ctl.signal, onProgress: (p) => progress.push(p) });
    await new Promise((r) => setTimeout(r, 0));
    ctl.abort();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.aborted).toBe(1);
    seen.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(progress).toEqual(['started']);
    // the port stays open for the next run
    expect(await c.run('count', { to: 1 })).toBe('counted to 1');
    expect(opened).toEqual({ n: 1, closed: 0 });
  });

  it('cancelling by termination: the port closes, the next run opens a fresh one', async () => {
    const { open, opened } = counted(jobs().handlers);
    const c = new JobClient<Jobs>(open, { cancel: 'terminate' });
    const ctl = new AbortController();
    const run = c.run('wait', null, { signal: ctl.signal });
    ctl.abort();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(opened).toEqual({ n: 1, closed: 1 });
    expect(await c.run('count', { to: 2 })).toBe('counted to 2');
    expect(opened.n).toBe(2);
  });

  it('an already aborted signal never reaches the worker', async () => {
    const { open, opened } = counted(jobs().handlers);
    const c = new JobClient<Jobs>(open);
    await expect(c.run('count', { to: 1 }, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
    expect(opened.n).toBe(0);
  });

  it('close() rejects what is waiting with CancelledError', async () => {
    const c = new JobClient<Jobs>(threadPort(() => jobs().handlers));
    const run = c.run('wait', null);
    c.close();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('a worker that cannot run rejects its runs with WorkerFailedError; the next run tries again', async () => {
    let tries = 0;
    const c = new JobClient<Jobs>(
      threadPort(() => {
        if (++tries === 1) throw new Error('script blocked');
        return jobs().handlers;
      })
    );
    const e = await c.run('count', { to: 1 }).catch((x) => x);
    expect(e).toBeInstanceOf(WorkerFailedError);
    expect(e.message).toBe('worker failed: script blocked');
    expect(await c.run('count', { to: 1 })).toBe('counted to 1');
  });

  it('send() drops the answer and the error', async () => {
    const c = new JobClient<Jobs>(threadPort(() => jobs().handlers));
    c.send('fail', { bad: 'plain' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await c.run('count', { to: 1 })).toBe('counted to 1');
  });
});

describe('createJobHost', () => {
  const host = () => {
    const out: FromWorker[] = [];
    const { handlers, seen } = jobs();
    const handle = createJobHost(handlers, (m) => out.push(m));
    return { out, seen, handle: (m: ToWorker<Jobs>) => handle(m) };
  };
  it('answers a synchronous job synchronously: progress then one result, all with the request id', () => {
    const { out, handle } = host();
    handle({ type: 'request', id: 7, job: 'count', input: { to: 2 } });
    expect(out).toEqual([
      { type: 'progress', id: 7, progress: 1 },
      { type: 'progress', id: 7, progress: 2 },
      { type: 'result', id: 7, result: 'counted to 2' }
    ]);
  });
  it('an unknown job, or a name from Object.prototype, is an error answer', () => {
    const { out, handle } = host();
    handle({ type: 'request', id: 1, job: 'nope' as 'count', input: { to: 1 } });
    handle({ type: 'request', id: 2, job: 'constructor' as 'count', input: { to: 1 } });
    expect(out).toEqual([
      { type: 'error', id: 1, error: { name: 'JobError', message: 'unknown job: nope' } },
      { type: 'error', id: 2, error: { name: 'JobError', message: 'unknown job: constructor' } }
    ]);
  });
  it('a cancelled request is answered CancelledError, never its result', async () => {
    const { out, seen, handle } = host();
    handle({ type: 'request', id: 3, job: 'wait', input: null });
    handle({ type: 'cancel', id: 3 });
    handle({ type: 'cancel', id: 99 }); // unknown ids are ignored
    seen.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(out).toEqual([
      { type: 'progress', id: 3, progress: 'started' },
      { type: 'error', id: 3, error: { name: 'CancelledError', message: 'wait: cancelled' } }
    ]);
  });
});
