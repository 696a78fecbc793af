import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { CaseloadSummarySchema, type CaseloadSummary } from '../../src/schema/caseload-summary.js';
import { buildCaseloadSummary } from '../../src/node/report/build-caseload-summary.js';
import { renderReportCsv } from '../../src/node/report/render-report-csv.js';
import { loadChartRenderer } from '../../src/node/report/charts/load-chart-renderer.js';
import { renderReportHtml } from '../../src/node/report/render-report-html.js';
import { renderReportMarkdown } from '../../src/node/report/render-report-markdown.js';
import { unwrap } from '../../src/issues/unwrap.js';
import { batchLines, CANARY, linkedScreener, linkedTieredRuleset, syntheticScreenings, toNdjson } from './synthetic-caseload.js';

const stdin = (async function* () { /* no standard input */ })();
const render = unwrap(await loadChartRenderer());

/** The synthetic caseload plus two children (H, I) screened with version 1.0.1 of the ruleset, written to files. */
function caseloadFiles(): { results: string; screenings: string } {
  const folder = mkdtempSync(join(tmpdir(), 'cse-caseload-'));
  const screenings = syntheticScreenings();
  const other = compileRuleset({ ...linkedTieredRuleset(), meta: { ...(linkedTieredRuleset()['meta'] as object), version: '1.0.1' } });
  const extra = [
    { ref: 'H', assessedOn: '2026-01-10', subject: { ageYears: 15, attributes: { learningDisability: false } }, answers: { missing: 'yes', 'older-friend': 'no', disclosure: 'no', 'looked-after': 'no' } },
    { ref: 'I', assessedOn: '2026-01-10', subject: { ageYears: 16, attributes: { learningDisability: false } }, answers: { missing: 'no', 'older-friend': 'no', disclosure: 'yes', 'looked-after': 'no' } },
  ];
  const lines = batchLines(linkedScreener(), screenings) + batchLines(other, extra).split('\n').filter(Boolean)
    .map((line, i) => JSON.stringify({ ...JSON.parse(line) as object, line: screenings.length + i + 1 })).join('\n') + '\n';
  writeFileSync(join(folder, 'results.ndjson'), lines);
  writeFileSync(join(folder, 'screenings.ndjson'), toNdjson([...screenings, ...extra]));
  return { results: join(folder, 'results.ndjson'), screenings: join(folder, 'screenings.ndjson') };
}

async function summarise(suppressBelow?: number): Promise<CaseloadSummary> {
  const files = caseloadFiles();
  const built = await buildCaseloadSummary({ ...files, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow, screener: linkedScreener() }, stdin);
  if (!built.success) throw new Error(JSON.stringify(built.issues));
  return built.data;
}

