import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { idleCores, idleCoresBetween, watchIdleCores } from '../../src/node/cli/batch/idle-cores.js';
import { PARALLEL_FROM_BYTES, runBatch } from '../../src/node/cli/batch/run-batch.js';
import { recordingStream } from '../support/recording-stream.js';

// `--jobs auto` (the default) takes one thread for each core idle when the batch starts, at most four and at
// least three: with fewer idle it stays on one thread, so that work running beside it never makes it slower
// than `--jobs 1`. The summary line says how many threads a batch screened on when it was more than one.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = join(ROOT, 'dist', 'batch-worker.cjs');
const TIERED = 'test/fixtures/tiered.json';
const dir = mkdtempSync(join(tmpdir(), 'cse-batch-auto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const screener = compileRuleset(JSON.parse(readFileSync(TIERED, 'utf8')));
const line = (i: number): string => JSON.stringify({ ref: `case-${i}`, subject: { ageYears: 10 + (i % 8) }, answers: { missing: ['yes', 'no', 'possible'][i % 3] } });

async function batchWith(file: string, idle: number): Promise<{ stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdin: Readable.from([]), stdout: recordingStream(stdout), stderr: recordingStream(stderr) };
  const outcome = await runBatch(screener, {
    source: file, input: 'ndjson', quiet: false, includeFreeText: false, output: { kind: 'ndjson', detail: 'ids' },
    jobs: { requested: 'auto', workerFile: WORKER, idle: () => Promise.resolve(idle) },
  }, io);
  expect(outcome.exit).toBe(0);
  return { stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('assess --batch --jobs auto', () => {
  const big = join(dir, 'big.ndjson');
  const lines: string[] = [];
  for (let i = 0, bytes = 0; bytes < PARALLEL_FROM_BYTES * 1.5; i++) {
    lines.push(line(i));
    bytes += lines[i]?.length ?? 0;
  }
  writeFileSync(big, `${lines.join('\n')}\n`);

  test.each([
    [0.3, 1], [1.1, 1], [1.85, 1], [2, 1], [2.85, 3], [3.9, 4], [16, 4],
  ])('with %d cores idle, a file of 1 MiB or more is screened on %d thread(s) (never two: one worker saves less than it costs), with the same output', async (idle, threads) => {
    const alone = await batchWith(big, 0);
    const auto = await batchWith(big, idle);
    expect(auto.stdout).toBe(alone.stdout);
    expect(alone.stderr).not.toMatch(/threads/);
    if (threads === 1) expect(auto.stderr).not.toMatch(/threads/);
    else expect(auto.stderr).toMatch(new RegExp(` on ${threads} threads\\n$`));
  }, 60_000);

  test('a file below 1 MiB stays on one thread, whatever is idle', async () => {
    const small = join(dir, 'small.ndjson');
    writeFileSync(small, `${lines.slice(0, 100).join('\n')}\n`);
    expect((await batchWith(small, 8)).stderr).not.toMatch(/threads/);
  });

  test('the batch\'s own work while it gets ready (loading the ruleset) is not read as a core taken by other work', () => {
    // Two cores over 100 ms: 200 ms of core time, 100 of it idle.
    const before = { idle: 1_000, total: 2_000 };
    const after = { idle: 1_100, total: 2_200 };
    expect(idleCoresBetween(before, after, 0, 2)).toBe(1);
    expect(idleCoresBetween(before, after, 100, 2)).toBe(2);
    // Other work on the second core: the batch's own 100 ms leave one core idle, not two.
    expect(idleCoresBetween(before, { idle: 1_000, total: 2_200 }, 100, 2)).toBe(1);
    expect(idleCoresBetween(before, before, 0, 4)).toBe(4);
  });

  test('a machine with fewer cores than auto could take is not watched: the batch does not wait', async () => {
    const { availableParallelism } = await import('node:os');
    // A watch of ten seconds would lose the race against a timer of none; one not watched answers first.
    const answer = await Promise.race([watchIdleCores(10_000, availableParallelism() + 1)(), new Promise((resolve) => { setTimeout(() => { resolve('waited'); }, 0); })]);
    expect(answer).toBe(availableParallelism());
  });

  test('the idle cores are measured from the machine, between none and the cores the process may use', async () => {
    const idle = await idleCores(50);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual((await import('node:os')).availableParallelism());
  });
});
