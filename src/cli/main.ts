/**
 * topicgraph command line: `build`, `validate`, `stats`. Maps errors to exit codes: 0 success, 1 bad input
 * (one line naming the file and line or JSON path, and what to do), 2 usage. Stack traces only with --verbose.
 */
import { pathToFileURL } from 'node:url';
import { InputError } from '../lib/core/errors';
import { BUILD_HELP, runBuild } from './commands/build';
import { STATS_HELP, runStats } from './commands/stats';
import { SUGGEST_HELP, runSuggest } from './commands/suggest';
import { VALIDATE_HELP, runValidate } from './commands/validate';
import { UsageError } from './io';
import { consoleReporter, type Reporter } from './report';

export const MAIN_HELP = `topicgraph: concept co-mention graphs from interview transcripts

Usage:
  topicgraph build --transcript FILE --concepts FILE --out FILE [--unit passage|sentence] [--format json|gexf|graphml]
  topicgraph build --transcript FILE --out FILE [--top N]          (no catalog: discover the concepts)
  topicgraph suggest --transcript FILE [--concepts FILE] [--top N] [--json] [--write FILE]
  topicgraph validate --concepts FILE [--transcript FILE]
  topicgraph stats GRAPH.json [--top N]
  topicgraph COMMAND --help

Exit status: 0 success, 1 bad input, 2 usage error.`;

const COMMANDS: Record<string, { run: (argv: string[], r: Reporter) => number; help: string }> = {
  build: { run: runBuild, help: BUILD_HELP },
  validate: { run: runValidate, help: VALIDATE_HELP },
  stats: { run: runStats, help: STATS_HELP },
  suggest: { run: runSuggest, help: SUGGEST_HELP }
};

export function main(argv: string[], report: Reporter = consoleReporter()): number {
  const verbose = argv.includes('--verbose');
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    if (command === undefined) {
      process.stderr.write(MAIN_HELP + '\n');
      return 2;
    }
    report.out(MAIN_HELP);
    return 0;
  }
  const cmd = COMMANDS[command];
  if (!cmd) return report.usage(`unknown command "${command}" (expected build, suggest, validate or stats)`);
  try {
    return cmd.run(rest, report);
  } catch (err) {
    if (err instanceof UsageError) return report.usage(`${command}: ${err.message}`);
    if (err instanceof InputError) {
      process.stderr.write(`topicgraph: error: ${err.format()}\n`);
      if (verbose) process.stderr.write(`${err.stack}\n`);
      return 1;
    }
    const e = err as Error & { file?: string; line?: number };
    // Typed errors from the pipeline carry their own location in the message.
    if (e && typeof e.message === 'string' && /Error$/.test(e.name) && e.name !== 'Error' && e.name !== 'TypeError' && e.name !== 'RangeError') {
      process.stderr.write(`topicgraph: error: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      if (verbose) process.stderr.write(`${e.stack}\n`);
      return 1;
    }
    process.stderr.write(`topicgraph: internal error: ${e?.message ?? String(err)}. This is a bug; rerun with --verbose and report it.\n`);
    if (verbose) process.stderr.write(`${e?.stack}\n`);
    return 70;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
