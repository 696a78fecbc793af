import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../src/node/cli/exit-codes.js';
import { CANARY, toNdjson } from '../report/synthetic-caseload.js';

const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

/** A folder with a new pseudonym key and a raw screening file of these lines. */
function setUp(lines: string): { folder: string; key: string; raw: string } {
  const folder = mkdtempSync(join(tmpdir(), 'cse-pseudonymise-'));
  const key = join(folder, 'la.key');
  expect(run('pseudonymise', '--new-key', key).status).toBe(0);
  const raw = join(folder, 'raw.ndjson');
  writeFileSync(raw, lines);
  return { folder, key, raw };
}

const screening = (ref: string) => ({ ref, subject: { ageYears: 14 }, answers: {}, associations: [{ kind: 'person', identifier: `${CANARY} Smith` }] });

describe('cse-screen pseudonymise', () => {
  test('refuses an --out it cannot open with file_unwritable and exit 74, no stack trace, and nothing written', () => {
    const { folder, key, raw } = setUp(toNdjson([screening('A')]));
    const out = join(key, 'pseudonymised.ndjson');
    const done = run('pseudonymise', raw, '--key', key, '--out', out);
    expect(done.status).toBe(EXIT.ioError);
    expect(done.stderr).toBe('cse-screen: out file_unwritable could not write the output file (ENOTDIR); nothing was written\n');
    expect(done.stdout).toBe('');
    expect(readdirSync(folder).sort()).toEqual(['la.key', 'raw.ndjson']);
  });

  test('refuses an --out that is a folder with file_unwritable, leaving no partial file', () => {
    const { folder, key, raw } = setUp(toNdjson([screening('A')]));
    const done = run('pseudonymise', raw, '--key', key, '--out', folder);
    expect(done.status).toBe(EXIT.ioError);
    expect(done.stderr).toMatch(/^cse-screen: out file_unwritable could not write the output file \(E[A-Z]+\); nothing was written\n$/);
    expect(readdirSync(folder).sort()).toEqual(['la.key', 'raw.ndjson']);
  });

  test('refuses a line that gives a key twice with duplicate_key at its line and path, writes nothing, and echoes no value', () => {
    const twice = `{"ref":"P1","subject":{"ageYears":14},"answers":{"older-partner":{"value":"yes","window":["last-3-months"],"evidence":"${CANARY}"},"older-partner":"no"},`
      + `"associations":[{"kind":"person","identifier":"${CANARY} Smith"}]}\n`;
    const { folder, key, raw } = setUp(`${JSON.stringify(screening('A'))}\n${twice}`);
    const out = join(folder, 'pseudonymised.ndjson');
    const done = run('pseudonymise', raw, '--key', key, '--out', out);
    expect(done.status).toBe(EXIT.invalidScreening);
    expect(done.stderr).toBe('cse-screen: [2].answers.older-partner duplicate_key appears more than once in the same object: which one is meant cannot be told, so the line is refused\n');
    expect(done.stderr).not.toContain(CANARY);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  test('writes every line of a file larger than its write buffer, in order, each with a pseudonymous ref', () => {
    const count = 3000;
    const { folder, key, raw } = setUp(toNdjson(Array.from({ length: count }, (_, i) => screening(`C${i}`))));
    const out = join(folder, 'pseudonymised.ndjson');
    const done = run('pseudonymise', raw, '--key', key, '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.length).toBeGreaterThan(2 * 64 * 1024);
    expect(written).not.toContain(CANARY);
    const lines = written.trimEnd().split('\n').map((line) => JSON.parse(line) as { ref: string; associations: { ref: string }[] });
    expect(lines.map((line) => line.ref)).toEqual(Array.from({ length: count }, (_, i) => `C${i}`));
    expect(new Set(lines.map((line) => line.associations[0]?.ref))).toEqual(new Set([expect.stringMatching(/^per-[0-9a-f]{40}$/)]));
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
