import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// These tests spawn the BUILT files (vitest's globalSetup runs tsup first): the file package.json's `bin`
// names for `cse-screen`, which users run, against dist/cli.js, which the other CLI tests run.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const BIN = join(ROOT, manifest.bin['cse-screen'] ?? 'missing');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(file: string, args: readonly string[], stdin = ''): { code: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [file, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 30_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the package bin (cse-screen)', () => {
  test('is a CommonJS file beside dist/cli.js that starts with a #! line for node', () => {
    expect(BIN).toMatch(/dist\/[a-z-]+\.cjs$/);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test.each([['--version'], ['-v']])('answers %s with the package version, as dist/cli.js does', (flag) => {
    expect(run(BIN, [flag])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(run(BIN, [flag])).toEqual(run(CLI, [flag]));
  });

  test.each([['--help'], ['-h']])('prints the same help as dist/cli.js for %s', (flag) => {
    const help = run(BIN, [flag]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help).toEqual(run(CLI, [flag]));
  });

  test.each([
    [['assess', 'examples/screening.json']],
    [['assess', 'examples/screening.json', '--format', 'json']],
    [['assess', '--help']],
    [['assess', 'test/cli/fixtures/no-such-file.json']],
    [['assess', 'examples/screening.json', '--ruleset', 'no-such-ruleset']],
    [['assess', 'examples/screening.json', '--ruleset', 'rules/brighton-hove-cse.json']],
    [['assess', '--nonsense']],
    [['assess', 'test/cli/fixtures/screening-invalid.json']],
    [['assess', 'test/cli/fixtures/screening-canary-shape.json']],
    [['assess', 'test/cli/fixtures/screening-canary-meaning.json']],
  ])('runs %j with the same exit code, stdout and stderr as dist/cli.js', (args) => {
    const viaBin = run(BIN, args);
    expect(viaBin).toEqual(run(CLI, args));
    expect(viaBin.code).not.toBe(70);
    expect(viaBin.stderr).not.toContain('CANARY');
  });

  test('assesses a screening piped to standard input, and a batch, as dist/cli.js does', () => {
    const screening = readFileSync(join(ROOT, 'examples/screening.json'), 'utf8');
    expect(run(BIN, ['assess', '-'], screening)).toEqual(run(CLI, ['assess', '-'], screening));
    const lines = `${JSON.stringify(JSON.parse(screening))}\n{"not":"a screening"}\n`;
    const batch = run(BIN, ['assess', '--batch'], lines);
    expect(batch.stdout.split('\n').filter((line) => line !== '')).toHaveLength(2);
    // The summary line on stderr holds the elapsed time and rate; the rest must match.
    const untimed = (outcome: ReturnType<typeof run>): ReturnType<typeof run> => ({ ...outcome, stderr: outcome.stderr.replace(/in [0-9.]+ s \([0-9.]+ records\/s\)/g, 'in T') });
    expect(untimed(batch)).toEqual(untimed(run(CLI, ['assess', '--batch'], lines)));
  });

  test.each([
    [['ruleset', 'list']],
    [['ruleset', 'show', 'brighton-hove-cse']],
    [['nonsense']],
    [[]],
  ])('runs every other command, %j, as dist/cli.js does', (args) => {
    expect(run(BIN, args)).toEqual(run(CLI, args));
  });
});

describe('dist/cli-assess.cjs (the bin\'s build of assess alone)', () => {
  test('has the code cache the build wrote, which V8 accepts when the bin runs assess', () => {
    const program = `
      process.argv = [process.argv[0], ${JSON.stringify(BIN)}, 'assess', 'examples/screening.json'];
      process.on('exit', () => { process.stderr.write(String(globalThis[Symbol.for('cse-screening/code-cache-subject')]?.script.cachedDataRejected)); });
      require(${JSON.stringify(BIN)});`;
    const child = spawnSync(process.execPath, ['-e', program], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(child.stderr).toBe('false');
    expect(child.stdout).toBe(run(CLI, ['assess', 'examples/screening.json']).stdout);
  });

  test('refuses any other command with an internal error (exit 70) and no output, never a partial run', () => {
    expect(run(join(ROOT, 'dist', 'cli-assess.cjs'), ['ruleset', 'list'])).toEqual({ code: 70, stdout: '', stderr: 'cse-screen: internal error Error\n' });
  });
});
