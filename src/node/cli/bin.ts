#!/usr/bin/env node
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../../version.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';

// The package's bin (`cse-screen`), built as CommonJS (dist/cse-screen.cjs) because a CommonJS entry starts
// faster than an ES module. `--version` and `--help` are answered here, from constants inlined at build time,
// exactly as runCli answers them. `assess` runs from dist/cli-assess.cjs: the same CLI as dist/cli.js, built
// as one CommonJS file that holds only what assess needs, compiled with the V8 code cache the build made
// for it (see tsup.config.ts). Every other command runs from dist/cli.js. Both read process.argv.
const first = process.argv[2];
const answer = first === '--version' || first === '-v' ? `${VERSION}\n` : first === '--help' || first === '-h' ? HELP.main : undefined;
if (answer !== undefined) {
  writeAnswer(answer);
} else {
  // Loaded only here: the code cache's modules (node:crypto, node:vm) cost time that --version need not spend.
  const started = first === 'assess'
    ? import('./code-cache.js').then(({ runWithCodeCache }) => runWithCodeCache(join(__dirname, 'cli-assess.cjs')))
    : import(pathToFileURL(join(__dirname, 'cli.js')).href);
  started.catch((error: unknown) => {
    process.stderr.write(`cse-screen: internal error ${error instanceof Error ? error.name : 'Error'}\n`);
    process.exitCode = EXIT.internal;
  });
}

/**
 * Writes the answer to standard output's file descriptor at once, without process.stdout: creating that
 * stream (for a pipe, the net and stream modules) took longer than the rest of `--version`. As runCli: a
 * closed pipe (EPIPE) counts as written; any other write error exits 74. A pipe its reader made non-blocking
 * and that is full (EAGAIN) takes the rest through process.stdout, which waits for room.
 */
function writeAnswer(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') {
      writeByStream(bytes.subarray(written));
    } else if (code !== 'EPIPE') {
      process.exitCode = EXIT.ioError;
    }
  }
}

function writeByStream(rest: Uint8Array): void {
  process.stdout.on('error', () => undefined);
  process.stdout.write(rest, (error) => {
    if (error !== null && error !== undefined && (error as NodeJS.ErrnoException).code !== 'EPIPE') process.exitCode = EXIT.ioError;
  });
}
