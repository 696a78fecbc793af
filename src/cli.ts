#!/usr/bin/env node
import { runCli } from './node/cli/main.js';

// The bin entry (`cse-screen`): runs the CLI and sets the exit code without process.exit, so output is flushed.
// A closed pipe (`cse-screen … | head`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
const argv = process.argv.slice(2);
const interrupt = new AbortController();
let signalled: number | undefined;
// A batch stops on SIGINT or SIGTERM after a whole record (exit 130 or 143); a second signal stops it at once.
// Other commands write stdout once, at the end, so the default (stop at once) never leaves half a result.
if (argv.includes('--batch')) {
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (signalled !== undefined) process.exit(signalled);
      signalled = status;
      interrupt.abort(signal);
    });
  }
}
// Standard input is opened only when a command reads it (a getter): creating the stream costs time at every start.
const io = { get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr, interrupt: interrupt.signal };
void runCli(argv, io).then((code) => {
  process.exitCode = code;
  // Standard input may still be open (a slow producer); everything has been written, so stop here.
  if (signalled !== undefined) process.exit(code);
});
