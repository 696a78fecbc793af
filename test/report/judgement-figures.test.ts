import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CaseloadSummary } from '../../src/schema/caseload-summary.js';
import { buildCaseloadSummary } from '../../src/node/report/build-caseload-summary.js';
import { renderReportCsv } from '../../src/node/report/render-report-csv.js';
import { renderReportMarkdown } from '../../src/node/report/render-report-markdown.js';
import { batchLines, CANARY, linkedScreener, linkedTieredRuleset, syntheticScreenings, toNdjson } from './synthetic-caseload.js';

const stdin = (async function* () { /* no standard input */ })();
const agreed = { role: 'team-manager' };

/**
 * Six children of the tiered fixture, each with a judgement: raised (medium to high), lowered with agreement (medium to
 * low), a lowering without agreement (needs-agreement), a no-concern judgement against answers with the level kept
 * (contradicts-answers), the same against answers with the level lowered in part (contradicts-answers, final below
 * computed), and one that keeps the level. The rationale is a canary.
 */
function judgedScreenings(): unknown[] {
  const [a, b, , , e] = syntheticScreenings() as object[];
  const judged = (screening: object | undefined, ref: string, judgement: object) => ({ ...screening, ref, judgement: { ...judgement, rationale: `${CANARY} why` } });
  return [
    judged(b, 'X1', { level: 'high' }),
    judged(b, 'X2', { level: 'low', agreedBy: agreed }),
    judged(b, 'X3', { level: 'none' }),
    judged(e, 'X4', { level: 'none', agreedBy: agreed }),
    judged(a, 'X5', { level: 'none', agreedBy: agreed }),
    judged(e, 'X6', { level: 'low' }),
  ];
}

const EXPECTED: CaseloadSummary['rulesets'][number]['judgements'] = {
  applied: { raised: 1, lowered: 1, same: 1 },
  // X5 moved from Medium only as far as Low, the level above no concern: applied in part, never counted as not applied.
  appliedInPart: 1,
  notApplied: [{ because: 'below-floor', count: 0 }, { because: 'contradicts-answers', count: 1 }, { because: 'needs-agreement', count: 1 }],
  finalBelowComputed: 2,
  finalAboveComputed: 1,
};

describe('buildCaseloadSummary: practitioner judgements', () => {
  test('counts judgements applied by direction, applied in part, not applied by reason, and final levels below or above the computed level', async () => {
    const screener = linkedScreener();
    const outcomes = judgedScreenings().map((screening) => screener.screen(screening)).map((result) => [result.computedLevel.id, result.level.id, result.judgement?.applied, result.judgement?.notAppliedBecause]);
    expect(outcomes).toEqual([
      ['medium', 'high', true, undefined],
      ['medium', 'low', true, undefined],
      ['medium', 'medium', false, 'needs-agreement'],
      ['low', 'low', false, 'contradicts-answers'],
      ['medium', 'low', false, 'contradicts-answers'],
      ['low', 'low', true, undefined],
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'cse-judgements-'));
    writeFileSync(join(folder, 'results.ndjson'), batchLines(screener, judgedScreenings()));
    const built = await buildCaseloadSummary({ results: join(folder, 'results.ndjson'), screenings: undefined, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow: undefined, screener }, stdin);
    if (!built.success) throw new Error(JSON.stringify(built.issues));
    expect(built.data.rulesets[0]?.judgements).toEqual(EXPECTED);
    const markdown = renderReportMarkdown(built.data);
    expect(markdown).toContain('| applied: lowered the computed level | 1 |');
    expect(markdown).toContain('| not applied: needs-agreement | 1 |');
    expect(markdown).toContain('| applied in part: lowered only as far as a floor | 1 |');
    expect(markdown).toContain('| final level below the computed level | 2 |');
    expect(renderReportCsv(built.data)).toContain('main,main-judgements,not applied: contradicts-answers,Children,1\r\n');
    expect(JSON.stringify(built.data) + markdown).not.toContain(CANARY);
  });
});

describe('cse-screen report: practitioner judgements', () => {
  test('gives the same judgement figures from the ids form assess --batch writes by default, and no rationale', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cse-judgements-'));
    const ruleset = join(folder, 'ruleset.json');
    writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
    writeFileSync(join(folder, 'screenings.ndjson'), toNdjson(judgedScreenings()));
    const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });
    const batch = run('assess', '--batch', join(folder, 'screenings.ndjson'), '--ruleset', ruleset, '--quiet');
    expect(batch.status).toBe(0);
    writeFileSync(join(folder, 'results.ndjson'), batch.stdout);
    const done = run('report', join(folder, 'results.ndjson'), '--ruleset', ruleset, '--as-of', '2026-02-01', '--out', join(folder, 'out'));
    expect(done.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(folder, 'out', 'caseload-summary.json'), 'utf8')) as CaseloadSummary;
    expect(summary.rulesets[0]?.judgements).toEqual(EXPECTED);
    expect(readFileSync(join(folder, 'out', 'caseload-report.html'), 'utf8')).not.toContain(CANARY);
  });
});
