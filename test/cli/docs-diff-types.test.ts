import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });
const temp = (): string => mkdtempSync(join(tmpdir(), 'cse-screen-docs-'));

describe('cse-screen docs', () => {
  test('writes the Markdown and HTML rulebook of the default ruleset, with worked examples from a case folder', () => {
    const out = temp();
    const done = run('docs', '--out', out, '--cases', 'test/cases');
    expect(done.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['brighton-hove-cse.html', 'brighton-hove-cse.md']);
    expect(readFileSync(join(out, 'brighton-hove-cse.md'), 'utf8')).toBe(readFileSync('docs/rulesets/brighton-hove-cse.md', 'utf8'));
    expect(readFileSync(join(out, 'brighton-hove-cse.html'), 'utf8')).toContain('<table id="indicators"');
  });

  test('needs --out, and refuses a case that is not a valid screening with its file and path', () => {
    expect(run('docs').status).toBe(2);
    const cases = temp();
    writeFileSync(join(cases, 'bad.json'), JSON.stringify({ name: 'bad', screening: { subject: {}, answers: { 'no-such-indicator': 'yes' } } }));
    const refused = run('docs', '--out', temp(), '--cases', cases);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('cases[');
    expect(refused.stderr).toContain('unknown_indicator');
  });
});

describe('cse-screen diff', () => {
  test('lists exactly one re-levelled indicator and one changed threshold, and the golden cases whose result moves', () => {
    const folder = temp();
    const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as {
      meta: { version: string }; indicators: { id: string; suggestedLevel: string }[]; rules: { id: string; when: { min?: number } }[];
    };
    ruleset.meta.version = '1.0.1';
    const indicator = ruleset.indicators.find((entry) => entry.id === 'staying-out-late');
    const rule = ruleset.rules.find((entry) => entry.id === 'several-low-indicators');
    if (indicator === undefined || rule === undefined) throw new Error('the default ruleset has these ids');
    indicator.suggestedLevel = 'medium';
    rule.when.min = 4;
    writeFileSync(join(folder, 'new.json'), JSON.stringify(ruleset));
    const done = run('diff', 'rules/brighton-hove-cse.json', join(folder, 'new.json'), '--cases', 'test/cases', '--format', 'json');
    expect(done.status).toBe(0);
    const { diff, impact } = JSON.parse(done.stdout) as { diff: { indicators: { id: string }[]; rules: { id: string }[] }; impact: { moved: { name: string }[] } };
    expect(diff.indicators.map((change) => change.id)).toEqual(['staying-out-late']);
    expect(diff.rules.map((change) => change.id)).toEqual(['several-low-indicators']);
    expect(impact.moved.length).toBeGreaterThan(0);
    const markdown = run('diff', 'rules/brighton-hove-cse.json', join(folder, 'new.json'));
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('staying-out-late');
  });

  test('needs two rulesets and refuses an invalid one with exit code 3', () => {
    expect(run('diff', 'rules/brighton-hove-cse.json').status).toBe(2);
    const folder = temp();
    writeFileSync(join(folder, 'bad.json'), '{"format":"cse-screening/ruleset@1"}');
    expect(run('diff', 'rules/brighton-hove-cse.json', join(folder, 'bad.json')).status).toBe(3);
  });
});

describe('cse-screen types', () => {
  test('writes the answers type of a ruleset, which matches the committed type of the default ruleset', () => {
    const out = join(temp(), 'answers.ts');
    expect(run('types', '--out', out, '--name', 'BrightonHoveCseAnswers').status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('src/generated/brighton-hove-cse-answers.ts', 'utf8'));
    execFileSync('npx', ['tsc', '--noEmit', '--strict', '--skipLibCheck', out]);
  });

  test('writes, for any ruleset, a type that takes the answer with details and refuses a misspelt window', () => {
    const folder = temp();
    expect(run('types', 'test/fixtures/weighted.json', '--out', join(folder, 'answers.ts'), '--name', 'WeightedAnswers').status).toBe(0);
    writeFileSync(join(folder, 'use.ts'), [
      "import type { WeightedAnswers } from './answers.js';",
      "export const given: WeightedAnswers = { 'missing-from-home': { value: 'possible', window: 'last-6-months', basis: 'evidence', evidence: 'e' }, 'online-rating': 2 };",
      '// @ts-expect-error: "last-6-month" is not a window of the item',
      "export const misspelt: WeightedAnswers = { 'missing-from-home': { value: 'possible', window: 'last-6-month' } };",
      '',
    ].join('\n'));
    const checked = spawnSync('npx', ['tsc', '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--skipLibCheck', '--module', 'nodenext', join(folder, 'use.ts')], { encoding: 'utf8' });
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });
});

describe('docs and diff never print free text from the cases they read', () => {
  test('a canary in evidence, rationale and invalid values reaches no output file, stdout or stderr', () => {
    const canary = 'CANARY-d0c5-free-text';
    const cases = temp();
    const screening = {
      subject: { ageYears: 14 }, assessedOn: '2026-11-28',
      answers: { 'older-partner': { value: 'yes', evidence: canary } }, judgement: { level: 'high', rationale: canary, by: canary },
    };
    writeFileSync(join(cases, 'a.json'), JSON.stringify({ name: 'a', rationale: 'r', screening }));
    const out = temp();
    const docs = run('docs', '--out', out, '--cases', cases);
    expect(docs.status).toBe(0);
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8')).not.toContain(canary);
    writeFileSync(join(cases, 'b.json'), JSON.stringify({ name: 'b', screening: { ...screening, answers: { 'older-partner': canary } } }));
    for (const args of [['docs', '--out', temp(), '--cases', cases], ['diff', 'rules/brighton-hove-cse.json', 'rules/brighton-hove-cse.json', '--cases', cases], ['diff', 'rules/brighton-hove-cse.json', 'rules/brighton-hove-cse.json', '--cases', cases, '--format', 'json']]) {
      const done = run(...args);
      expect(done.stdout + done.stderr).not.toContain(canary);
    }
  });
});

describe('cse-screen docs and types: output to a place that cannot be written ends at once with exit 74 and file_unwritable', () => {
  const runBounded = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 30_000 });
  const unwritable = (): string[] => {
    const places: string[] = [];
    if (existsSync('/proc/self')) places.push('/proc/x', '/proc/x/y');
    const file = join(temp(), 'a-file');
    writeFileSync(file, '');
    places.push(join(file, 'below'));
    if (process.getuid?.() !== 0) {
      const locked = temp();
      chmodSync(locked, 0o500);
      places.push(join(locked, 'out'));
    }
    return places;
  };

  test.each(unwritable())('docs --out %s', (place) => {
    const done = runBounded('docs', '--out', place);
    expect(done.signal).toBeNull();
    expect(done.status).toBe(74);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/^cse-screen: \(root\) file_unwritable could not write to the output folder( \(E[A-Z]+\))?; nothing was written\n$/);
  });

  test.each(unwritable())('types --out %s/a.ts', (place) => {
    const done = runBounded('types', '--out', join(place, 'a.ts'));
    expect(done.signal).toBeNull();
    expect(done.status).toBe(74);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/file_unwritable/);
  });
});
