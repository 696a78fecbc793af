import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset, safeParseScreening } from '../../src/index.js';
import { loadFixture } from '../support/load-fixture.js';

// A screening within guardInput's limits can still hold hundreds of thousands of bad entries: each is an
// issue with its path, never a crash (an issue list spread into one call once overflowed the stack).
const ENTRIES = 300_000;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cse-many-issues-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manyAnswers = (value: unknown): Record<string, unknown> => Object.fromEntries(Array.from({ length: ENTRIES }, (_, i) => [`item-${i}`, value]));

describe('a screening with hundreds of thousands of bad entries', () => {
  test('answers outside every scale: one issue each, with its path, from the shape check', () => {
    const outcome = safeParseScreening({ subject: {}, answers: manyAnswers('maybe') });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues.length).toBe(ENTRIES);
    expect(outcome.issues[ENTRIES - 1]).toMatchObject({ code: 'answer_not_in_scale', path: ['answers', `item-${ENTRIES - 1}`] });
  });

  test('answers with details of the wrong form and indicators the ruleset lacks: refused by the screener, not thrown', () => {
    const screener = compileRuleset(loadFixture('tiered'));
    for (const value of [{ value: 'yes', window: ['Bad'] }, 'yes']) {
      const outcome = screener.safeScreen({ subject: { ageYears: 14 }, answers: manyAnswers(value) });
      expect(outcome.success ? 0 : outcome.issues.length, JSON.stringify(value)).toBeGreaterThanOrEqual(ENTRIES);
    }
  });

  test('in a batch, such a line is an error line and the lines after it are screened, with worker threads and without', () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, `${JSON.stringify({ subject: {}, answers: manyAnswers('maybe') })}\n${JSON.stringify({ subject: { ageYears: 14 }, answers: {} })}\n`);
    for (const jobs of ['2', '1']) {
      const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'assess', '--batch', file, '--quiet', '--detail', 'decision', '--jobs', jobs], { cwd: ROOT, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
      const lines = run.stdout.toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as { line: number; result?: unknown; error?: { issues: unknown[] } });
      expect([run.status, run.stderr.toString('utf8')], `--jobs ${jobs}`).toEqual([1, '']);
      expect(lines.map((line) => [line.line, line.error?.issues.length ?? 'result'])).toEqual([[1, ENTRIES], [2, 'result']]);
    }
  });

  test('links lists the issues of such a line, each with its line and path, and exits 1 rather than failing inside', () => {
    const file = join(dir, 'many-links.ndjson');
    writeFileSync(file, `${JSON.stringify({ subject: {}, answers: manyAnswers('maybe') })}\n`);
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'links', file], { cwd: ROOT, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    const stderr = run.stderr.toString('utf8').trim().split('\n');
    expect([run.status, stderr.length]).toEqual([1, ENTRIES]);
    expect(stderr[0]).toMatch(/^cse-screen: \[1\]\.answers\.item-0 answer_not_in_scale /);
  });
});
