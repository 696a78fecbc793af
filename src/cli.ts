#!/usr/bin/env node
import { runCli } from './node/cli/main.js';

// The bin entry (`cse-screen`): runs the CLI and sets the exit code without process.exit, so output is flushed.
// A closed pipe (`cse-screen … | head`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
void runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
