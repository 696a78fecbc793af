import { Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../src/node/cli/cli-io.js';
import { runCli } from '../../src/node/cli/main.js';
import { recordingStream } from '../support/recording-stream.js';

// In-process runs of `cse-screen assess --batch` through runCli, for what a spawned binary cannot
// show: back-pressure from a slow stdout, a terminal on stderr, and a stdout that closes or fails.
const TIERED = 'test/fixtures/tiered.json';
const CANARY = 'CANARY-7f3a91';
const SUMMARY = /^cse-screen: batch: (\d+) records? read, (\d+) scored, (\d+) failed in \d+\.\d\d s \(\d+ records\/s\)(?: on \d+ threads)?(;[^\n]*)?\n$/;

function summaryOf(stderr: string): { read: number; scored: number; failed: number; note: string } {
  const match = SUMMARY.exec(stderr);
  expect(match, stderr).not.toBeNull();
  return { read: Number(match?.[1]), scored: Number(match?.[2]), failed: Number(match?.[3]), note: match?.[4] ?? '' };
}

const RECORD = `${JSON.stringify({ ref: 'r', subject: { ageYears: 14 }, answers: { missing: 'yes', 'older-friend': 'possible' } })}\n`;

interface Harness {
  readonly io: CliIo;
  readonly stderrWrites: string[];
  readonly produced: () => number;
}

/** Standard input that makes RECORD lazily, `records` times, telling `onRead` how many it has made so far. */
function harness(records: number, stdout: Writable, stderrIsTTY = false, onRead: (produced: number) => void = () => undefined): Harness {
  let produced = 0;
  function* generate(): Generator<Buffer> {
    for (let i = 0; i < records; i++) {
      produced++;
      onRead(produced);
      yield Buffer.from(RECORD);
    }
  }
  const stderrWrites: string[] = [];
  const stderr = Object.assign(new Writable({
    write(chunk: Buffer | string, _encoding, callback): void {
      stderrWrites.push(String(chunk));
      callback();
    },
  }), { isTTY: stderrIsTTY });
  return { io: { stdin: Readable.from(generate()), stdout, stderr }, stderrWrites, produced: () => produced };
}

const CLEAR_LINE = '\r\u001b[K';
const newlines = (chunk: Buffer | string): number => String(chunk).split('\n').length - 1;

describe('runBatch', () => {
  test('reads input only as fast as stdout takes the results: records read ahead of those written stay bounded', async () => {
    let written = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback): void {
        written += newlines(chunk);
        setImmediate(callback);
      },
    });
    let maxAhead = 0;
    const run = harness(3000, slow, false, (produced) => {
      maxAhead = Math.max(maxAhead, produced - written);
    });
    expect(await runCli(['assess', '--batch', '-', '--ruleset', TIERED, '--quiet'], run.io)).toBe(0);
    expect(written).toBe(3000);
    expect(maxAhead).toBeLessThan(100);
  });

  test('draws a progress line with \\r on a terminal, wipes it before the summary, and draws nothing with --quiet', async () => {
    const sink = (): Writable => new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const tty = harness(500, sink(), true);
    expect(await runCli(['assess', '--batch', '-', '--ruleset', TIERED], tty.io)).toBe(0);
    expect(tty.stderrWrites.some((text) => text.startsWith(CLEAR_LINE) && /^[\d,]+ records/.test(text.slice(CLEAR_LINE.length)))).toBe(true);
    expect(tty.stderrWrites.at(-2)).toBe(CLEAR_LINE);
    expect(summaryOf(tty.stderrWrites.at(-1) ?? '')).toMatchObject({ read: 500, scored: 500 });
    const quiet = harness(500, sink(), true);
    expect(await runCli(['assess', '--batch', '-', '--ruleset', TIERED, '--quiet'], quiet.io)).toBe(0);
    expect(quiet.stderrWrites).toEqual([]);
  });

  test.each([
    [141, 'EPIPE', /^; stopped when standard output was closed \(EPIPE\): \d+ records? written, the last one whole$/],
    [74, 'ENOSPC', /^; stopped: standard output could not be written \(ENOSPC\): \d+ records? written, the last one whole$/],
  ])(
    'exits %i and stops reading when stdout fails with %s',
    async (exit, code, note) => {
      let writes = 0;
      const broken = new Writable({
        write(_chunk, _encoding, callback): void {
          writes++;
          callback(writes > 1 ? Object.assign(new Error(CANARY), { code }) : null);
        },
      });
      broken.on('error', () => undefined);
      const run = harness(5000, broken);
      expect(await runCli(['assess', '--batch', '-', '--ruleset', TIERED], run.io)).toBe(exit);
      expect(run.produced()).toBeLessThan(5000);
      expect(summaryOf(run.stderrWrites.join('')).note).toMatch(note);
    },
  );
});

describe('runBatch when standard input fails', () => {
  test('keeps the records already read, then reports file_unreadable after the summary without the error message (exit 1)', async () => {
    let calls = 0;
    const failing: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({
        next: () => (++calls === 1 ? Promise.resolve({ done: false, value: Buffer.from(RECORD + RECORD) }) : Promise.reject(new Error(CANARY))),
      }),
    };
    const stdoutWrites: string[] = [];
    const stderrWrites: string[] = [];
    const sink = recordingStream;
    const io: CliIo = { stdin: failing, stdout: sink(stdoutWrites), stderr: sink(stderrWrites) };
    expect(await runCli(['assess', '--batch', '-', '--ruleset', TIERED], io)).toBe(1);
    expect(stdoutWrites.join('').split('\n').filter((line) => line !== '')).toHaveLength(2);
    const [summary, issue] = stderrWrites.join('').split(/(?<=\n)/);
    expect(summaryOf(summary ?? '')).toEqual({ read: 2, scored: 2, failed: 0, note: '' });
    expect(issue).toBe('cse-screen: (root) file_unreadable could not be read to the end\n');
  });
});
