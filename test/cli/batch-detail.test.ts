import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';

// `cse-screen assess --batch` with --detail and --output csv, run as the built binary, dist/cli.js.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TIERED = 'test/fixtures/tiered.json';
const CANARY = 'CANARY-7f3a91';
const GOOD = 'test/cli/fixtures/batch/good.ndjson';
const MIXED = 'test/cli/fixtures/batch/mixed.ndjson';
const screener = compileRuleset(JSON.parse(readFileSync(join(ROOT, TIERED), 'utf8')));
const goodScreenings = readFileSync(join(ROOT, GOOD), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);

function cse(args: readonly string[], stdin = ''): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const results = (stdout: string): unknown[] => stdout.split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as { result?: unknown }).result);

describe('assess --batch --detail', () => {
  test('writes the ids form of each result by default: what screen(…, { detail: \'ids\' }) gives', () => {
    const run = cse(['assess', '--batch', GOOD, '--ruleset', TIERED, '--quiet']);
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(goodScreenings.map((screening) => screener.screen(screening, { detail: 'ids' })));
  });

  test.each(['decision', 'ids', 'full'] as const)('--detail %s writes that form of each result', (detail) => {
    const run = cse(['assess', '--batch', GOOD, '--ruleset', TIERED, '--quiet', '--detail', detail]);
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(goodScreenings.map((screening) => screener.screen(screening, { detail })));
  });

  test('an unknown detail, a detail with CSV output, and --detail or --output without --batch are usage errors (exit 2), with nothing on stdout', () => {
    for (const args of [
      ['assess', '--batch', GOOD, '--detail', 'everything'],
      ['assess', '--batch', GOOD, '--output', 'xlsx'],
      ['assess', '--batch', GOOD, '--output', 'csv', '--detail', 'ids'],
      ['assess', 'examples/screening.json', '--detail', 'ids'],
      ['assess', 'examples/screening.json', '--output', 'csv'],
    ]) {
      const run = cse(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^cse-screen: .*usage /);
    }
  });
});

describe('assess --batch --output csv', () => {
  test('writes a header and one row per record: line, ref, level, computed level, potential level, step ids, warning codes, census factors', () => {
    const run = cse(['assess', '--batch', GOOD, '--ruleset', TIERED, '--quiet', '--output', 'csv']);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('line,ref,level,computed_level,potential_level,steps,error_codes,error_columns,warning_codes,suggested_census_factors');
    expect(rows.slice(1)).toEqual(goodScreenings.map((screening, i) => {
      const decision = screener.screen(screening, { detail: 'decision' });
      const ref = (screening as { ref?: string }).ref;
      const warnings = [...new Set(decision.warnings)].join(' ');
      const factors = (decision.suggestedFactors ?? []).join(' ');
      return `${i + 1},${ref === undefined ? '' : `"${ref}"`},"${decision.level}","${decision.computedLevel}","${decision.potentialLevel}",${decision.steps.length === 0 ? '' : `"${decision.steps.join(' ')}"`},,,${warnings === '' ? '' : `"${warnings}"`},${factors === '' ? '' : `"${factors}"`}`;
    }));
  });

  test('a record that is not scored keeps its row, with its issue codes and no levels; no value or free text is ever written; exit 1', () => {
    const run = cse(['assess', '--batch', MIXED, '--ruleset', TIERED, '--quiet', '--output', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stdout.toLowerCase()).not.toContain(CANARY.toLowerCase());
    expect(run.stderr.toLowerCase()).not.toContain(CANARY.toLowerCase());
    const rows = run.stdout.split('\r\n').slice(1, -1);
    expect(rows.find((row) => row.startsWith('3,'))).toBe('3,,,,,,"invalid_json","(root) invalid_json",,'); // not JSON: no ref can be read
    expect(rows.find((row) => row.startsWith('4,'))).toMatch(/^4,"case-4",,,,,"unknown_indicator","[^"]* unknown_indicator",,$/);
  });

  test('an error row names, for each issue, the column it is in (as the CSV input names its columns) with its code, never the value', () => {
    const vehicle = 'veh-00000000000000000000000000000a11';
    const csv = [
      'ref,ageYears,attr:learningDisability,missing,evidence:missing,older-friend,disclosure,looked-after,judgement.level,judgement.rationale,associations',
      `a,140,perhaps,yes,${CANARY},CANARY-2,no,no,,,${vehicle}:CANARY-3`,
      'b,14,false,no,,no,no,no,high,,',
    ].join('\r\n');
    const run = cse(['assess', '--batch', '-', '--input', 'csv', '--ruleset', TIERED, '--quiet', '--output', 'csv'], `${csv}\r\n`);
    expect(run.code).toBe(1);
    expect(run.stdout.toLowerCase()).not.toContain('canary');
    const rows = run.stdout.split('\r\n').slice(1, -1).map((row) => row.split(','));
    const [first, second] = rows.map((row) => (row[7] ?? '').replaceAll('"', '').split('; ').sort());
    expect(first).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ageYears [a-z_]+$/), expect.stringMatching(/^attr:learningDisability [a-z_]+$/),
      expect.stringMatching(/^older-friend [a-z_]+$/), expect.stringMatching(/^associations [a-z_]+$/),
    ]));
    expect(second).toEqual([expect.stringMatching(/^judgement\.rationale [a-z_]+$/)]);
  });

  test('a ref that a spreadsheet would read as a formula is written with a leading apostrophe; quotes are doubled, controls escaped', () => {
    const lines = [
      { ref: '=HYPERLINK("x")', subject: { ageYears: 14 }, answers: {} },
      { ref: '+1', subject: { ageYears: 14 }, answers: {} },
      { ref: 'a\u001b[31mb', subject: { ageYears: 14 }, answers: {} },
    ].map((screening) => JSON.stringify(screening)).join('\n');
    const run = cse(['assess', '--batch', '-', '--ruleset', TIERED, '--quiet', '--output', 'csv'], `${lines}\n`);
    expect(run.code).toBe(0);
    const refs = run.stdout.split('\r\n').slice(1, -1).map((row) => row.split(',')[1]);
    expect(refs).toEqual(['"\'=HYPERLINK(""x"")"', '"\'+1"', '"a\\u001b[31mb"']);
  });
});

describe('a key given twice in one batch line', () => {
  const line = '{"ref":"twice","subject":{"ageYears":14},"answers":{"missing":"yes","missing":"no"}}';

  test('is screened as JSON reads it (the last is used), and its output line says which key, by path, without its values', () => {
    const run = cse(['assess', '--batch', '-', '--ruleset', TIERED, '--quiet'], `${line}\n`);
    expect(run.code).toBe(0);
    const written = JSON.parse(run.stdout) as { warnings: { code: string; path: unknown[] }[]; result: unknown };
    expect(written.warnings).toEqual([expect.objectContaining({ code: 'duplicate_key', path: ['answers', 'missing'] })]);
    expect(written.result).toEqual(screener.screen(JSON.parse(line), { detail: 'ids' }));
    expect(run.stdout).not.toContain('"yes"');
  });

  test('shows as a duplicate_key warning code in the CSV row', () => {
    const run = cse(['assess', '--batch', '-', '--ruleset', TIERED, '--quiet', '--output', 'csv'], `${line}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[1]).toMatch(/,"duplicate_key[^"]*",[^,]*$/);
  });
});
