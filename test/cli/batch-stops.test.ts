import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { EXIT } from '../../src/node/cli/exit-codes.js';

// `cse-screen assess --batch` whose output stops being taken: a reader that closes the pipe (`| head -3`), a full
// disk (a file size limit, `ulimit -f`, cuts the write that crosses it short, as a full disk does, then fails it),
// /dev/full. The batch stops with a non-zero exit and says how many records it wrote, even with --quiet; a file it
// wrote ends on a whole record. Run as the BUILT binary.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TIERED = 'test/fixtures/tiered.json';
const dir = mkdtempSync(join(tmpdir(), 'cse-batch-stops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caseload = join(dir, 'caseload.ndjson');
writeFileSync(caseload, Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ ref: `case-${i}`, subject: { ageYears: 10 + (i % 8) }, answers: { missing: 'yes' } })).join('\n') + '\n');
const batch = ['assess', '--batch', caseload, '--ruleset', TIERED, '--quiet'];

/** The number of records the stop message says were written. */
function writtenOf(stderr: string): number {
  const match = /records? written/.test(stderr) ? /(\d+) records? written/.exec(stderr) : null;
  expect(match, stderr).not.toBeNull();
  return Number(match?.[1]);
}

/** Every line parses as JSON: the output ends on a whole record. */
function wholeLines(text: string): number {
  if (text === '') return 0;
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  lines.forEach((line, i) => expect(() => JSON.parse(line) as unknown, `line ${i + 1}`).not.toThrow());
  return lines.length;
}

describe('assess --batch whose output stops being taken', () => {
  test('a reader that closes the pipe after three lines (| head -3) stops the batch with exit 141, and stderr says how many records were written, even with --quiet', async () => {
    const stopped = await new Promise<{ status: number | null; stderr: string; lines: number }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...batch, '--jobs', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let seen = '';
      const err: Buffer[] = [];
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        if (seen.split('\n').length > 3) child.stdout.destroy();
      });
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stderr: Buffer.concat(err).toString('utf8'), lines: seen.split('\n').length - 1 }));
    });
    expect(stopped.status).toBe(EXIT.outputClosed);
    expect(stopped.stderr).toMatch(/^cse-screen: batch: .*stopped when standard output was closed \(EPIPE\): \d+ records? written, the last one whole\n$/);
    expect(writtenOf(stopped.stderr)).toBeGreaterThanOrEqual(3);
    expect(writtenOf(stopped.stderr)).toBeLessThan(20_000);
  }, 60_000);

  test.each([['on its own thread', '1'], ['with worker threads', '2']])('on a full disk %s, the output file ends on a whole record, exit 74, and stderr says how many records were written, even with --quiet', (_how, jobs) => {
    const out = join(dir, `full-${jobs}.ndjson`);
    const run = spawnSync('bash', ['-c', `ulimit -f 1024; exec "$@" > "${out}"`, 'bash', process.execPath, CLI, ...batch, '--jobs', jobs], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(EXIT.ioError);
    expect(run.stderr).toMatch(/^cse-screen: batch: .*stopped: standard output could not be written \(EFBIG\): \d+ records? written, the last one whole\n$/);
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(wholeLines(text)).toBe(writtenOf(run.stderr));
  }, 60_000);

  test('to /dev/full: exit 74, and stderr says no record was written', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, ...batch], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(EXIT.ioError);
      expect(run.stderr).toMatch(/stopped: standard output could not be written \(ENOSPC\): 0 records written/);
    } finally {
      closeSync(full);
    }
  }, 60_000);
});
