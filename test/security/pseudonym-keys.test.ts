import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { EXIT } from '../../src/node/cli/exit-codes.js';
import { keyIdOf } from '../../src/node/links/key-id-of.js';
import { pseudonymiseIdentifier } from '../../src/node/links/pseudonymise-identifier.js';
import { createPseudonymKey, readPseudonymKey } from '../../src/node/links/read-pseudonym-key.js';
import { linkedTieredRuleset, toNdjson } from '../report/synthetic-caseload.js';

// Keys: weak keys and key files others can read are refused; every ref carries the id of the key that made it
// (never the key), so that refs made under two keys (which never match, and so hide links) are not mixed unless
// told. The CLI runs as the BUILT binary.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'cse-keys-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const cse = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

let files = 0;
function keyFile(content: string | Uint8Array, mode = 0o600): string {
  const path = join(scratch, `k${++files}.key`);
  writeFileSync(path, content, { mode });
  chmodSync(path, mode);
  return path;
}

function newKey(): { path: string; key: Uint8Array } {
  const path = join(scratch, `new${++files}.key`);
  expect(createPseudonymKey(path).success).toBe(true);
  const read = readPseudonymKey(path);
  if (!read.success) throw new Error('a new key must be read back');
  return { path, key: read.data };
}

describe('readPseudonymKey', () => {
  test.each([
    ['32 × a', 'a'.repeat(32)],
    ['32 zero bytes', new Uint8Array(32)],
    ['ab repeated', 'ab'.repeat(20)],
    ['a 16-byte block twice', '0123456789abcdef'.repeat(2)],
    ['seven distinct bytes', 'abcdefg'.repeat(4) + 'gfedcba'],
    ['31 bytes', 'q8Zr2LmX0vBn4TcY7uWk1HsJ6pDf3Ge'],
  ])('refuses a weak key (%s) with invalid_value at key, never quoting it', (_what, content) => {
    const read = readPseudonymKey(keyFile(content));
    expect(read.success).toBe(false);
    expect(!read.success && read.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_value', ['key']]]);
    expect(JSON.stringify(read)).not.toContain(typeof content === 'string' ? content.slice(0, 12) : 'AAAA');
  });

  test.each([[0o644], [0o640], [0o604], [0o660], [0o620]])('refuses a key file others may read or change (mode %o), saying to chmod 600 it', (mode) => {
    const { path } = newKey();
    chmodSync(path, mode);
    const read = readPseudonymKey(path);
    expect(read.success).toBe(false);
    expect(!read.success && read.issues[0]).toMatchObject({ code: 'invalid_value', path: ['key'], message: expect.stringContaining('chmod 600') as string });
  });

  test('takes a key made by --new-key, owner-only, and one made read-only for its owner', () => {
    const { path } = newKey();
    expect(readPseudonymKey(path).success).toBe(true);
    chmodSync(path, 0o400);
    expect(readPseudonymKey(path).success).toBe(true);
  });
});

describe('the key id', () => {
  test('is the first 8 hex digits of HMAC-SHA-256(key, "cse-screening key id"): it names the key without giving it away', () => {
    const { key } = newKey();
    expect(keyIdOf(key)).toBe(createHmac('sha256', key).update('cse-screening key id').digest('hex').slice(0, 8));
  });

  test('begins every ref the key makes, before 32 hex digits of HMAC-SHA-256, so that refs say which key made them', () => {
    const { key } = newKey();
    const other = newKey().key;
    const ref = pseudonymiseIdentifier('vehicle', 'AB12 CDE', key);
    expect(ref).toMatch(new RegExp(`^veh-${keyIdOf(key)}[0-9a-f]{32}$`));
    expect(pseudonymiseIdentifier('vehicle', 'AB12 CDE', other)?.slice(4, 12)).toBe(keyIdOf(other));
  });

  test('pseudonymise and --new-key print it', () => {
    const path = join(scratch, 'printed.key');
    const made = cse('pseudonymise', '--new-key', path);
    expect(made.status).toBe(0);
    const read = readPseudonymKey(path);
    const id = read.success ? keyIdOf(read.data) : 'none';
    expect(made.stdout).toContain(`key id ${id}`);
    const raw = join(scratch, 'printed.ndjson');
    writeFileSync(raw, toNdjson([{ ref: 'A', subject: { ageYears: 14 }, answers: {}, associations: [{ kind: 'phone', identifier: '07700 900123' }] }]));
    const done = cse('pseudonymise', raw, '--key', path, '--out', join(scratch, 'printed-out.ndjson'));
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(`key id ${id}`);
  });
});

describe('refs made under two keys', () => {
  const ruleset = join(scratch, 'ruleset.json');
  writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
  const screening = (ref: string, association: string) => ({ ref, subject: { ageYears: 14 }, answers: { missing: 'yes' }, associations: [{ kind: 'vehicle', ref: association }] });

  /** Screenings A and B under one key, sharing a vehicle, and C under another key (or with a ref made before refs carried a key id). */
  function mixed(third: 'other-key' | 'no-key-id'): string {
    const one = newKey().key;
    const shared = pseudonymiseIdentifier('vehicle', 'AB12 CDE', one) ?? '';
    const thirdRef = third === 'other-key' ? pseudonymiseIdentifier('vehicle', 'AB12 CDE', newKey().key) ?? '' : `veh-${'5d41402abc4b2a76b9719d911017c592'}`;
    const path = join(scratch, `mixed-${++files}.ndjson`);
    writeFileSync(path, toNdjson([screening('A', shared), screening('B', shared), screening('C', thirdRef)]));
    return path;
  }

  test.each([['other-key'], ['no-key-id']] as const)('links refuses them (%s) with invalid_value at the first ref of another key, exit 1; --allow-mixed-keys lists the links', (third) => {
    const path = mixed(third);
    const refused = cse('links', path, '--ruleset', ruleset);
    expect(refused.status).toBe(EXIT.invalidScreening);
    expect(refused.stderr).toMatch(/^cse-screen: \[3\]\.associations\[0\]\.ref invalid_value was made under another key .*--allow-mixed-keys/);
    const allowed = cse('links', path, '--ruleset', ruleset, '--allow-mixed-keys');
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('G1: 2 children');
  });

  test('report --screenings refuses them too, unless told', () => {
    const path = mixed('other-key');
    const results = join(scratch, `mixed-results-${++files}.ndjson`);
    writeFileSync(results, cse('assess', '--batch', path, '--ruleset', ruleset, '--quiet', '--detail', 'full').stdout);
    const refused = cse('report', results, '--screenings', path, '--ruleset', ruleset, '--as-of', '2026-02-01');
    expect(refused.status).toBe(EXIT.invalidScreening);
    expect(refused.stderr).toMatch(/^cse-screen: screenings\[3\]\.associations\[0\]\.ref invalid_value was made under another key/);
    expect(cse('report', results, '--screenings', path, '--ruleset', ruleset, '--as-of', '2026-02-01', '--allow-mixed-keys').status).toBe(0);
  });

  test('pseudonymise refuses a ref already in its input that another key made', () => {
    const { path: keyPath } = newKey();
    const raw = join(scratch, `with-ref-${++files}.ndjson`);
    writeFileSync(raw, toNdjson([screening('A', pseudonymiseIdentifier('vehicle', 'AB12 CDE', newKey().key) ?? '')]));
    const out = join(scratch, `with-ref-out-${files}.ndjson`);
    const done = cse('pseudonymise', raw, '--key', keyPath, '--out', out);
    expect(done.status).toBe(EXIT.invalidScreening);
    expect(done.stderr).toMatch(/^cse-screen: \[1\]\.associations\[0\]\.ref invalid_value was made under another key/);
    expect(() => readFileSync(out)).toThrow();
  });
});
