import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// `cse-screen assess` on one screening that gives a key twice: JSON keeps the last value, so the result
// itself must say so, not only stderr, or a saved result hides that a "yes" was overridden. Built binary.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const CANARY = 'CANARY-3d7e';
const TWICE = `{"subject":{"ageYears":14},"answers":{"older-partner":{"value":"yes","evidence":"${CANARY}"},"older-partner":"no"}}`;

function assess(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'assess', '-', ...args], { cwd: ROOT, input: TWICE, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('assess on a screening that gives a key twice', () => {
  test('the JSON result carries the duplicate_key warning with its path, never the value', () => {
    const run = assess(['--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { warnings: { code: string; path: unknown[] }[] };
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'duplicate_key', path: ['answers', 'older-partner'] }));
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });

  test('the text output lists it among the warnings', () => {
    const run = assess([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/answers\.older-partner/);
    expect(run.stdout).toMatch(/Warnings:\n- answers\.older-partner duplicate_key appears more than once/);
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });
});
