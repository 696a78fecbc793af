import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// `cse-screen assess --batch --jobs N`: the batch's own thread and N - 1 worker threads read and screen batches
// of NDJSON lines in turn, the batch's own thread writes them. Whatever the number of workers, the output is the same, byte for byte, in input order.
// Run as the built binary, dist/cli.js, which finds dist/batch-worker.cjs beside it.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TIERED = 'test/fixtures/tiered.json';
const CANARY = 'CANARY-7f3a91';
const dir = mkdtempSync(join(tmpdir(), 'cse-batch-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cse(args: readonly string[]): { code: number | null; stdout: Buffer; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** The counts of a batch's summary line, without the time it took and the threads it took it on. */
const countsOf = (stderr: string): string => stderr.replace(/ in [0-9.]+ s \([0-9]+ records\/s\)( on [0-9]+ threads)?/, '');

/**
 * A caseload with every kind of line a batch meets: a byte order mark, CRLF and LF endings, blank lines,
 * lines that are not JSON or not UTF-8, a key given twice, screenings that are not valid, evidence and refs
 * with control characters, a line too long to read, and many good screenings, so that the lines fill many
 * chunks and every worker gets several batches.
 */
function mixedCaseload(): Buffer {
  const good = (i: number): string => JSON.stringify({
    ref: `case-${i}`, subject: { ageYears: 10 + (i % 8) },
    answers: { missing: ['yes', 'no', 'possible', 'unknown'][i % 4], ...(i % 3 === 0 ? {} : { 'older-friend': { value: i % 3 === 1 ? 'yes' : 'no', evidence: `${CANARY} seen ${i}` } }) },
  });
  const lines: (string | Buffer)[] = [];
  for (let i = 0; i < 3000; i++) {
    switch (i % 50) {
      case 1: lines.push(''); break;
      case 2: lines.push(`{"ref":"bad-json-${i}","answers":{"missing": ${CANARY}}}`); break;
      case 3: lines.push(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])); break;
      case 4: lines.push(`{"ref":"twice-${i}","subject":{"ageYears":14},"answers":{"missing":"no","missing":"yes"}}`); break;
      case 5: lines.push(`{"ref":"unknown-${i}","subject":{"ageYears":14},"answers":{"not-an-indicator":"yes"}}`); break;
      case 6: lines.push(`${good(i)}\r`); break;
      case 7: lines.push(JSON.stringify({ ref: `ctl-\u0007-${i}`, subject: { ageYears: 14 }, answers: { missing: 'yes' } })); break;
      case 8: lines.push('   \t'); break;
      default: lines.push(good(i));
    }
  }
  // 3,000 lines, 120 of them blank, and the long line: 2,881 records, of which 3 in 50 (and the long line) fail.
  // A line longer than any a batch keeps (16 MiB): read as too large, never held in memory.
  lines.splice(1500, 0, `{"ref":"huge","pad":"${'x'.repeat(16 * 1024 * 1024)}"}`);
  const parts = lines.map((line) => Buffer.concat([typeof line === 'string' ? Buffer.from(line, 'utf8') : line, Buffer.from('\n')]));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ...parts]);
}

describe('assess --batch --jobs', () => {
  const caseload = join(dir, 'mixed.ndjson');
  writeFileSync(caseload, mixedCaseload());

  test.each([
    ['ids (the default)', []],
    ['full with free text', ['--detail', 'full', '--include-free-text']],
    ['decision', ['--detail', 'decision']],
    ['csv', ['--output', 'csv']],
  ])('%s: with 2 or 3 worker threads, the same output, byte for byte, the same counts and exit as on one thread', (_what, extra) => {
    const alone = cse(['assess', '--batch', caseload, '--ruleset', TIERED, '--jobs', '1', ...extra]);
    expect(alone.code).toBe(1);
    expect(countsOf(alone.stderr)).toBe('cse-screen: batch: 2881 records read, 2700 scored, 181 failed\n');
    for (const jobs of ['2', '3']) {
      const parallel = cse(['assess', '--batch', caseload, '--ruleset', TIERED, '--jobs', jobs, ...extra]);
      expect(parallel.code).toBe(alone.code);
      expect(parallel.stdout.equals(alone.stdout), `--jobs ${jobs} writes what --jobs 1 writes`).toBe(true);
      expect(countsOf(parallel.stderr)).toBe(countsOf(alone.stderr));
    }
    if (!extra.includes('--include-free-text')) expect(alone.stdout.toString('utf8')).not.toContain(CANARY);
  }, 120_000);

  test('a file of 1 MiB or more is screened on as many threads as cores are idle unless told otherwise (--jobs auto, the default), with the same output', () => {
    const alone = cse(['assess', '--batch', caseload, '--ruleset', TIERED, '--jobs', '1', '--quiet']);
    const auto = cse(['assess', '--batch', caseload, '--ruleset', TIERED, '--quiet']);
    expect(auto.code).toBe(alone.code);
    expect(auto.stdout.equals(alone.stdout)).toBe(true);
  }, 120_000);

  test('--jobs takes auto or a whole number from 1 to 64, and goes with --batch: anything else is a usage error (exit 2) with nothing on stdout', () => {
    for (const args of [
      ['assess', '--batch', caseload, '--jobs', '0'],
      ['assess', '--batch', caseload, '--jobs', '65'],
      ['assess', '--batch', caseload, '--jobs', 'two'],
      ['assess', '--batch', caseload, '--jobs', '2.5'],
      ['assess', 'examples/screening.json', '--jobs', '2'],
    ]) {
      const run = cse(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout.byteLength).toBe(0);
      expect(run.stderr).toMatch(/--jobs/);
    }
  });

  test('with worker threads, the lines before a line too long to read are all written, in order, and the line itself is reported by number', () => {
    const run = cse(['assess', '--batch', caseload, '--ruleset', TIERED, '--jobs', '2', '--quiet']);
    const lines = run.stdout.toString('utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as { line: number; error?: { issues: { code: string }[] } });
    const numbers = lines.map((line) => line.line);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(lines.find((line) => line.line === 1501)?.error?.issues[0]?.code).toBe('too_large');
    expect(readFileSync(caseload).byteLength).toBeGreaterThan(16 * 1024 * 1024);
  }, 120_000);
});
