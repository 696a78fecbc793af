import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset, VERSION, type Result } from '../../src/index.js';
import { setAt } from '../support/edit-json.js';
import { loadFixture } from '../support/load-fixture.js';
import { plantCanary } from '../support/plant-canary.js';

// These tests spawn the BUILT binary, dist/cli.js (vitest's globalSetup runs tsup first).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TIERED = 'test/fixtures/tiered.json';
const CANARY = 'CANARY-7f3a91';
const fixture = (name: string): string => `test/cli/fixtures/${name}.json`;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cse(args: readonly string[], stdin = ''): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ISSUE_LINE = /^cse-screen: (\S+) ([a-z0-9_]+) (\S.*)$/;

/** The [path, code] of every stderr line; fails if a line is not an issue line. */
function issuesOf(run: Run): [string, string][] {
  return run.stderr.split('\n').filter((line) => line !== '').map((line) => {
    const match = ISSUE_LINE.exec(line);
    expect(match, `not an issue line: ${line}`).not.toBeNull();
    return [match?.[1] ?? '', match?.[2] ?? ''];
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'cse-screen-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function writeScratch(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

describe('cse-screen', () => {
  test.each([['--version'], ['-v']])('prints the library version for %s and exits 0', (flag) => {
    expect(cse([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test.each([
    [['--help'], 'Usage:'],
    [['-h'], 'Usage:'],
    [['assess', '--help'], 'cse-screen assess [FILE|-]'],
    [['assess', '-h'], 'cse-screen assess [FILE|-]'],
    [['ruleset', '--help'], 'cse-screen ruleset list'],
    [['ruleset', 'list', '--help'], 'cse-screen ruleset list'],
    [['ruleset', 'show', '--help'], 'cse-screen ruleset show [ID|PATH]'],
    [['ruleset', 'validate', '--help'], 'cse-screen ruleset validate PATH'],
    [['assess', 'no-such-file.json', '--bogus', '--help'], 'cse-screen assess [FILE|-]'],
  ])('prints help for `%s` on stdout and exits 0, even beside other mistakes', (args, expected) => {
    const run = cse(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(expected);
    expect(run.stderr).toBe('');
  });

  test.each([
    [[]],
    [['frobnicate']],
    [['--frobnicate']],
    [['assess', '--frobnicate', fixture('screening-medium')]],
    [['assess', fixture('screening-medium'), '--format', 'yaml', '--ruleset', TIERED]],
    [['assess', fixture('screening-medium'), '--ruleset']],
    [['assess', 'one.json', 'two.json']],
    [['assess', fixture('screening-medium'), '--format', 'json', '--format', 'text']],
    [['assess', fixture('screening-medium'), '--include-free-text=yes']],
    [['ruleset']],
    [['ruleset', 'frobnicate']],
    [['ruleset', 'validate']],
    [['ruleset', 'list', 'extra']],
    [['ruleset', 'show', TIERED, '--format', 'xml']],
  ])('exits 2 with usage issues and nothing on stdout for `%s`', (args) => {
    const run = cse(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const issues = issuesOf(run);
    expect(issues.length).toBeGreaterThan(0);
    for (const [path, code] of issues) expect([path, code]).toEqual(['(root)', 'usage']);
  });
});

describe('cse-screen assess', () => {
  test('explains the result as text by default: the level, why, and the next steps', () => {
    const run = cse(['assess', fixture('screening-medium'), '--ruleset', TIERED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Level: Medium\n/);
    expect(run.stdout).toContain('Why:');
    expect(run.stdout).toContain('Next steps:');
    expect(run.stdout.endsWith('\n')).toBe(true);
  });

  test('prints the result object as pretty JSON followed by a newline with --format json', () => {
    const run = cse(['assess', fixture('screening-medium'), '--ruleset', TIERED, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    expect(run.stdout).toContain('\n  "level": {');
    const result = JSON.parse(run.stdout) as Result;
    expect(result.level.id).toBe('medium');
    expect(result.firedRules.map((rule) => rule.id)).toContain('any-medium');
    expect(result.pathway.map((step) => step.id)).toEqual(expect.arrayContaining(['talk-to-dsl', 'refer']));
    expect(result.ruleset.id).toBe('fixture-tiered');
  });

  test.each([[['-']], [[]]])('reads the screening from standard input when FILE is %j', (file) => {
    const stdin = JSON.stringify({ subject: { ageYears: 14 }, answers: { disclosure: 'yes' } });
    const run = cse(['assess', ...file, '--ruleset', TIERED, '--format=json'], stdin);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Result).level.id).toBe('high');
  });

  test('uses the bundled default ruleset when --ruleset is not given', () => {
    const run = cse(['assess', '--format', 'json'], JSON.stringify({ subject: { ageYears: 14 }, answers: {} }));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Result).ruleset.id).toBe('brighton-hove-cse');
  });

  test('exits 1 for an invalid screening with one stderr line per issue, each with its path and code', () => {
    const run = cse(['assess', fixture('screening-invalid'), '--ruleset', TIERED]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(issuesOf(run)).toEqual([
      ['answers.not-an-indicator', 'unknown_indicator'],
      ['answers.older-friend', 'answer_not_in_scale'],
      ['judgement.rationale', 'missing_rationale'],
    ]);
  });

  test('exits 1 for a screening that is not JSON, giving the line and column of the syntax error', () => {
    const run = cse(['assess', '--ruleset', TIERED], '{\n  "subject": {},\n  "answers": nope\n}\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('cse-screen: (root) invalid_json is not valid JSON: syntax error at line 3, column 15\n');
  });

  test('exits 1 with file_not_found for a screening file that does not exist', () => {
    const run = cse(['assess', 'test/cli/fixtures/no-such-screening.json', '--ruleset', TIERED]);
    expect(run.code).toBe(1);
    expect(issuesOf(run)).toEqual([['(root)', 'file_not_found']]);
  });

  test('exits 3 for an invalid ruleset, a ruleset file that does not exist, or an unknown bundled id', () => {
    const invalid = writeScratch('invalid-ruleset.json', setAt(loadFixture('tiered'), ['rules', 0, 'effect', 'level'], 'no-such-level'));
    for (const ruleset of [invalid, 'test/cli/fixtures/no-such-ruleset.json', 'no-such-bundled-ruleset']) {
      const run = cse(['assess', fixture('screening-medium'), '--ruleset', ruleset]);
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(issuesOf(run).length).toBeGreaterThan(0);
    }
    expect(issuesOf(cse(['assess', fixture('screening-medium'), '--ruleset', invalid]))).toContainEqual(['rules[0].effect.level', 'unknown_reference']);
    expect(issuesOf(cse(['assess', fixture('screening-medium'), '--ruleset', 'test/cli/fixtures/no-such-ruleset.json']))).toEqual([['(root)', 'file_not_found']]);
  });
});

describe('cse-screen ruleset', () => {
  test('list prints a header and one line per bundled ruleset with id, version, status and title, the default marked', () => {
    const run = cse(['ruleset', 'list']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+VERSION\s+STATUS\s+TITLE$/);
    expect(rows.find((row) => row.startsWith('brighton-hove-cse '))).toMatch(/^brighton-hove-cse\s+\d+\.\d+\.\d+\S*\s+(draft|approved)\s+\S.* \(default\)$/);
  });

  test('show summarises a ruleset file: meta, provenance, status, levels, counts and fingerprint', () => {
    const screener = compileRuleset(loadFixture('tiered'));
    const run = cse(['ruleset', 'show', TIERED]);
    expect(run.code).toBe(0);
    const { ruleset } = screener;
    for (const expected of [
      ruleset.meta.title, `Id: ${ruleset.meta.id}`, `Version: ${ruleset.meta.version}`, 'Status: DRAFT', 'Provenance: ', 'Approval: ',
      ...ruleset.levels.map((level) => level.label),
      `Indicators: ${ruleset.indicators.length}`, `Rules: ${ruleset.rules.length}`, `Pathway steps: ${ruleset.steps.length}`,
      `Fingerprint: ${screener.stamp.fingerprint}`,
    ]) expect(run.stdout).toContain(expected);
  });

  test('show --format json prints the parsed ruleset, and with no argument shows the bundled default', () => {
    const tiered = cse(['ruleset', 'show', TIERED, '--format', 'json']);
    expect(tiered.code).toBe(0);
    expect(JSON.parse(tiered.stdout)).toEqual(compileRuleset(loadFixture('tiered')).ruleset);
    const bundled = cse(['ruleset', 'show', '--format', 'json']);
    expect((JSON.parse(bundled.stdout) as { meta: { id: string } }).meta.id).toBe('brighton-hove-cse');
  });

  test('validate prints "ok ID VERSION FINGERPRINT" for a valid ruleset', () => {
    const { stamp } = compileRuleset(loadFixture('tiered'));
    expect(cse(['ruleset', 'validate', TIERED])).toEqual({ code: 0, stdout: `ok ${stamp.id} ${stamp.version} ${stamp.fingerprint}\n`, stderr: '' });
    expect(cse(['ruleset', 'validate', 'brighton-hove-cse']).stdout).toMatch(/^ok brighton-hove-cse \S+ sha256:[0-9a-f]{64}\n$/);
  });

  test('validate exits 3 and prints every issue of an invalid ruleset, one per line', () => {
    let bad = setAt(loadFixture('tiered'), ['levels', 1, 'colour'], 'green');
    bad = setAt(bad, ['rules', 0, 'effect', 'level'], 'no-such-level');
    const run = cse(['ruleset', 'validate', writeScratch('two-problems.json', bad)]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(issuesOf(run)).toEqual([['levels[1].colour', 'invalid_format']]);
    const semantic = cse(['ruleset', 'validate', writeScratch('bad-reference.json', setAt(loadFixture('tiered'), ['rules', 0, 'effect', 'level'], 'no-such-level'))]);
    expect(issuesOf(semantic)).toContainEqual(['rules[0].effect.level', 'unknown_reference']);
  });

  test('validate lists the problems of every stage whose preconditions hold in one run: a check of meaning and a protection proof', () => {
    const tiered = loadFixture('tiered');
    const under13 = tiered.rules.findIndex((rule) => rule.id === 'under-13');
    // A control character FHIR cannot carry (the checks of meaning), and an under-13 floor no indicator reaches (the proofs).
    let bad = setAt(tiered, ['steps', 0, 'description'], 'Talk to the lead\u0007');
    bad = setAt(bad, ['rules', under13, 'when'], { kind: 'all', of: [{ kind: 'age', is: 'under', years: 13 }, { kind: 'answer', indicator: 'disclosure' }] });
    const run = cse(['ruleset', 'validate', writeScratch('two-stages.json', bad)]);
    expect(run.code).toBe(3);
    expect(issuesOf(run)).toContainEqual(['steps[0].description', 'invalid_value']);
    expect(issuesOf(run).map(([, code]) => code)).toContain('under_13_floor_not_reached');
  });
});

describe('the canary: free text from the input never reaches stderr, nor stdout unless asked for', () => {
  const hasCanary = (text: string): boolean => text.toLowerCase().includes(CANARY.toLowerCase());
  const planted = plantCanary(loadFixture('tiered'), CANARY);
  let shapeBad: unknown = setAt(planted, ['meta', 'status'], CANARY);
  shapeBad = setAt(shapeBad, ['levels', 1, 'colour'], CANARY);
  shapeBad = setAt(shapeBad, ['levels', 2, 'reviewAfterDays'], CANARY);
  shapeBad = setAt(shapeBad, ['indicators', 0, 'sources'], []);
  shapeBad = setAt(shapeBad, ['meta', 'notes'], CANARY);
  shapeBad = setAt(shapeBad, ['indicators', 1, 'answer', 'kind'], CANARY);
  let meaningBad: unknown = setAt(planted, ['rules', 0, 'effect', 'level'], 'canary-7f3a91');
  meaningBad = setAt(meaningBad, ['rules', 1, 'id'], 'any-low');
  const badRulesets = [
    writeScratch('canary-shape.json', shapeBad),
    writeScratch('canary-meaning.json', meaningBad),
    writeScratch('canary-not-json.json', `{\n  "meta": { "title": ${CANARY} }\n}`),
  ];
  const screenings = ['screening-canary-shape', 'screening-canary-meaning', 'screening-canary-not-json', 'screening-canary-valid'].map(fixture);
  const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

  const runs: [string, readonly string[], string][] = [
    ...screenings.flatMap((file): [string, readonly string[], string][] => [
      ['assess FILE text', ['assess', file, '--ruleset', TIERED], ''],
      ['assess FILE json', ['assess', file, '--ruleset', TIERED, '--format', 'json'], ''],
      ['assess stdin', ['assess', '--ruleset', TIERED, '--format', 'json'], read(file)],
    ]),
    ...badRulesets.flatMap((ruleset): [string, readonly string[], string][] => [
      ['assess with a bad ruleset', ['assess', fixture('screening-canary-valid'), '--ruleset', ruleset], ''],
      ['ruleset validate', ['ruleset', 'validate', ruleset], ''],
      ['ruleset show', ['ruleset', 'show', ruleset], ''],
      ['ruleset show json', ['ruleset', 'show', ruleset, '--format', 'json'], ''],
    ]),
    ['an unknown command', [CANARY], ''],
    ['an unknown ruleset command', ['ruleset', CANARY], ''],
    ['a bad --format', ['assess', fixture('screening-canary-valid'), '--format', CANARY], ''],
    ['an extra argument', ['assess', fixture('screening-canary-valid'), CANARY], ''],
    ['an odd option', ['assess', `--${CANARY}=${CANARY}`, fixture('screening-canary-valid')], ''],
    ['a missing file named with it', ['assess', `${CANARY}.json`, '--ruleset', TIERED], ''],
    ['an unknown bundled id', ['ruleset', 'show', 'canary-7f3a91'], ''],
    ['ruleset list', ['ruleset', 'list'], ''],
  ];

  test.each(runs)('%s (%j) never prints the canary', (_name, args, stdin) => {
    const run = cse(args, stdin);
    expect(run.code).not.toBe(70);
    expect(hasCanary(run.stderr), run.stderr).toBe(false);
    expect(hasCanary(run.stdout), run.stdout).toBe(false);
    if (run.code !== 0) expect(issuesOf(run).length).toBeGreaterThan(0);
  });

  test('the invalid inputs fail where the canary is planted, so the runs above are not vacuous', () => {
    expect(issuesOf(cse(['assess', fixture('screening-canary-shape'), '--ruleset', TIERED])).map(([path]) => path)).toEqual(expect.arrayContaining([
      'ref', 'ruleset.id', 'assessedOn', 'subject.ageYears', 'subject.nickname', 'answers.missing', 'answers.disclosure', 'context.openToCsc', 'judgement.level', 'caseNotes',
    ]));
    expect(issuesOf(cse(['assess', fixture('screening-canary-meaning'), '--ruleset', TIERED])).map(([, code]) => code)).toEqual(expect.arrayContaining([
      'ruleset_mismatch', 'answer_not_in_scale', 'unknown_window', 'unknown_attribute', 'unknown_context_fact', 'unknown_level',
    ]));
    expect(issuesOf(cse(['ruleset', 'validate', badRulesets[0] as string])).map(([path]) => path)).toEqual(expect.arrayContaining([
      'meta.status', 'levels[1].colour', 'levels[2].reviewAfterDays', 'meta.notes',
    ]));
    expect(issuesOf(cse(['ruleset', 'validate', badRulesets[1] as string])).map(([, code]) => code)).toEqual(expect.arrayContaining(['unknown_reference', 'duplicate_id']));
  });

  test('with --include-free-text, the evidence and rationale reach stdout (and still never stderr)', () => {
    for (const format of ['json', 'text']) {
      const asked = cse(['assess', fixture('screening-canary-valid'), '--ruleset', TIERED, '--format', format, '--include-free-text']);
      expect(asked.code).toBe(0);
      expect(hasCanary(asked.stdout)).toBe(true);
      expect(hasCanary(asked.stderr)).toBe(false);
    }
  });
});
