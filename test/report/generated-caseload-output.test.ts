import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCaseloadLinks } from '../../src/node/links/find-caseload-links.js';
import { buildCaseloadSummary } from '../../src/node/report/build-caseload-summary.js';
import { renderReportCsv } from '../../src/node/report/render-report-csv.js';
import { renderReportMarkdown } from '../../src/node/report/render-report-markdown.js';
import { summaryJsonChunks } from '../../src/node/report/summary-json-chunks.js';
import { linkedScreener, toNdjson } from './synthetic-caseload.js';
import { variedCaseload } from './varied-caseload.js';

const stdin = (async function* () { /* no standard input */ })();

/** The generated caseload, written to files once for every test. */
const files = (() => {
  const folder = mkdtempSync(join(tmpdir(), 'cse-generated-caseload-'));
  const caseload = variedCaseload(1500);
  writeFileSync(join(folder, 'results.ndjson'), caseload.results);
  writeFileSync(join(folder, 'screenings.ndjson'), toNdjson(caseload.screenings));
  writeFileSync(join(folder, 'valid.ndjson'), toNdjson(caseload.valid));
  return { results: join(folder, 'results.ndjson'), screenings: join(folder, 'screenings.ndjson'), valid: join(folder, 'valid.ndjson') };
})();

async function reportOf(suppressBelow: number | undefined): Promise<string> {
  const built = await buildCaseloadSummary({ results: files.results, screenings: files.screenings, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow, screener: linkedScreener() }, stdin);
  if (!built.success) throw new Error(JSON.stringify(built.issues.map((issue) => [issue.code, issue.path])));
  return `${JSON.stringify(built.data, null, 1)}\n${renderReportMarkdown(built.data)}\n${renderReportCsv(built.data)}`;
}

async function linksOf(suppressBelow: number | undefined): Promise<string> {
  const found = await findCaseloadLinks(files.valid, linkedScreener(), suppressBelow, stdin);
  if (!found.success) throw new Error(JSON.stringify(found.issues.map((issue) => [issue.code, issue.path])));
  return `${JSON.stringify(found.data, null, 1)}\n`;
}

// The golden files were written by the implementation that kept one object per child and per reference: what each
// child keeps in memory may change, what the report and links say may not.
describe('the report and links of a generated caseload of 1,500 screenings', () => {
  test('the report (summary, Markdown and CSV) is byte for byte the one recorded, with and without suppression', async () => {
    await expect(await reportOf(undefined)).toMatchFileSnapshot('./golden/generated-caseload-report.txt');
    await expect(await reportOf(5)).toMatchFileSnapshot('./golden/generated-caseload-report-suppressed.txt');
  });

  test('the summary file, written in parts a ref at a time, is what JSON.stringify writes whole, with and without suppression', async () => {
    for (const suppressBelow of [undefined, 5]) {
      const built = await buildCaseloadSummary({ results: files.results, screenings: files.screenings, asOf: '2026-02-01', dueWithinDays: 28, suppressBelow, screener: linkedScreener() }, stdin);
      if (!built.success) throw new Error('not built');
      expect([...summaryJsonChunks(built.data)].join('')).toBe(`${JSON.stringify(built.data, null, 2)}\n`);
    }
  });

  test('the links are byte for byte the ones recorded, with and without suppression', async () => {
    await expect(await linksOf(undefined)).toMatchFileSnapshot('./golden/generated-caseload-links.json');
    await expect(await linksOf(5)).toMatchFileSnapshot('./golden/generated-caseload-links-suppressed.json');
  });
});
