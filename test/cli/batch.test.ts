import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileRuleset, type Result } from '../../src/index.js';

// `cse-screen assess --batch`, run as the BUILT binary, dist/cli.js (vitest's globalSetup runs tsup
// first). What a spawned binary cannot show (back-pressure, a terminal on stderr) is in run-batch.test.ts.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TIERED = 'test/fixtures/tiered.json';
const CANARY = 'CANARY-7f3a91';
const fixture = (name: string): string => `test/cli/fixtures/batch/${name}`;
const screener = compileRuleset(JSON.parse(readFileSync(join(ROOT, TIERED), 'utf8')));
const hasCanary = (text: string): boolean => text.toLowerCase().includes(CANARY.toLowerCase());

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cse(args: readonly string[], stdin = ''): Run {
  // These tests compare full results; batch writes ids unless asked (test/cli/batch-detail.test.ts covers the forms).
  const full = args.includes('--batch') && !args.includes('--detail') && !args.includes('--output') ? ['--detail', 'full'] : [];
  const run = spawnSync(process.execPath, [CLI, ...args, ...full], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface OutputIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** One line of batch output. */
interface BatchLine {
  readonly line: number;
  readonly ref?: string;
  readonly result?: Result;
  readonly error?: { readonly issues: readonly OutputIssue[] };
}

/** Parses stdout as NDJSON, checking that every line is compact JSON with a result or an error, never both. */
function linesOf(stdout: string): BatchLine[] {
  expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
  return stdout.split('\n').filter((text) => text !== '').map((text) => {
    const parsed = JSON.parse(text) as BatchLine;
    expect(JSON.stringify(parsed)).toBe(text);
    expect(Object.keys(parsed).filter((key) => key === 'result' || key === 'error')).toHaveLength(1);
    return parsed;
  });
}

const SUMMARY = /^cse-screen: batch: (\d+) records? read, (\d+) scored, (\d+) failed in \d+\.\d\d s \(\d+ records\/s\)(?: on \d+ threads)?(;[^\n]*)?\n$/;

/** The counts in the stderr summary, which must be the only thing on stderr. */
function summaryOf(stderr: string): { read: number; scored: number; failed: number; note: string } {
  const match = SUMMARY.exec(stderr);
  expect(match, stderr).not.toBeNull();
  return { read: Number(match?.[1]), scored: Number(match?.[2]), failed: Number(match?.[3]), note: match?.[4] ?? '' };
}

const scratch = mkdtempSync(join(tmpdir(), 'cse-screen-batch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('cse-screen assess --batch with NDJSON', () => {
  const mixed = readFileSync(join(ROOT, fixture('mixed.ndjson')), 'utf8').split('\n');
  const expected = (line: number): Result => screener.screen(JSON.parse(mixed[line - 1] ?? ''));

  test('writes one line per record in input order, with its line number and ref, and carries on past bad lines (exit 1)', () => {
    const run = cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED]);
    expect(run.code).toBe(1);
    const out = linesOf(run.stdout);
    expect(out.map((record) => [record.line, record.ref, record.result === undefined ? 'error' : 'result'])).toEqual([
      [1, 'case-1', 'result'],
      [3, undefined, 'error'],
      [4, 'case-4', 'error'],
      [5, 'case-5', 'error'],
      [6, undefined, 'result'],
      [8, 'case-8', 'result'],
      [9, undefined, 'error'],
    ]);
    const [one, three, four, five, six, eight, nine] = out;
    expect(one?.result).toEqual(expected(1));
    expect(six?.result).toEqual(expected(6));
    expect(eight?.result).toEqual(expected(8));
    expect(three?.error?.issues).toEqual([{ code: 'invalid_json', path: [], message: 'is not valid JSON: syntax error at column 65' }]);
    expect(four?.error?.issues.map(({ code, path }) => [code, path])).toEqual([['unknown_indicator', ['answers', 'not-an-indicator']]]);
    expect(five?.error?.issues.map(({ code, path }) => [code, path])).toEqual([['answer_not_in_scale', ['answers', 'older-friend', 'value']]]);
    expect(nine?.error?.issues.map(({ path }) => path)).toEqual(expect.arrayContaining([['ref'], ['subject', 'nickname'], ['answers', 'disclosure'], ['caseNotes']]));
  });

  test('ends with a one-line summary on stderr that counts records read, scored and failed, and holds no input', () => {
    const run = cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED]);
    expect(summaryOf(run.stderr)).toEqual({ read: 7, scored: 3, failed: 4, note: '' });
  });

  test('never prints the canary planted in evidence, a rationale, unknown fields, bad values or bad JSON, on stdout or stderr', () => {
    for (const stdin of [undefined, readFileSync(join(ROOT, fixture('mixed.ndjson')), 'utf8')]) {
      const run = stdin === undefined
        ? cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED])
        : cse(['assess', '--batch', '-', '--ruleset', TIERED], stdin);
      expect(run.code).toBe(1);
      expect(hasCanary(run.stderr), run.stderr).toBe(false);
      expect(hasCanary(run.stdout)).toBe(false);
    }
    expect(hasCanary(readFileSync(join(ROOT, fixture('mixed.ndjson')), 'utf8'))).toBe(true);
  });

  test('copies evidence into the results with --include-free-text, and still never into stderr', () => {
    const run = cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED, '--include-free-text']);
    expect(hasCanary(run.stdout)).toBe(true);
    expect(hasCanary(run.stderr)).toBe(false);
  });

  test('exits 0 when every record is scored', () => {
    const run = cse(['assess', '--batch', fixture('good.ndjson'), '--ruleset', TIERED]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout).map((record) => [record.line, record.ref, record.result?.level.id])).toEqual([
      [1, 'good-1', 'low'], [2, 'good-2', 'medium'], [3, undefined, 'none'],
    ]);
    expect(summaryOf(run.stderr)).toEqual({ read: 3, scored: 3, failed: 0, note: '' });
  });

  test.each([[['-']], [[]]])('reads the batch from standard input when FILE is %j', (file) => {
    const fromFile = cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED]);
    const fromStdin = cse(['assess', '--batch', ...file, '--ruleset', TIERED], readFileSync(join(ROOT, fixture('mixed.ndjson')), 'utf8'));
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  test('reads CRLF line ends and a byte order mark, and a last line without a newline', () => {
    const text = `\uFEFF${readFileSync(join(ROOT, fixture('good.ndjson')), 'utf8').trimEnd().split('\n').join('\r\n')}`;
    const run = cse(['assess', '--batch', '-', '--ruleset', TIERED], text);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(cse(['assess', '--batch', fixture('good.ndjson'), '--ruleset', TIERED]).stdout);
  });

  test('with --quiet prints no summary (stderr stays empty) and the same records and exit code', () => {
    const loud = cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED]);
    const quiet = cse(['assess', '--batch', fixture('mixed.ndjson'), '--ruleset', TIERED, '--quiet']);
    expect(quiet).toEqual({ code: 1, stdout: loud.stdout, stderr: '' });
    expect(cse(['assess', '--batch', fixture('good.ndjson'), '--ruleset', TIERED, '--quiet'])).toMatchObject({ code: 0, stderr: '' });
  });

  test('screens a 20,000-line file with one output line per input line, in order', () => {
    const path = join(scratch, 'caseload.ndjson');
    const codes = ['yes', 'no', 'possible', 'unknown'] as const;
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({
      ref: `case-${i + 1}`,
      subject: { ageYears: 10 + (i % 8) },
      answers: i % 1000 === 999 ? { 'no-such-indicator': 'yes' } : { missing: codes[i % 4], 'older-friend': codes[(i >> 2) % 4], disclosure: i % 7 === 0 ? 'yes' : 'no' },
    }));
    writeFileSync(path, `${lines.join('\n')}\n`);
    const outPath = join(scratch, 'caseload.out.ndjson');
    const out = openSync(outPath, 'w');
    const run = spawnSync(process.execPath, [CLI, 'assess', '--batch', path, '--ruleset', TIERED], { cwd: ROOT, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 120_000 });
    closeSync(out);
    expect(run.status).toBe(1);
    expect(summaryOf(run.stderr)).toEqual({ read: 20_000, scored: 19_980, failed: 20, note: '' });
    const output = readFileSync(outPath, 'utf8').split('\n');
    expect(output.pop()).toBe('');
    expect(output).toHaveLength(lines.length);
    output.forEach((text, i) => {
      if (!text.startsWith(`{"line":${i + 1},"ref":"case-${i + 1}",`)) expect(text.slice(0, 40)).toBe(`line ${i + 1} out of order`);
    });
  });
});

