import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { batchLines, linkedScreener, linkedTieredRuleset, syntheticScreenings, toNdjson } from './synthetic-caseload.js';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'], timeout: 30_000 });
  mkdirSync('test-artifacts', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the caseload report, in Chromium', () => {
  test('renders with JavaScript off and no outside request: every chart is an SVG with marks, every table has rows', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const folder = mkdtempSync(join(tmpdir(), 'cse-report-browser-'));
    writeFileSync(join(folder, 'ruleset.json'), JSON.stringify(linkedTieredRuleset()));
    writeFileSync(join(folder, 'screenings.ndjson'), toNdjson(syntheticScreenings()));
    writeFileSync(join(folder, 'results.ndjson'), batchLines(linkedScreener(), syntheticScreenings()));
    const done = spawnSync('node', ['dist/cli.js', 'report', join(folder, 'results.ndjson'), '--screenings', join(folder, 'screenings.ndjson'),
      '--ruleset', join(folder, 'ruleset.json'), '--as-of', '2026-02-01', '--out', join(folder, 'out')], { encoding: 'utf8' });
    expect(done.status).toBe(0);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 1400 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(resolve(folder, 'out', 'caseload-report.html')).href;
    await page.goto(url);

    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBe(7);
    for (const id of ['main-by-level', 'main-by-age', 'main-present', 'main-possible', 'main-movement', 'G1-network', 'G2-network']) {
      const chart = page.locator(`figure#${id} svg`);
      expect(await chart.count()).toBe(1);
      expect(await chart.locator('path, rect, circle').count()).toBeGreaterThan(3);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
    }
    const tables = page.locator('table');
    const count = await tables.count();
    expect(count).toBeGreaterThanOrEqual(13);
    for (let i = 0; i < count; i++) expect(await tables.nth(i).locator('tbody tr').count()).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('yes: raise at the strategy meeting');
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);

    await page.screenshot({ path: 'test-artifacts/caseload-report-screen.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-artifacts/caseload-report-print.png', fullPage: true });
    await page.locator('figure#G1-network').screenshot({ path: 'test-artifacts/caseload-report-network.png' });
    await context.close();
  });
});
