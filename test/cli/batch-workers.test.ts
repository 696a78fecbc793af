import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { BatchWorkerFailed, createWorkerPool } from '../../src/node/cli/batch/create-worker-pool.js';
import type { SplitLine } from '../../src/node/cli/batch/create-line-splitter.js';
import { packLines, unpackLines } from '../../src/node/cli/batch/line-batch.js';
import { runBatch } from '../../src/node/cli/batch/run-batch.js';
import { recordingStream } from '../support/recording-stream.js';

// The parts of `assess --batch --jobs` that a run of the built binary cannot reach: how lines are packed
// for a worker, and what the batch does when a worker fails (a worker file that throws stands in for one).
const CANARY = 'CANARY-7f3a91';
const dir = mkdtempSync(join(tmpdir(), 'cse-batch-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const screener = compileRuleset(JSON.parse(readFileSync('test/fixtures/tiered.json', 'utf8')));
const data = { ruleset: screener.ruleset, fingerprint: screener.stamp.fingerprint, output: { kind: 'ndjson', detail: 'ids' }, includeFreeText: false } as const;

const splitLine: fc.Arbitrary<SplitLine> = fc.oneof(
  fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ kind: 'line' as const, bytes })),
  fc.constant({ kind: 'too-large' as const }),
).chain((line) => fc.integer({ min: 1, max: 1_000_000 }).map((number) => ({ ...line, line: number })));

describe('lines packed for a worker thread', () => {
  test('unpack to the lines packed: the same numbers, bytes and lines too long to keep, in order', () => {
    fc.assert(fc.property(fc.array(splitLine, { maxLength: 30 }), fc.boolean(), (lines, first) => {
      const packed = packLines(lines, first);
      expect(packed.first).toBe(first);
      const unpacked = unpackLines(packed).map((line) => (line.kind === 'line' ? { ...line, bytes: [...line.bytes] } : line));
      expect(unpacked).toEqual(lines.map((line) => (line.kind === 'line' ? { ...line, bytes: [...line.bytes] } : line)));
    }), { numRuns: 300 });
  });

  test('go in a buffer of their own, not the chunk they were cut from (which would be copied whole to the worker)', () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const packed = packLines([{ kind: 'line', line: 1, bytes: chunk.subarray(10, 20) }], true);
    expect(packed.bytes.buffer.byteLength).toBe(10);
  });
});

describe('a batch whose worker fails', () => {
  const throwing = join(dir, 'throwing-worker.cjs');
  writeFileSync(throwing, `throw new Error(${JSON.stringify(`worker failed on ${CANARY}`)});\n`);
  const exiting = join(dir, 'exiting-worker.cjs');
  writeFileSync(exiting, 'require("node:worker_threads").parentPort.once("message", () => process.exit(3));\n');

  test.each([['throws when it starts', throwing], ['exits in the middle of a batch', exiting]])('a worker that %s rejects its batch with BatchWorkerFailed, which carries nothing from the worker', async (_what, file) => {
    const pool = createWorkerPool(1, file, data);
    try {
      const failure = await pool.screen(packLines([{ kind: 'line', line: 1, bytes: Buffer.from('{}') }], true)).then(() => undefined, (error: unknown) => error);
      expect(failure).toBeInstanceOf(BatchWorkerFailed);
      expect(String((failure as Error).message)).not.toContain(CANARY);
      // Later batches are refused too, rather than sent to a worker that is gone.
      await expect(pool.screen(packLines([], false))).rejects.toBeInstanceOf(BatchWorkerFailed);
    } finally {
      await pool.close();
    }
  });

  test('stops the batch with an error (the CLI reports an internal error, exit 70), after writing whole lines only, and never echoes the input', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const line = `${JSON.stringify({ ref: CANARY, subject: { ageYears: 14 }, answers: { missing: 'yes' } })}\n`;
    const io = { stdin: Readable.from([Buffer.from(line.repeat(50))]), stdout: recordingStream(stdout), stderr: recordingStream(stderr) };
    const run = runBatch(screener, { source: '-', input: 'ndjson', quiet: true, includeFreeText: false, jobs: { requested: 2, workerFile: throwing } }, io);
    await expect(run).rejects.toBeInstanceOf(BatchWorkerFailed);
    expect(stdout.join('')).toBe('');
    expect(stderr.join('')).not.toContain(CANARY);
  });
});
