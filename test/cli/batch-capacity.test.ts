import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { runBatch } from '../../src/node/cli/batch/run-batch.js';
import { WORKER_ADDRESS_SPACE_BYTES, WORKER_RESIDENT_BYTES, workerCapacity } from '../../src/node/cli/batch/worker-capacity.js';
import { EXIT } from '../../src/node/cli/exit-codes.js';
import { recordingStream } from '../support/recording-stream.js';

// `--jobs` is capped to what the machine can hold (cores, free memory, the address space a limit leaves), and a
// batch whose worker threads cannot start or run out of memory stops with exit 71 and a message, never a V8 abort.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TIERED = 'test/fixtures/tiered.json';
const dir = mkdtempSync(join(tmpdir(), 'cse-batch-capacity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GiB = 1024 ** 3;

describe('workerCapacity', () => {
  test.each([
    [{ cores: 2, freeMemoryBytes: 16 * GiB, addressSpaceLeftBytes: undefined }, { jobs: 2, limitedBy: 'cores' }],
    [{ cores: 64, freeMemoryBytes: 3 * WORKER_RESIDENT_BYTES + 1, addressSpaceLeftBytes: undefined }, { jobs: 3, limitedBy: 'memory' }],
    [{ cores: 8, freeMemoryBytes: 16 * GiB, addressSpaceLeftBytes: 2 * WORKER_ADDRESS_SPACE_BYTES }, { jobs: 2, limitedBy: 'address-space' }],
    [{ cores: 8, freeMemoryBytes: 16 * GiB, addressSpaceLeftBytes: WORKER_ADDRESS_SPACE_BYTES - 1 }, { jobs: 1, limitedBy: 'address-space' }],
    [{ cores: 8, freeMemoryBytes: 0, addressSpaceLeftBytes: 0 }, { jobs: 1, limitedBy: 'memory' }],
  ])('holds as many worker threads as the cores, the free memory and the address space left allow, and at least one thread (%j)', (room, expected) => {
    expect(workerCapacity(room)).toEqual(expected);
  });
});

describe('a batch whose worker threads cannot start', () => {
  test('stops with exit 71 and says so, with how many records were written, even with --quiet: never an internal error', async () => {
    const screener = compileRuleset(JSON.parse(readFileSync(TIERED, 'utf8')));
    const stdout: string[] = [];
    const stderr: string[] = [];
    const line = `${JSON.stringify({ ref: 'r', subject: { ageYears: 14 }, answers: { missing: 'yes' } })}\n`;
    const io = { stdin: Readable.from([Buffer.from(line.repeat(50))]), stdout: recordingStream(stdout), stderr: recordingStream(stderr) };
    // A heap of 2 MiB a worker: too small for any worker to start, as on a machine without the memory.
    const outcome = await runBatch(screener, {
      source: '-', input: 'ndjson', quiet: true, includeFreeText: false,
      jobs: { requested: 2, workerFile: join(ROOT, 'dist', 'batch-worker.cjs'), heapMb: 2 },
    }, io);
    expect(outcome.exit).toBe(EXIT.workersUnavailable);
    expect(stdout.join('')).toBe('');
    expect(stderr.join('')).toMatch(/^cse-screen: batch: .*; stopped: worker threads could not start or ran out of memory \(ERR_WORKER_OUT_OF_MEMORY\): 0 records written; run it again with --jobs 1\n$/);
  }, 60_000);
});

describe('assess --batch --jobs under an address-space limit', () => {
  test('--jobs 16 is lowered to what the limit leaves room for, and says so: the same output as one thread, no V8 abort', () => {
    const caseload = join(dir, 'caseload.ndjson');
    writeFileSync(caseload, Array.from({ length: 6000 }, (_, i) => JSON.stringify({ ref: `case-${i}`, subject: { ageYears: 14 }, answers: { missing: 'yes' } })).join('\n') + '\n');
    const limited = (jobs: string) => spawnSync('bash', ['-c', 'ulimit -v 1400000; exec "$@"', 'bash', process.execPath, CLI, 'assess', '--batch', caseload, '--ruleset', TIERED, '--jobs', jobs],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    const alone = limited('1');
    expect(alone.status).toBe(0);
    const many = limited('16');
    expect(many.signal).toBeNull();
    expect(many.status).toBe(0);
    expect(many.stdout).toBe(alone.stdout);
    // With one core, the cores set the cap before the address space does, and that is not said.
    if (availableParallelism() > 1) expect(many.stderr).toMatch(/^cse-screen: batch: --jobs 16 lowered to \d+: as many worker threads as the address space left can hold\n/);
  }, 60_000);
});
