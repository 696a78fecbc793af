import { Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../src/node/cli/cli-io.js';
import { runCli } from '../../src/node/cli/main.js';
import { recordingStream } from '../support/recording-stream.js';

// In-process tests of runCli for what a spawned binary cannot easily show: a terminal on stdin,
// failing streams and unexpected errors. The behaviour of the built binary is in cse-screen.test.ts.
const CANARY = 'CANARY-7f3a91';
const TIERED = 'test/fixtures/tiered.json';
const SCREENING = JSON.stringify({ subject: { ageYears: 14 }, answers: { missing: 'yes' } });

interface Captured {
  readonly io: CliIo;
  readonly stdoutWrites: string[];
  readonly stderrWrites: string[];
}

function capture(options: { stdin?: string; isTTY?: boolean; stdout?: Writable; stdinStream?: AsyncIterable<unknown> } = {}): Captured {
  const stdoutWrites: string[] = [];
  const stderrWrites: string[] = [];
  const sink = recordingStream;
  const stdin = options.stdinStream ?? Object.assign(Readable.from([Buffer.from(options.stdin ?? '')]), { isTTY: options.isTTY });
  return { io: { stdin, stdout: options.stdout ?? sink(stdoutWrites), stderr: sink(stderrWrites) }, stdoutWrites, stderrWrites };
}

describe('runCli', () => {
  test('asks for a screening (exit 2) when no FILE is given and standard input is a terminal', async () => {
    const { io, stdoutWrites, stderrWrites } = capture({ isTTY: true });
    expect(await runCli(['assess', '--ruleset', TIERED], io)).toBe(2);
    expect(stdoutWrites).toEqual([]);
    expect(stderrWrites.join('')).toMatch(/^cse-screen: \(root\) usage needs a screening/);
  });

  test('writes the whole result to stdout in a single write, after it is complete', async () => {
    const { io, stdoutWrites, stderrWrites } = capture({ stdin: SCREENING });
    expect(await runCli(['assess', '-', '--ruleset', TIERED, '--format', 'json'], io)).toBe(0);
    expect(stdoutWrites).toHaveLength(1);
    expect(JSON.parse(stdoutWrites[0] ?? '')).toMatchObject({ level: { id: 'low' } });
    expect(stderrWrites).toEqual([]);
  });

  test('reports an unexpected error by its name only, never its message, and exits 70', async () => {
    const throwing = new Writable({
      write(): void {
        throw new RangeError(`something about ${CANARY}`);
      },
    });
    const { io, stderrWrites } = capture({ stdin: SCREENING, stdout: throwing });
    expect(await runCli(['assess', '--ruleset', TIERED], io)).toBe(70);
    expect(stderrWrites.join('')).toBe('cse-screen: internal error RangeError\n');
  });

  test.each([[74, 'ENOSPC'], [0, 'EPIPE']])('exits %i when writing standard output fails with %s (a closed pipe is the reader stopping, not an error)', async (exit, code) => {
    const broken = new Writable({
      write(_chunk, _encoding, callback): void {
        callback(Object.assign(new Error(CANARY), { code }));
      },
    });
    broken.on('error', () => undefined);
    const { io, stderrWrites } = capture({ stdout: broken });
    expect(await runCli(['--version'], io)).toBe(exit);
    expect(stderrWrites.join('')).not.toContain(CANARY);
  });

  test('reports standard input that fails while being read as file_unreadable, without the error message', async () => {
    const failing: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error(CANARY)) }),
    };
    const { io, stderrWrites } = capture({ stdinStream: failing });
    expect(await runCli(['assess', '-', '--ruleset', TIERED], io)).toBe(1);
    expect(stderrWrites.join('')).toBe('cse-screen: (root) file_unreadable could not be read to the end\n');
  });

  test('reports standard input that is not UTF-8 as invalid_json (exit 1)', async () => {
    const stdinStream = Readable.from([Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]);
    const { io, stderrWrites } = capture({ stdinStream });
    expect(await runCli(['assess', '--ruleset', TIERED], io)).toBe(1);
    expect(stderrWrites.join('')).toBe('cse-screen: (root) invalid_json is not UTF-8 text\n');
  });
});
