/**
 * Where the CLI's words go: results on stdout, diagnostics on stderr. Injected so tests can capture them. The
 * console reporter escapes control characters (see ./terminal.ts): data never reaches the terminal raw.
 */
import { terminalSafe } from './terminal';

export interface Reporter {
  out(text: string): void;
  info(text: string): void;
  warn(text: string): void;
  progress(text: string): void;
  usage(text: string): number;
}

export function consoleReporter(quiet = false): Reporter {
  return {
    out: (t) => process.stdout.write(terminalSafe(t.endsWith('\n') ? t : t + '\n')),
    info: (t) => {
      if (!quiet) process.stderr.write(`topicgraph: ${terminalSafe(t)}\n`);
    },
    warn: (t) => process.stderr.write(`topicgraph: warning: ${terminalSafe(t)}\n`),
    progress: (t) => process.stderr.write(`topicgraph: ... ${terminalSafe(t)}\n`),
    usage: (t) => {
      process.stderr.write(`topicgraph: ${terminalSafe(t)}\nRun with --help for usage.\n`);
      return 2;
    }
  };
}