describe('buildCaseloadSummary', () => {
  test('counts every child once by their latest result, and gives every figure of the synthetic caseload', async () => {
    const summary = await summarise();
    expect(CaseloadSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary.input).toEqual({ lines: 11, results: 10, notScored: 1, keyGivenTwice: 0 });
    const main = summary.rulesets[0];
    expect(main?.main).toBe(true);
    expect(main?.ruleset.version).toBe('1.0.0');
    expect(main?.children).toBe(7);
    expect(main?.byLevel.map((entry) => [entry.level, entry.count])).toEqual([['none', 1], ['low', 3], ['medium', 2], ['high', 1]]);
    expect(main?.byAgeBand.map((entry) => [entry.band, entry.count])).toEqual([['under-10', 1], ['10-12', 1], ['13-15', 3], ['16-17', 2], ['18-and-over', 0], ['unknown', 0]]);
    expect(main?.present.map((entry) => [entry.indicator, entry.count])).toEqual([['missing', 3], ['disclosure', 1], ['older-friend', 1]]);
    expect(main?.possible.map((entry) => [entry.indicator, entry.count])).toEqual([['missing', 1]]);
    expect(main?.movement).toEqual({ escalated: 0, deEscalated: 1, unchanged: 0, notCompared: 6, otherRuleset: 0, pairs: [{ from: 'medium', to: 'low', direction: 'de-escalated', count: 1 }] });
    // The child whose open items could raise the level reviews on that level's sooner timescale, at any level: due soon.
    expect(main?.reviews).toEqual({ overdue: 1, dueSoon: 5, later: 0, noDate: 1, overdueRefs: ['G'] });
    expect(main?.gaps).toEqual({ informationGaps: 1, incomplete: 1, outOfScope: 1 });
  });

  test('writes a summary valid against the committed JSON Schema, with and without suppression', async () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/caseload-summary.schema.json', 'utf8')) as object);
    for (const summary of [await summarise(), await summarise(3)]) expect(validate(JSON.parse(JSON.stringify(summary)))).toBe(true);
  });

  test('reports results from another ruleset version apart, with their own figures', async () => {
    const other = (await summarise()).rulesets[1];
    expect(other?.main).toBe(false);
    expect(other?.ruleset.version).toBe('1.0.1');
    expect(other?.children).toBe(2);
    expect(other?.byLevel.filter((entry) => entry.count !== 0).map((entry) => [entry.level, entry.count])).toEqual([['low', 1], ['high', 1]]);
  });

  test('uses a trend carried by the result for movement, before any earlier result in the file', async () => {
    const screener = linkedScreener();
    const first = screener.screen(syntheticScreenings()[1]);
    const later = { ...(syntheticScreenings()[2] as object), ref: 'B', previous: first };
    const folder = mkdtempSync(join(tmpdir(), 'cse-caseload-'));
    writeFileSync(join(folder, 'r.ndjson'), batchLines(screener, [later]));
    const built = await buildCaseloadSummary({ results: join(folder, 'r.ndjson'), screenings: undefined, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow: undefined, screener }, stdin);
    expect(built.success && built.data.rulesets[0]?.movement).toMatchObject({ escalated: 1, pairs: [{ from: 'medium', to: 'high', direction: 'escalated', count: 1 }] });
  });

  test('finds the chain A–B–C through two different references, the pair E–G, and no link for a reference one child holds', async () => {
    const links = (await summarise()).links;
    expect(links?.childrenWithAssociations).toBe(6);
    expect(links?.references).toBe(4);
    expect(links?.sharedReferences).toBe(3);
    expect(links?.groups.map((group) => ({ id: group.id, refs: group.children.map((child) => child.ref), organised: group.organisedPattern, shared: group.references.map((reference) => `${reference.label}:${reference.children.join('+')}`) }))).toEqual([
      { id: 'G1', refs: ['A', 'B', 'C'], organised: true, shared: ['V1:C1+C2', 'P1:C2+C3'] },
      { id: 'G2', refs: ['E', 'G'], organised: false, shared: ['T1:C1+C2'] },
    ]);
    expect(links?.groups[0]?.children.map((child) => [child.level?.id, child.steps])).toEqual([['low', ['strategy']], ['medium', ['strategy']], ['high', ['strategy']]]);
    expect(links?.steps).toEqual([{ id: 'strategy', title: expect.any(String) as string }]);
  });

  test('suppresses counts from 1 to N-1 as <N and leaves out case refs, tokens and group members', async () => {
    const summary = await summarise(5);
    const main = summary.rulesets[0];
    expect(main?.children).toBe(7);
    expect(main?.byLevel.map((entry) => entry.count)).toEqual(['<5', '<5', '<5', '<5']);
    expect(main?.byAgeBand.map((entry) => entry.count)).toEqual(['<5', '<5', '<5', '<5', 0, 0]);
    expect(main?.reviews.overdueRefs).toBeUndefined();
    expect(summary.links?.groups.map((group) => [group.size, group.children.length])).toEqual([['<5', 0], ['<5', 0]]);
    for (const text of [JSON.stringify(summary), renderReportHtml(summary, render), renderReportMarkdown(summary), renderReportCsv(summary)]) {
      expect(text).not.toContain('veh-');
      expect(text).not.toMatch(/"ref":"[A-I]"/);
    }
    expect(renderReportMarkdown(summary)).toContain('\\<5');
  });

  test('writes no free text from the screenings into any output', async () => {
    const summary = await summarise();
    for (const text of [JSON.stringify(summary), renderReportHtml(summary, render), renderReportMarkdown(summary), renderReportCsv(summary)]) expect(text).not.toContain(CANARY);
  });

  test('renders standalone HTML with a chart and a table for each figure, and no script or outside reference', async () => {
    const html = renderReportHtml(await summarise(), render);
    expect(html).not.toMatch(/<script|<link |<img |<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="/i);
    expect(html.match(/<figure /g)?.length).toBe(5 + 5 + 2);
    expect(html).toContain('<table id="main-by-level"');
    expect(html).toContain('<table id="G1-children"');
    expect(html).toContain('id="G1-network"');
  });

  test('writes CSV in long form with one row per table cell', async () => {
    const csv = renderReportCsv(await summarise());
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('section,table,row,column,value');
    expect(rows).toContain('main,main-by-level,High,Children,1');
    expect(rows).toContain('links,G1-references,V1,Children,"C1, C2"');
  });
});
