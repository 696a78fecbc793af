import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCaseloadSummary } from '../../src/node/report/build-caseload-summary.js';
import { batchLines, CANARY, linkedScreener, linkedTieredRuleset } from './synthetic-caseload.js';

const stdin = (async function* () { /* no standard input */ })();

const subject = '"subject":{"ageYears":14,"attributes":{"learningDisability":false}}';
/** Two screenings as NDJSON text: A, whose line gives `missing` twice in its answers (evidence first), and B. */
const SCREENINGS = `{"ref":"A","assessedOn":"2026-01-10",${subject},"answers":{"missing":{"value":"yes","evidence":"${CANARY}"},"missing":"no"}}\n`
  + `{"ref":"B","assessedOn":"2026-01-10",${subject},"answers":{"missing":"yes"}}\n`;

/** The screenings, parsed as JSON.parse does (the last of a key given twice). */
const parsed = (text: string): unknown[] => text.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);

/** Results and screenings files in a new folder. */
function files(results: string, screenings = SCREENINGS): { folder: string; results: string; screenings: string } {
  const folder = mkdtempSync(join(tmpdir(), 'cse-report-dup-'));
  writeFileSync(join(folder, 'results.ndjson'), results);
  writeFileSync(join(folder, 'screenings.ndjson'), screenings);
  return { folder, results: join(folder, 'results.ndjson'), screenings: join(folder, 'screenings.ndjson') };
}

const request = (paths: { results: string; screenings?: string }) => ({
  results: paths.results, screenings: paths.screenings, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow: undefined, screener: linkedScreener(),
});

describe('buildCaseloadSummary: keys given twice', () => {
  test('refuses a results line that gives a key twice, naming the line and path, never the value', async () => {
    const line = batchLines(linkedScreener(), parsed(SCREENINGS).slice(1)).trimEnd();
    const twice = line.replace('"result":{', `"result":{"level":"${CANARY}",`);
    const built = await buildCaseloadSummary(request(files(`${twice}\n`)), stdin);
    expect(built.success).toBe(false);
    expect(!built.success && built.issues.map((issue) => [issue.code, issue.path])).toEqual([['duplicate_key', ['results', 1, 'result', 'level']]]);
    expect(JSON.stringify(built)).not.toContain(CANARY);
  });

  test('refuses a screenings line that gives a key twice where the report reads it (ref, assessedOn, subject, associations)', async () => {
    const screenings = `{"ref":"A","assessedOn":"2026-01-10",${subject},"subject":{"ageYears":17},"answers":{"missing":"no"}}\n`;
    const paths = files(batchLines(linkedScreener(), parsed(screenings)), screenings);
    const built = await buildCaseloadSummary(request(paths), stdin);
    expect(!built.success && built.issues.map((issue) => [issue.code, issue.path])).toEqual([['duplicate_key', ['screenings', 1, 'subject']]]);
  });

  test('counts a result whose screening gives a key twice elsewhere, and warns with the screenings line and path', async () => {
    const paths = files(batchLines(linkedScreener(), parsed(SCREENINGS)));
    const built = await buildCaseloadSummary(request(paths), stdin);
    if (!built.success) throw new Error(JSON.stringify(built.issues));
    expect(built.data.input).toEqual({ lines: 2, results: 2, notScored: 0, keyGivenTwice: 1 });
    expect(built.warnings?.map((warning) => [warning.code, warning.path])).toEqual([
      ['duplicate_key', ['screenings', 1, 'answers', 'missing']],
      ['duplicate_key', []],
    ]);
    expect(JSON.stringify(built)).not.toContain(CANARY);
  });

  test('counts a result whose assess --batch line carries a duplicate_key warning, without the screenings', async () => {
    const lines = batchLines(linkedScreener(), parsed(SCREENINGS)).split('\n').filter(Boolean).map((line, i) => (i === 0
      ? JSON.stringify({ ...JSON.parse(line) as object, warnings: [{ code: 'duplicate_key', path: ['answers', 'missing'], message: 'appears more than once in the same object; only the last is used' }] })
      : line));
    const built = await buildCaseloadSummary(request({ results: files(`${lines.join('\n')}\n`).results }), stdin);
    expect(built.success && built.data.input.keyGivenTwice).toBe(1);
    expect(built.warnings?.map((warning) => warning.message)).toEqual(['1 result comes from a screening that gives a key twice: each was scored with the last value given']);
  });
});

describe('cse-screen report: keys given twice', () => {
  const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

  test('prints each warning with its line and path and says the count in the report, exit 0, never the value', () => {
    const paths = files(batchLines(linkedScreener(), parsed(SCREENINGS)));
    const ruleset = join(paths.folder, 'ruleset.json');
    writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
    const out = join(paths.folder, 'out');
    const done = run('report', paths.results, '--screenings', paths.screenings, '--ruleset', ruleset, '--as-of', '2026-02-01', '--out', out);
    expect(done.status).toBe(0);
    expect(done.stderr).toBe('cse-screen: screenings[1].answers.missing duplicate_key appears more than once in the same object; only the last is used\n'
      + 'cse-screen: (root) duplicate_key 1 result comes from a screening that gives a key twice: each was scored with the last value given\n');
    const markdown = readFileSync(join(out, 'caseload-report.md'), 'utf8');
    expect(markdown).toContain('Results from a screening that gives a key twice (scored with the last value given; see the warnings): 1.');
    expect(JSON.parse(readFileSync(join(out, 'caseload-summary.json'), 'utf8'))).toMatchObject({ input: { keyGivenTwice: 1 } });
    expect(done.stderr + done.stdout + markdown).not.toContain(CANARY);
  });

  test('refuses a results line that gives a key twice with exit 1 and writes no report', () => {
    const line = batchLines(linkedScreener(), parsed(SCREENINGS).slice(1)).trimEnd();
    const paths = files(`${line.replace('{"line":1,', '{"line":1,"line":2,')}\n`);
    const done = run('report', paths.results, '--out', join(paths.folder, 'never'));
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('results[1].line duplicate_key');
    expect(existsSync(join(paths.folder, 'never'))).toBe(false);
  });
});
