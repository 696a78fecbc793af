import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { readFreshPrecompiled } from '../../src/node/read-fresh-precompiled.js';
import type { PrecompiledRuleset } from '../../src/precompiled/precompiled-ruleset.js';
import { fingerprintRuleset } from '../../src/ruleset/fingerprint-ruleset.js';

// The CLI starts from a bundled ruleset's precompiled form (rules/<id>.compiled.json) only when it was built from
// the JSON file beside it: the same bytes (its SHA-256), and the same ruleset (the fingerprint of the file's ruleset,
// read without its checks and proofs, equals the precompiled one's). A precompiled file altered after the build,
// with its own fingerprint worked out again, is not used: the ruleset file is loaded in full, with a warning.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cse-precompiled-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The precompiled default ruleset with its under-13 rules taken out and its fingerprint worked out again: a tampered file that says it is fresh. */
function tampered(): PrecompiledRuleset {
  const precompiled = JSON.parse(readFileSync(join(ROOT, 'rules/brighton-hove-cse.compiled.json'), 'utf8')) as PrecompiledRuleset;
  const ruleset = { ...precompiled.ruleset, rules: precompiled.ruleset.rules.filter((rule) => !rule.id.startsWith('under-13')) };
  expect(ruleset.rules.length).toBeLessThan(precompiled.ruleset.rules.length);
  return { ...precompiled, ruleset, stamp: { ...precompiled.stamp, fingerprint: fingerprintRuleset(ruleset) } };
}

describe('readFreshPrecompiled', () => {
  test('uses the precompiled form built from the ruleset file beside it', () => {
    const loaded = readFreshPrecompiled(join(ROOT, 'rules/brighton-hove-cse.json'));
    expect(loaded.screener?.stamp.id).toBe('brighton-hove-cse');
    expect(loaded.warnings).toBeUndefined();
  });

  test('refuses a precompiled form whose ruleset is not the one in the file it names (its fingerprint worked out again), with a warning, never quoting either', () => {
    const folder = join(scratch, 'tampered');
    mkdirSync(folder);
    cpSync(join(ROOT, 'rules/brighton-hove-cse.json'), join(folder, 'brighton-hove-cse.json'));
    writeFileSync(join(folder, 'brighton-hove-cse.compiled.json'), JSON.stringify(tampered()));
    const loaded = readFreshPrecompiled(join(folder, 'brighton-hove-cse.json'));
    expect(loaded.screener).toBeUndefined();
    expect(loaded.warnings?.map((warning) => [warning.code, warning.path])).toEqual([['invalid_value', ['precompiled', 'stamp', 'fingerprint']]]);
  });
});

describe('the CLI with a tampered precompiled default ruleset', () => {
  test('screens with the ruleset file, loaded in full, and says on stderr that the precompiled file was not used', () => {
    // A copy of the built package, whose rules folder holds the tampered file.
    const copy = join(scratch, 'package');
    mkdirSync(copy);
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'rules'), join(copy, 'rules'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    writeFileSync(join(copy, 'rules/brighton-hove-cse.compiled.json'), JSON.stringify(tampered()));
    const screening = JSON.stringify({ subject: { ageYears: 12 }, answers: { 'older-partner': 'yes' } });
    const assess = (root: string) => spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'assess', '-', '--format', 'json'], { input: screening, encoding: 'utf8', timeout: 60_000 });
    const fromCopy = assess(copy);
    const fromPackage = assess(ROOT);
    expect(fromCopy.status).toBe(0);
    expect(fromCopy.stdout).toBe(fromPackage.stdout);
    expect(fromCopy.stderr).toMatch(/^cse-screen: precompiled\.stamp\.fingerprint invalid_value .*loaded in full/m);
  }, 60_000);
});
