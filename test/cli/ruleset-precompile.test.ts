import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import * as node from '../../src/node/index.js';
import { compilePrecompiled, compilePrecompiledCore, type PrecompiledRuleset } from '../../src/precompiled/index.js';
import { loadFixture } from '../support/load-fixture.js';

// These tests spawn the built CLI (vitest's globalSetup runs tsup first).
const run = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000 });
const temp = (): string => mkdtempSync(join(tmpdir(), 'cse-precompile-'));
const SCREENING = { subject: { ageYears: 14 }, answers: {} };

describe('cse-screen ruleset precompile', () => {
  test('writes a local ruleset as the precompiled entry reads it, giving the results the full load gives', () => {
    const out = join(temp(), 'our-area.compiled.json');
    const done = run('ruleset', 'precompile', 'test/fixtures/tiered.json', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const full = compileRuleset(loadFixture('tiered'));
    expect(done.stdout).toBe(`wrote ${out}: ${full.stamp.id} ${full.stamp.version} ${full.stamp.fingerprint}\n`);
    const written = JSON.parse(readFileSync(out, 'utf8')) as PrecompiledRuleset;
    // The source is named by its file name only: a folder can name a person's home.
    expect(written.source.path).toBe('tiered.json');
    const screener = compilePrecompiled(written);
    expect(screener.stamp).toEqual(full.stamp);
    expect(screener.screen(SCREENING)).toEqual(full.screen(SCREENING));
  });

  test('with --texts-out, writes the core and its texts: the core screens to the same decision, the pair to every result the full load gives', () => {
    const folder = temp();
    const core = join(folder, 'our-area.core.json');
    const texts = join(folder, 'our-area.texts.json');
    const done = run('ruleset', 'precompile', 'test/fixtures/tiered.json', '--out', core, '--texts-out', texts);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const full = compileRuleset(loadFixture('tiered'));
    expect(done.stdout).toBe(`wrote ${core} and ${texts}: ${full.stamp.id} ${full.stamp.version} ${full.stamp.fingerprint}\n`);
    const coreJson: unknown = JSON.parse(readFileSync(core, 'utf8'));
    const textsJson: unknown = JSON.parse(readFileSync(texts, 'utf8'));
    expect(compilePrecompiledCore(coreJson).screen(SCREENING, { detail: 'decision' })).toEqual(full.screen(SCREENING, { detail: 'decision' }));
    expect(compilePrecompiled(coreJson, textsJson).screen(SCREENING)).toEqual(full.screen(SCREENING));
  });

  test('--texts-out in another folder than --out, or the same file, is a usage error (exit 2), and nothing is written', () => {
    const folder = temp();
    const other = temp();
    for (const textsOut of [join(other, 'texts.json'), join(folder, 'core.json')]) {
      const refused = run('ruleset', 'precompile', 'test/fixtures/tiered.json', '--out', join(folder, 'core.json'), '--texts-out', textsOut);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/--texts-out/);
      expect(existsSync(join(folder, 'core.json'))).toBe(false);
      expect(existsSync(join(other, 'texts.json'))).toBe(false);
    }
  });

  test('refuses a ruleset that fails the load-time checks and proofs, with the issues ruleset validate gives, exit 3, and writes nothing', () => {
    const out = join(temp(), 'old.compiled.json');
    const refused = run('ruleset', 'precompile', 'rules/archive/brighton-hove-cse-1.1.0.json', '--out', out);
    const validated = run('ruleset', 'validate', 'rules/archive/brighton-hove-cse-1.1.0.json');
    expect(validated.status).toBe(3);
    expect(refused).toMatchObject({ status: 3, stdout: '', stderr: validated.stderr });
    expect(existsSync(out)).toBe(false);
  });

  test('refuses a ruleset file with a key given twice, which a full load only warns of, since the build would settle it silently', () => {
    const folder = temp();
    const format = '"format": "cse-screening/ruleset@1",';
    writeFileSync(join(folder, 'twice.json'), readFileSync('test/fixtures/tiered.json', 'utf8').replace(format, `${format}\n  ${format}`));
    expect(run('ruleset', 'validate', join(folder, 'twice.json'))).toMatchObject({ status: 0, stderr: expect.stringContaining('duplicate_key') });
    const refused = run('ruleset', 'precompile', join(folder, 'twice.json'), '--out', join(folder, 'out.json'));
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/^cse-screen: \S+ duplicate_key /m);
    expect(existsSync(join(folder, 'out.json'))).toBe(false);
  });

  test('needs PATH and --out, never writes over its own source, and says when the file cannot be found or written', () => {
    expect(run('ruleset', 'precompile', '--out', join(temp(), 'x.json')).status).toBe(2);
    expect(run('ruleset', 'precompile', 'test/fixtures/tiered.json').status).toBe(2);
    const folder = temp();
    writeFileSync(join(folder, 'r.json'), readFileSync('test/fixtures/tiered.json'));
    const same = run('ruleset', 'precompile', join(folder, 'r.json'), '--out', join(folder, '.', 'r.json'));
    expect(same.status).toBe(2);
    expect(readFileSync(join(folder, 'r.json'), 'utf8')).toBe(readFileSync('test/fixtures/tiered.json', 'utf8'));
    const missing = run('ruleset', 'precompile', join(folder, 'none.json'), '--out', join(folder, 'x.json'));
    expect(missing).toMatchObject({ status: 3, stderr: 'cse-screen: (root) file_not_found names a file that does not exist\n' });
    const unwritable = run('ruleset', 'precompile', 'test/fixtures/tiered.json', '--out', join(folder, 'r.json', 'x.json'));
    expect(unwritable.status).toBe(74);
    expect(unwritable.stderr).toContain('file_unwritable');
  });

  test('is listed in the ruleset help', () => {
    expect(run('ruleset', '--help').stdout).toContain('cse-screen ruleset precompile PATH --out FILE');
    expect(run('ruleset', 'precompile', '--help').status).toBe(0);
  });
});

describe('precompileRuleset from cse-screening/node', () => {
  test('builds the precompiled form of a ruleset file\'s bytes, or returns every issue', () => {
    const bytes = readFileSync('test/fixtures/tiered.json');
    const built = node.precompileRuleset(bytes, 'tiered.json');
    if (!built.success) throw new Error('the fixture precompiles');
    expect(compilePrecompiled(built.data).stamp).toEqual(compileRuleset(loadFixture('tiered')).stamp);
    const refused = node.precompileRuleset(readFileSync('rules/archive/brighton-hove-cse-1.1.0.json'), 'old.json');
    expect(refused.success).toBe(false);
  });
});
