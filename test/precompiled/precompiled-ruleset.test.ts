import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { loadFreshPrecompiled } from '../../src/node/load-fresh-precompiled.js';
import { precompileRuleset } from '../../src/node/precompile-ruleset.js';
import { compilePrecompiled, safeCompilePrecompiled, type PrecompiledRuleset } from '../../src/precompiled/index.js';

const SOURCE = 'rules/brighton-hove-cse.json';
const COMPILED = 'rules/brighton-hove-cse.compiled.json';
const full = compileRuleset(JSON.parse(readFileSync(SOURCE, 'utf8')));
const committed = JSON.parse(readFileSync(COMPILED, 'utf8')) as PrecompiledRuleset;
const screenings = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort()
  .map((name) => (JSON.parse(readFileSync(`test/cases/${name}`, 'utf8')) as { screening: unknown }).screening);

describe('the precompiled default ruleset', () => {
  test('holds the ruleset, stamp and source hash that a full load of rules/brighton-hove-cse.json gives', () => {
    expect(committed.source).toEqual({ path: SOURCE, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown });
    expect(committed.stamp).toEqual(full.stamp);
    expect(committed.ruleset).toEqual(full.ruleset);
  });

  test('screens every golden case exactly as the fully loaded ruleset does, in every detail', () => {
    const precompiled = compilePrecompiled(committed);
    expect(precompiled.stamp).toEqual(full.stamp);
    for (const screening of screenings) {
      expect(precompiled.screen(screening)).toEqual(full.screen(screening));
      expect(precompiled.screen(screening, { detail: 'ids' })).toEqual(full.screen(screening, { detail: 'ids' }));
      expect(precompiled.screen(screening, { detail: 'decision' })).toEqual(full.screen(screening, { detail: 'decision' }));
    }
  });

  test('bad input to a precompiled screener gets the same issues as to the full one', () => {
    const precompiled = compilePrecompiled(committed);
    const bad = { subject: { ageYears: 14 }, answers: { 'no-such-item': 'yes', 'missing-from-home': 'sometimes' } };
    expect(precompiled.safeScreen(bad)).toEqual(full.safeScreen(bad));
  });

  test('a file changed by hand after the build is refused: its fingerprint no longer matches its ruleset', () => {
    const edited = { ...committed, ruleset: { ...committed.ruleset, rules: committed.ruleset.rules.slice(1) } };
    const outcome = safeCompilePrecompiled(edited);
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_value', ['stamp', 'fingerprint']]]);
  });

  test('a file of another format is refused with unsupported_format', () => {
    const outcome = safeCompilePrecompiled({ ...committed, format: 'cse-screening/precompiled/0' } as unknown as PrecompiledRuleset);
    expect(outcome.success ? [] : outcome.issues.map((issue) => issue.code)).toEqual(['unsupported_format']);
  });

  test('a ruleset that fails its checks is not precompiled, and a key given twice is refused', () => {
    const broken = JSON.parse(readFileSync(SOURCE, 'utf8')) as { levels: unknown[] };
    broken.levels = [];
    expect(precompileRuleset(Buffer.from(JSON.stringify(broken)), SOURCE).success).toBe(false);
    const twice = precompileRuleset(Buffer.from(`{"format": 1, ${readFileSync(SOURCE, 'utf8').trim().slice(1)}`), SOURCE);
    expect(twice.success ? [] : twice.issues.map((issue) => issue.code)).toContain('duplicate_key');
  });
});

describe('loading a bundled ruleset from its precompiled form', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cse-precompiled-'));
  const source = join(folder, 'brighton-hove-cse.json');
  copyFileSync(SOURCE, source);
  copyFileSync(COMPILED, join(folder, 'brighton-hove-cse.compiled.json'));

  test('is used when it was built from the same bytes', () => {
    expect(loadFreshPrecompiled(source)?.stamp).toEqual(full.stamp);
  });

  test('is passed over when the source has changed since, even by a byte, or when it is missing or unreadable', () => {
    writeFileSync(source, `${readFileSync(SOURCE, 'utf8')} `);
    expect(loadFreshPrecompiled(source)).toBeUndefined();
    copyFileSync(SOURCE, source);
    writeFileSync(join(folder, 'brighton-hove-cse.compiled.json'), '{ not json');
    expect(loadFreshPrecompiled(source)).toBeUndefined();
    expect(loadFreshPrecompiled(join(folder, 'other.json'))).toBeUndefined();
  });
});

describe('the cse-screening/precompiled entry', () => {
  test('bundles the engine and screening validation without the ruleset schema, parser or checks', async () => {
    const out = await build({
      entryPoints: ['dist/esm/precompiled/index.js'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((path) => path.endsWith('dist/esm/engine/compile/build-compiled-ruleset.js'))).toBe(true);
    expect(inputs.filter((path) => /\/(ruleset\/(parse-ruleset|check-[a-z-]+)|schema\/ruleset|engine\/prove-protections)\.js$/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes('node:'))).toEqual([]);
  });
});
