/**
 * topicgraph command line: `build`, `validate`, `stats`. Maps errors to exit codes by class: 0 success,
 * 1 bad input (any TopicgraphError: one line naming the file and line or JSON path, and what to do), 2 usage
 * (UsageError), 70 an unexpected error (a bug). Stack traces only with --verbose.
 */
import { pathToFileURL } from 'node:url';
import { closestMatch } from '../lib/core/catalog/did-you-mean';
import { TopicgraphError } from '../lib/core/errors';
import { BUILD_HELP, runBuild } from './commands/build';
import { STATS_HELP, runStats } from './commands/stats';
import { SUGGEST_HELP, runSuggest } from './commands/suggest';
import { VALIDATE_HELP, runValidate } from './commands/validate';
import { UsageError } from './io';
import { consoleReporter, type Reporter } from './report';
import { terminalSafe } from './terminal';

export const MAIN_HELP = `topicgraph: concept co-mention graphs from interview transcripts

Usage:
  topicgraph build --transcript FILE --concepts FILE --out FILE [--unit passage|sentence] [--format json|gexf|graphml]
  topicgraph build --transcript FILE --out FILE [--top N]          (no catalog: discover the concepts)
  topicgraph build --project FILE.topicgraph.json --out FILE         (a project saved by the page)
  topicgraph suggest --transcript FILE [--concepts FILE] [--top N] [--json] [--write FILE]
  topicgraph validate --concepts FILE [--transcript FILE]
  topicgraph stats GRAPH.json [--top N]
  topicgraph COMMAND --help

Exit status: 0 success, 1 bad input, 2 usage error.`;

type Command = { run: (argv: string[], r: Reporter) => number | Promise<number>; help: string };
const COMMANDS = new Map<string, Command>([
  ['build', { run: runBuild, help: BUILD_HELP }],
  ['validate', { run: runValidate, help: VALIDATE_HELP }],
  ['stats', { run: runStats, help: STATS_HELP }],
  ['suggest', { run: runSuggest, help: SUGGEST_HELP }]
]);

/** Runs one command line; resolves to the exit status. */
export async function main(argv: string[], report: Reporter = consoleReporter()): Promise<number> {
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
  const cmd = COMMANDS.get(command);
  if (!cmd) {
    const guess = closestMatch(command, [...COMMANDS.keys()]);
    return report.usage(`unknown command "${command}" (expected build, suggest, validate or stats)${guess ? `. Did you mean ${guess}?` : ''}`);
  }
  try {
    return await cmd.run(rest, report);
  } catch (err) {
    if (err instanceof UsageError) return report.usage(`${command}: ${err.message}`);
    if (err instanceof TopicgraphError) {
      process.stderr.write(`topicgraph: error: ${terminalSafe(err.format())}\n`);
      if (verbose) process.stderr.write(`${err.stack}\n`);
      return 1;
    }
    const e = err as Error;
    process.stderr.write(`topicgraph: internal error: ${terminalSafe(e?.message ?? String(err))}. This is a bug; rerun with --verbose and report it.\n`);
    if (verbose) process.stderr.write(`${e?.stack}\n`);
    return 70;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
