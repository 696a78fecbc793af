import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Screener } from '../../src/index.js';
import type { CaseloadSummary } from '../../src/schema/caseload-summary.js';
import { buildCaseloadSummary } from '../../src/node/report/build-caseload-summary.js';
import { renderReportCsv } from '../../src/node/report/render-report-csv.js';
import { loadChartRenderer } from '../../src/node/report/charts/load-chart-renderer.js';
import { renderReportHtml } from '../../src/node/report/render-report-html.js';
import { renderReportMarkdown } from '../../src/node/report/render-report-markdown.js';
import { unwrap } from '../../src/issues/unwrap.js';
import { batchLines, linkedScreener, linkedTieredRuleset, syntheticScreenings } from './synthetic-caseload.js';

const stdin = (async function* () { /* no standard input */ })();
const render = unwrap(await loadChartRenderer());

/** The fixture ruleset with another id or version: its levels are on another scale. */
function otherScreener(meta: { id?: string; version?: string }): Screener {
  const ruleset = linkedTieredRuleset();
  return compileRuleset({ ...ruleset, meta: { ...(ruleset['meta'] as object), ...meta } });
}

/** The summary of these results lines (assess --batch output), read with the main fixture ruleset. */
async function summaryOf(lines: string): Promise<CaseloadSummary> {
  const folder = mkdtempSync(join(tmpdir(), 'cse-movement-'));
  writeFileSync(join(folder, 'results.ndjson'), lines);
  const built = await buildCaseloadSummary({ results: join(folder, 'results.ndjson'), screenings: undefined, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow: undefined, screener: linkedScreener() }, stdin);
  if (!built.success) throw new Error(JSON.stringify(built.issues));
  return built.data;
}

/** Child B screened now with the main ruleset, after a high result (E) from `earlier`: the trend runs from E's level. */
function laterAfter(earlier: Screener): unknown {
  const previous = earlier.screen({ ...(syntheticScreenings()[4] as object), ref: 'B' });
  return { ...(syntheticScreenings()[2] as object), ref: 'B', previous };
}

describe('buildCaseloadSummary: movement between levels of different rulesets', () => {
  test('counts a trend whose previous result came from another ruleset apart, never as escalated, de-escalated or unchanged', async () => {
    const screener = linkedScreener();
    const later = laterAfter(otherScreener({ id: 'other-ruleset' }));
    const result = screener.screen(later);
    expect(result.trend?.sameRuleset).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toContain('previous_from_other_ruleset');
    const movement = (await summaryOf(batchLines(screener, [later]))).rulesets[0]?.movement;
    expect(movement).toEqual({ escalated: 0, deEscalated: 0, unchanged: 0, notCompared: 0, otherRuleset: 1, pairs: [] });
  });

  test('counts a trend from another version of the same ruleset (previous_unverified) apart', async () => {
    const screener = linkedScreener();
    const later = laterAfter(otherScreener({ version: '0.9.0' }));
    expect(screener.screen(later).warnings.map((warning) => warning.code)).toContain('previous_unverified');
    const movement = (await summaryOf(batchLines(screener, [later]))).rulesets[0]?.movement;
    expect(movement).toMatchObject({ escalated: 0, deEscalated: 0, unchanged: 0, otherRuleset: 1, pairs: [] });
  });

  test('counts a trend from the same ruleset as a move, by its level pair', async () => {
    const screener = linkedScreener();
    const movement = (await summaryOf(batchLines(screener, [laterAfter(screener)]))).rulesets[0]?.movement;
    expect(movement?.otherRuleset).toBe(0);
    expect([movement?.escalated, movement?.deEscalated, movement?.unchanged].filter((count) => count === 1)).toHaveLength(1);
    expect(movement?.pairs).toHaveLength(1);
  });

  test('does not trust a trend that does not say it compares the same ruleset (no sameRuleset)', async () => {
    const screener = linkedScreener();
    const line = JSON.parse(batchLines(screener, [laterAfter(screener)])) as { result: { trend: Record<string, unknown> } };
    delete line.result.trend['sameRuleset'];
    const movement = (await summaryOf(`${JSON.stringify(line)}\n`)).rulesets[0]?.movement;
    expect(movement).toMatchObject({ escalated: 0, deEscalated: 0, unchanged: 0, otherRuleset: 1, pairs: [] });
  });

  test('does not count a move from an earlier result in the file that another ruleset version produced', async () => {
    const screenings = syntheticScreenings();
    const earlier = batchLines(otherScreener({ version: '1.0.1' }), [{ ...(screenings[4] as object), ref: 'B' }]);
    const later = JSON.stringify({ ...JSON.parse(batchLines(linkedScreener(), [{ ...(screenings[2] as object), ref: 'B' }])) as object, line: 2 });
    const summary = await summaryOf(`${earlier}${later}\n`);
    expect(summary.rulesets).toHaveLength(1);
    expect(summary.rulesets[0]?.movement).toEqual({ escalated: 0, deEscalated: 0, unchanged: 0, notCompared: 0, otherRuleset: 1, pairs: [] });
  });

  test('says in the Markdown, HTML and CSV how many children were compared with another ruleset and not counted as moving', async () => {
    const screener = linkedScreener();
    const summary = await summaryOf(batchLines(screener, [laterAfter(otherScreener({ id: 'other-ruleset' }))]));
    const row = 'earlier level from another ruleset version (not a move)';
    expect(renderReportMarkdown(summary)).toContain(`| ${row} | 1 |`);
    expect(renderReportMarkdown(summary)).toContain('Children whose earlier level came from another ruleset version: 1.');
    expect(renderReportHtml(summary, render)).toContain(row);
    expect(renderReportCsv(summary)).toContain(`main,main-movement,${row},Children,1\r\n`);
  });
});