describe('cse-screen assess --batch with CSV', () => {
  const csvLines = (run: Run): [string | undefined, Result | undefined][] => linesOf(run.stdout).map((record) => [record.ref, record.result]);

  test('gives the same results as the equivalent NDJSON, through quoted fields, escaped quotes, CRLF and unanswered cells', () => {
    const csv = cse(['assess', '--batch', fixture('equivalent.csv'), '--ruleset', TIERED]);
    const ndjson = cse(['assess', '--batch', fixture('equivalent.ndjson'), '--ruleset', TIERED]);
    expect(csv.code).toBe(0);
    expect(ndjson.code).toBe(0);
    expect(csvLines(csv)).toEqual(csvLines(ndjson));
    expect(new Set(linesOf(csv.stdout).map((record) => record.result?.level.id)).size).toBeGreaterThan(2);
    expect(summaryOf(csv.stderr)).toEqual({ read: 5, scored: 5, failed: 0, note: '' });
  });

  test('numbers each record by the line it starts on, the header being line 1, counting line breaks inside quotes', () => {
    const csv = cse(['assess', '--batch', fixture('equivalent.csv'), '--ruleset', TIERED]);
    expect(linesOf(csv.stdout).map((record) => record.line)).toEqual([2, 3, 4, 5, 7]);
  });

  test('carries windows, evidence, basis and the judgement with its agreement from CSV columns, as the same screening in NDJSON', () => {
    const WEIGHTED = 'test/fixtures/weighted.json';
    const weighted = compileRuleset(JSON.parse(readFileSync(join(ROOT, WEIGHTED), 'utf8')));
    const csv = [
      'ref,ageYears,missing-from-home,window:missing-from-home,evidence:missing-from-home,basis:missing-from-home,older-associates,window:older-associates,truanting,judgement.level,judgement.rationale,judgement.agreedBy.role',
      'w1,14,yes,last-6-months;months-6-to-12-ago,Seen twice,evidence,possible,last-6-months,yes,category-1,Reviewed with the DSL,designated-safeguarding-lead',
      'w2,14,yes,last-6-months,,,yes,,yes,category-1,No agreement recorded,',
    ].join('\n');
    const run = cse(['assess', '--batch', '-', '--input', 'csv', '--ruleset', WEIGHTED], `${csv}\n`);
    expect(run.code).toBe(0);
    const expected = [
      { ref: 'w1', subject: { ageYears: 14 }, answers: {
        'missing-from-home': { value: 'yes', window: ['last-6-months', 'months-6-to-12-ago'], evidence: 'Seen twice', basis: 'evidence' },
        'older-associates': { value: 'possible', window: 'last-6-months' }, truanting: 'yes',
      }, judgement: { level: 'category-1', rationale: 'Reviewed with the DSL', agreedBy: { role: 'designated-safeguarding-lead' } } },
      { ref: 'w2', subject: { ageYears: 14 }, answers: { 'missing-from-home': { value: 'yes', window: 'last-6-months' }, 'older-associates': 'yes', truanting: 'yes' },
        judgement: { level: 'category-1', rationale: 'No agreement recorded' } },
    ].map((screening) => weighted.screen(screening));
    expect(linesOf(run.stdout).map((record) => record.result)).toEqual(expected);
    expect(expected[0]?.judgement).toMatchObject({ agreedBy: { role: 'designated-safeguarding-lead' } });
    expect(expected[1]?.judgement).toMatchObject({ applied: false, notAppliedBecause: 'needs-agreement' });
    expect(hasCanary(run.stderr)).toBe(false);
  });

  test('reads CSV from standard input with --input csv', () => {
    const text = readFileSync(join(ROOT, fixture('equivalent.csv')), 'utf8');
    const run = cse(['assess', '--batch', '-', '--input', 'csv', '--ruleset', TIERED], text);
    expect(run.stdout).toBe(cse(['assess', '--batch', fixture('equivalent.csv'), '--ruleset', TIERED]).stdout);
  });

  test('stops at a header that names an unknown column, with one error for line 1 and exit 1', () => {
    const run = cse(['assess', '--batch', fixture('unknown-column.csv'), '--ruleset', TIERED]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([{ line: 1, error: { issues: [
      { code: 'unknown_key', path: ['not-an-indicator'], message: expect.any(String) },
      { code: 'unknown_key', path: ['attr:not-an-attribute'], message: 'is not a subject attribute of this ruleset' },
    ] } }]);
    expect(summaryOf(run.stderr)).toEqual({ read: 1, scored: 0, failed: 1, note: '; stopped at the header, which does not fit the ruleset' });
  });

  test('reports bad cells at their screening paths without their values, and a row of the wrong width without a ref', () => {
    const text = [
      'ref,ageYears,missing,attr:learningDisability,context:openToCsc',
      `ok-1,${CANARY},${CANARY},yes,${CANARY}`,
      `${CANARY},14,yes`,
      'ok-3,14,"un""closed',
    ].join('\n');
    const run = cse(['assess', '--batch', '-', '--input', 'csv', '--ruleset', TIERED], text);
    expect(run.code).toBe(1);
    const out = linesOf(run.stdout);
    expect(out.map((record) => [record.line, record.ref, record.error?.issues.map(({ code, path }) => [code, path.join('.')])])).toEqual([
      [2, 'ok-1', expect.arrayContaining([
        [expect.any(String), 'subject.ageYears'], [expect.any(String), 'answers.missing'],
        [expect.any(String), 'subject.attributes.learningDisability'], [expect.any(String), 'context.openToCsc'],
      ])],
      [3, undefined, [['invalid_shape', '']]],
      [4, undefined, [['invalid_format', '']]],
    ]);
    expect(hasCanary(run.stdout)).toBe(false);
    expect(hasCanary(run.stderr)).toBe(false);
  });

  test('a row with a field over the size limit, or with too many fields, is a too_large error line by the line it starts on, and the rows after it are screened', () => {
    const huge = `"${'x'.repeat(9 * 1024 * 1024)}\n${CANARY}${'y'.repeat(9 * 1024 * 1024)}"`;
    const text = [
      'ref,ageYears,missing',
      'ok-2,14,yes',
      `big-3,14,${huge}`,
      'ok-5,15,no',
      `wide-6,14,yes${',no'.repeat(20_000)}`,
      'ok-7,16,yes',
    ].join('\n');
    const run = cse(['assess', '--batch', '-', '--input', 'csv', '--ruleset', TIERED], text);
    expect(run.code).toBe(1);
    const out = linesOf(run.stdout);
    expect(out.map((record) => [record.line, record.ref, record.error?.issues.map(({ code, path }) => [code, path.join('.')]) ?? record.result?.level.id])).toEqual([
      [2, 'ok-2', expect.any(String)],
      [3, undefined, [['too_large', '']]],
      [5, 'ok-5', expect.any(String)],
      [6, undefined, [['too_large', '']]],
      [7, 'ok-7', expect.any(String)],
    ]);
    expect(summaryOf(run.stderr)).toEqual({ read: 5, scored: 3, failed: 2, note: expect.any(String) as string });
    expect(hasCanary(run.stdout + run.stderr)).toBe(false);
  });
});

describe('cse-screen assess --batch: usage, rulesets and files', () => {
  test.each([
    [['assess', fixture('good.ndjson'), '--input', 'csv']],
    [['assess', fixture('good.ndjson'), '--quiet']],
    [['assess', '--batch', fixture('good.ndjson'), '--format', 'json']],
    [['assess', '--batch', fixture('good.ndjson'), '--input', 'yaml']],
    [['assess', '--batch', fixture('good.ndjson'), fixture('mixed.ndjson')]],
  ])('exits 2 with a usage error and nothing on stdout for `%s`', (args) => {
    const run = cse(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^(cse-screen: \(root\) usage \S[^\n]*\n)+$/);
  });

  test('exits 3 with no records when the ruleset cannot be loaded', () => {
    const run = cse(['assess', '--batch', fixture('good.ndjson'), '--ruleset', 'test/cli/fixtures/batch/no-such-ruleset.json']);
    expect(run).toEqual({ code: 3, stdout: '', stderr: 'cse-screen: (root) file_not_found names a file that does not exist\n' });
  });

  test('exits 1 with file_not_found and no summary when the batch file does not exist', () => {
    const run = cse(['assess', '--batch', fixture('no-such-batch.ndjson'), '--ruleset', TIERED]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'cse-screen: (root) file_not_found names a file that does not exist\n' });
  });

  test('documents --batch, --input and --quiet in assess --help', () => {
    const help = cse(['assess', '--help']).stdout;
    for (const expected of ['cse-screen assess --batch [FILE|-]', '--input ndjson|csv', '--quiet', 'no progress line and no summary']) expect(help).toContain(expected);
  });
});
