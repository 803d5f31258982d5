/**
 * Runs the topicgraph CLI in-process for tests: `main(argv)` from src/cli/main.ts with its console reporter, while
 * process.stdout / process.stderr writes are captured (the reporter and main's own error lines both write there),
 * so a test sees exactly what a terminal would, without starting a process. The process itself (exit status, the
 * bin shim, working directory, heap) is tested by spawning in tests/integration/cli-process.test.ts.
 */
import { vi } from 'vitest';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (into: string[]) => ((chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture(stdout));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture(stderr));
  try {
    const code = await main(argv);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
