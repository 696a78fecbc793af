import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset, explainResult, type IdsResult } from '../../src/index.js';
import { caseloadScreenings } from '../support/caseload-screenings.js';

// The size of what `cse-screen assess --batch` writes by default (the ids form), against the bytes it read, on
// caseload-like records: few answers and some associations. A size, measured on the built binary, dist/cli.js.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const RULESET = join(ROOT, 'rules', 'brighton-hove-cse.json');
const rulesetJson = JSON.parse(readFileSync(RULESET, 'utf8')) as Parameters<typeof caseloadScreenings>[0];
const folder = mkdtempSync(join(tmpdir(), 'cse-ids-size-'));
afterAll(() => { rmSync(folder, { recursive: true, force: true }); });

/** The default batch output of a file, and the ratio of its bytes to the file's. */
function batchIds(file: string): { ratio: number; lines: string[] } {
  const run = spawnSync(process.execPath, [CLI, 'assess', '--batch', file, '--ruleset', RULESET, '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
  expect(run.status).toBe(0);
  return { ratio: Buffer.byteLength(run.stdout) / readFileSync(file).length, lines: run.stdout.split('\n').filter((line) => line !== '') };
}

describe('the ids output of assess --batch on caseload-like records', () => {
  test('is at most three times the bytes of its input, on 2,000 generated caseload records', () => {
    const file = join(folder, 'caseload.ndjson');
    writeFileSync(file, [...caseloadScreenings(rulesetJson, { screenings: 2_000 })].map((screening) => `${JSON.stringify(screening)}\n`).join(''));
    const { ratio, lines } = batchIds(file);
    expect(lines).toHaveLength(2_000);
    expect(ratio).toBeLessThanOrEqual(3);
  });

  test('is at most three times the bytes of its input on the example caseload, and every result still reads in full with its ruleset', () => {
    const { ratio, lines } = batchIds(join(ROOT, 'examples', 'caseload', 'screenings.ndjson'));
    expect(ratio).toBeLessThanOrEqual(3);
    const screener = compileRuleset(JSON.parse(readFileSync(RULESET, 'utf8')));
    for (const line of lines) {
      const result = (JSON.parse(line) as { result: IdsResult }).result;
      expect(result.format).toBe('cse-screening/result-ids@3');
      expect(explainResult(result, screener.ruleset)).toContain('Unanswered (not scored as no)');
    }
  });
});
