import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { bytesSha256 } from '../../src/node/bytes-sha256.js';
import { readFreshPrecompiled } from '../../src/node/read-fresh-precompiled.js';
import type { PrecompiledRuleset } from '../../src/precompiled/precompiled-ruleset.js';
import { fingerprintRuleset } from '../../src/ruleset/fingerprint-ruleset.js';

// The CLI starts from a bundled ruleset's precompiled form (rules/<id>.compiled.json) only when it was built from
// the JSON file beside it: the same bytes (its SHA-256), and the same ruleset with its fingerprint. A file npm run
// generate wrote, byte for byte, was shown to hold them when it was written; any other is checked against the
// ruleset file, read without its checks and proofs. A precompiled file altered after the build, with its own
// fingerprint worked out again, is not used: the ruleset file is loaded in full, with a warning.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cse-precompiled-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The precompiled default ruleset as built, for a test to alter. */
function built(): PrecompiledRuleset {
  return JSON.parse(readFileSync(join(ROOT, 'rules/brighton-hove-cse.compiled.json'), 'utf8')) as PrecompiledRuleset;
}

/** The precompiled default ruleset with its under-13 rules taken out and its fingerprint worked out again: a tampered file that says it is fresh. */
function tampered(): PrecompiledRuleset {
  const precompiled = built();
  const ruleset = { ...precompiled.ruleset, rules: precompiled.ruleset.rules.filter((rule) => !rule.id.startsWith('under-13')) };
  expect(ruleset.rules.length).toBeLessThan(precompiled.ruleset.rules.length);
  return { ...precompiled, ruleset, stamp: { ...precompiled.stamp, fingerprint: fingerprintRuleset(ruleset) } };
}

/** Reads a copy of the default ruleset file with this precompiled form beside it. */
function readBeside(name: string, precompiled: unknown): ReturnType<typeof readFreshPrecompiled> {
  const folder = join(scratch, name);
  mkdirSync(folder);
  cpSync(join(ROOT, 'rules/brighton-hove-cse.json'), join(folder, 'brighton-hove-cse.json'));
  writeFileSync(join(folder, 'brighton-hove-cse.compiled.json'), JSON.stringify(precompiled));
  return readFreshPrecompiled(join(folder, 'brighton-hove-cse.json'));
}

const ALTERED = [['invalid_value', ['precompiled', 'stamp', 'fingerprint']]];

describe('readFreshPrecompiled', () => {
  test('uses the precompiled form built from the ruleset file beside it', () => {
    const loaded = readFreshPrecompiled(join(ROOT, 'rules/brighton-hove-cse.json'));
    expect(loaded.screener?.stamp).toEqual(built().stamp);
    expect(loaded.warnings).toBeUndefined();
  });

  test('uses a precompiled form npm run generate did not write byte for byte (written on one line) once it is checked against the ruleset file', () => {
    expect(bytesSha256(Buffer.from(JSON.stringify(built())))).not.toBe(bytesSha256(readFileSync(join(ROOT, 'rules/brighton-hove-cse.compiled.json'))));
    const loaded = readBeside('one-line', built());
    expect(loaded.screener?.stamp).toEqual(built().stamp);
    expect(loaded.warnings).toBeUndefined();
  });

  test('screens as the ruleset file loaded in full does', async () => {
    const { loadRulesetFile } = await import('../../src/node/load-ruleset-file.js');
    const full = loadRulesetFile(join(ROOT, 'rules/brighton-hove-cse.json'));
    const fresh = readFreshPrecompiled(join(ROOT, 'rules/brighton-hove-cse.json')).screener;
    if (!full.success || fresh === undefined) throw new Error('the default ruleset did not load');
    expect(fresh.ruleset).toEqual(full.data.ruleset);
    const screening = { subject: { ageYears: 12 }, answers: { 'older-partner': 'yes' } };
    expect(fresh.screen(screening)).toEqual(full.data.screen(screening));
  });

  test.each([
    ['its stamp names another fingerprint, its ruleset untouched', (p: PrecompiledRuleset) => ({ ...p, stamp: { ...p.stamp, fingerprint: `sha256:${'0'.repeat(64)}` } })],
    ['its ruleset was changed (a title) and its stamp was not', (p: PrecompiledRuleset) => ({ ...p, ruleset: { ...p.ruleset, meta: { ...p.ruleset.meta, title: 'Another' } } })],
    ['its ruleset\'s members were written in another order', (p: PrecompiledRuleset) => ({ ...p, ruleset: Object.fromEntries(Object.entries(p.ruleset).reverse()) })],
    ['its ruleset is missing', (p: PrecompiledRuleset) => ({ ...p, ruleset: undefined })],
    ['its ruleset is not an object', (p: PrecompiledRuleset) => ({ ...p, ruleset: null })],
    ['its stamp is missing', (p: PrecompiledRuleset) => ({ ...p, stamp: undefined })],
  ])('refuses a precompiled form built from these bytes when %s, with the warning', (name, alter) => {
    const loaded = readBeside(name.replace(/[^a-z]+/g, '-'), alter(built()));
    expect(loaded.screener).toBeUndefined();
    expect(loaded.warnings?.map((warning) => [warning.code, warning.path])).toEqual(ALTERED);
  });

  test('refuses a precompiled form whose ruleset is not the one in the file it names (its fingerprint worked out again), with a warning, never quoting either', () => {
    const loaded = readBeside('tampered', tampered());
    expect(loaded.screener).toBeUndefined();
    expect(loaded.warnings?.map((warning) => [warning.code, warning.path])).toEqual(ALTERED);
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
