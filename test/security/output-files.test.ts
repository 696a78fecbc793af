import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { EXIT } from '../../src/node/cli/exit-codes.js';
import { batchLines, linkedScreener, linkedTieredRuleset, syntheticScreenings, toNdjson } from '../report/synthetic-caseload.js';

// Every file the CLI writes (report, docs, export, types, pseudonymise and its key) is written under a name no one
// can predict, created exclusively, then renamed into place: never through a symlink, never over a key, owner-only
// where it holds case data, and whole or not at all when the disk fills (a file size limit, `ulimit -f`, stands in
// for a full disk: the write that crosses it is cut short, as on a full disk, then fails). Run as the BUILT binary.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'cse-output-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

function cse(args: readonly string[], fileSizeLimitKiB?: number): Run {
  const run = fileSizeLimitKiB === undefined
    ? spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    : spawnSync('bash', ['-c', `ulimit -f ${fileSizeLimitKiB}; exec "$@"`, 'bash', process.execPath, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let folders = 0;
function folder(): string {
  const path = join(scratch, `f${++folders}`);
  mkdirSync(path);
  return path;
}

/** A caseload in a new folder: the tiered ruleset with a link policy, its screenings and their full results. */
function caseload(): { dir: string; ruleset: string; screenings: string; results: string } {
  const dir = folder();
  const ruleset = join(dir, 'ruleset.json');
  writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
  const screenings = join(dir, 'screenings.ndjson');
  writeFileSync(screenings, toNdjson(syntheticScreenings()));
  const results = join(dir, 'results.ndjson');
  writeFileSync(results, batchLines(linkedScreener(), syntheticScreenings()));
  return { dir, ruleset, screenings, results };
}

const reportArgs = (files: ReturnType<typeof caseload>, out: string): string[] =>
  ['report', files.results, '--screenings', files.screenings, '--ruleset', files.ruleset, '--as-of', '2026-02-01', '--out', out];

/** A raw screening file for pseudonymise, `count` lines, and a new key beside it. */
function rawCaseload(count: number): { dir: string; raw: string; key: string } {
  const dir = folder();
  const key = join(dir, 'la.key');
  expect(cse(['pseudonymise', '--new-key', key]).status).toBe(0);
  const raw = join(dir, 'raw.ndjson');
  writeFileSync(raw, toNdjson(Array.from({ length: count }, (_, i) => ({
    ref: `C${i}`, subject: { ageYears: 14 }, answers: {}, associations: [{ kind: 'vehicle', identifier: `AB${String(i % 100).padStart(2, '0')} CDE` }],
  }))));
  return { dir, raw, key };
}

const modeOf = (path: string): number => statSync(path).mode & 0o777;

describe('files the CLI writes', () => {
  test('report --out never writes through a symlink planted at a name it once used for its partial files, and replaces a symlink at the target rather than the file it points to', () => {
    const files = caseload();
    const out = join(files.dir, 'report');
    mkdirSync(out);
    const victim = join(files.dir, 'victim.txt');
    writeFileSync(victim, 'not yours\n');
    for (const name of ['caseload-report.html', 'caseload-report.md', 'caseload-report.csv', 'caseload-summary.json']) symlinkSync(victim, join(out, `${name}.partial`));
    symlinkSync(victim, join(out, 'caseload-report.md'));
    const done = cse(reportArgs(files, out));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('not yours\n');
    expect(lstatSync(join(out, 'caseload-report.md')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'caseload-report.md'), 'utf8')).toMatch(/^# Caseload report at 2026-02-01/);
  });

  test('report files hold case refs, so they are created readable by their owner only (0600), in a folder made for its owner only (0700)', () => {
    const files = caseload();
    const out = join(files.dir, 'new-report');
    expect(cse(reportArgs(files, out)).status).toBe(0);
    expect(modeOf(out)).toBe(0o700);
    for (const name of readdirSync(out)) expect(modeOf(join(out, name)), name).toBe(0o600);
  });

  test('pseudonymise writes its output readable by its owner only (0600), under no predictable partial name', () => {
    const { dir, raw, key } = rawCaseload(3);
    const out = join(dir, 'screenings.ndjson');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'not yours\n');
    symlinkSync(victim, `${out}.partial`);
    const done = cse(['pseudonymise', raw, '--key', key, '--out', out]);
    expect(done.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('not yours\n');
    expect(modeOf(out)).toBe(0o600);
  });

  test('pseudonymise --out never replaces the key it was given, or any other key file: exit 74, file_unwritable, and the key unchanged', () => {
    const { dir, raw, key } = rawCaseload(3);
    const before = readFileSync(key);
    const other = join(dir, 'old.key');
    expect(cse(['pseudonymise', '--new-key', other]).status).toBe(0);
    const otherBefore = readFileSync(other);
    for (const out of [key, other]) {
      const done = cse(['pseudonymise', raw, '--key', key, '--out', out]);
      expect(done.status).toBe(EXIT.ioError);
      expect(done.stderr).toMatch(/^cse-screen: out file_unwritable .*key.*never/);
    }
    expect(readFileSync(key).equals(before)).toBe(true);
    expect(readFileSync(other).equals(otherBefore)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['la.key', 'old.key', 'raw.ndjson']);
  });

  test('report, docs and types never replace a key file either', () => {
    const files = caseload();
    const key = join(files.dir, 'caseload-report.md');
    expect(cse(['pseudonymise', '--new-key', key]).status).toBe(0);
    const before = readFileSync(key);
    const report = cse(reportArgs(files, files.dir));
    expect(report.status).toBe(EXIT.ioError);
    expect(report.stderr).toMatch(/file_unwritable .*key/);
    const typesKey = join(files.dir, 'answers.key');
    expect(cse(['pseudonymise', '--new-key', typesKey]).status).toBe(0);
    expect(cse(['types', '--out', typesKey]).status).toBe(EXIT.ioError);
    expect(readFileSync(key).equals(before)).toBe(true);
    expect(readdirSync(files.dir).filter((name) => name.startsWith('caseload-') || name.startsWith('.'))).toEqual(['caseload-report.md']);
  });
});

describe('a full disk', () => {
  test('report: exit 74 with file_unwritable, no partial or temporary file left, and an earlier report left whole', () => {
    const files = caseload();
    const out = join(files.dir, 'report');
    expect(cse(reportArgs(files, out)).status).toBe(0);
    const earlier = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
    const done = cse(reportArgs(files, out), 8);
    expect(done.status).toBe(EXIT.ioError);
    expect(done.stderr).toBe('cse-screen: (root) file_unwritable could not write to the output folder (EFBIG); nothing was written\n');
    expect(Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]))).toEqual(earlier);
  });

  test('docs: exit 74, and the folder holds nothing new', () => {
    const out = join(folder(), 'rulebook');
    const done = cse(['docs', '--out', out], 16);
    expect(done.status).toBe(EXIT.ioError);
    expect(done.stderr).toMatch(/^cse-screen: \(root\) file_unwritable could not write to the output folder \(EFBIG\); nothing was written\n$/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('pseudonymise: exit 74, no output and no partial file', () => {
    const { dir, raw, key } = rawCaseload(2000);
    const done = cse(['pseudonymise', raw, '--key', key, '--out', join(dir, 'screenings.ndjson')], 64);
    expect(done.status).toBe(EXIT.ioError);
    expect(done.stderr).toBe('cse-screen: out file_unwritable could not write the output file (EFBIG); nothing was written\n');
    expect(readdirSync(dir).sort()).toEqual(['la.key', 'raw.ndjson']);
  });

  test('pseudonymise --new-key: exit 74, no empty key left behind, and a retry with room succeeds', () => {
    const dir = folder();
    const key = join(dir, 'la.key');
    const done = cse(['pseudonymise', '--new-key', key], 0);
    expect(done.status).toBe(EXIT.ioError);
    expect(done.stderr).toMatch(/^cse-screen: key file_unwritable .*\(EFBIG\)/);
    expect(readdirSync(dir)).toEqual([]);
    expect(cse(['pseudonymise', '--new-key', key]).status).toBe(0);
    expect(readFileSync(key, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(modeOf(key)).toBe(0o600);
    expect(existsSync(`${key}.partial`)).toBe(false);
  });
});
