import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { toRulebookHtml } from '../../src/export/to-rulebook-html.js';

const RULEBOOK = 'docs/rulesets/brighton-hove-cse.html';
const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as {
  indicators: { id: string }[]; rules: { id: string; title: string }[]; levels: { label: string }[]; steps: { title: string }[];
};
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'], timeout: 30_000 });
  mkdirSync('test-artifacts', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the committed HTML rulebook of the default ruleset, in Chromium', () => {
  test('renders with JavaScript off, with no console error and no request for anything outside the file', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 1600 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.name));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(resolve(RULEBOOK)).href;
    await page.goto(url);

    const indicatorRows = await page.locator('table#indicators tbody tr, table#indicators tr').count();
    expect(indicatorRows).toBeGreaterThanOrEqual(ruleset.indicators.length);
    const text = await page.locator('body').innerText();
    for (const indicator of ruleset.indicators) expect(text).toContain(indicator.id);
    for (const rule of ruleset.rules) expect(text).toContain(rule.title);
    for (const level of ruleset.levels) expect(text).toContain(level.label);
    for (const step of ruleset.steps) expect(text).toContain(step.title);
    expect(await page.locator('table#rules').count()).toBe(1);
    expect(await page.locator('table#levels').count()).toBe(1);
    expect(await page.locator('table#pathway').count()).toBe(1);
    expect(text).toMatch(/not signed off/i);
    const headings = await page.locator('main > section > h2').allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(['Professional judgement and unknown answers', 'Protections applied to every screening, and proved when the ruleset is loaded', 'Sign-off']));
    expect(await page.locator('table#policy-choices').count()).toBe(1);

    await page.screenshot({ path: 'test-artifacts/rulebook-first-page.png' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-artifacts/rulebook-print.png' });
    expect(problems).toEqual([]);
    expect(requests.filter((request) => request !== url)).toEqual([]);
    await context.close();
  });
});

describe('a freshly generated HTML rulebook with a sign-off, project choices and a legal age limit, in Chromium', () => {
  test('renders with JavaScript off and no outside request, and shows the judgement policy, the protections, level steps and the sign-off checklist', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const screener = compileRuleset(JSON.parse(readFileSync('test/fixtures/signed-off.json', 'utf8')));
    const file = resolve('test-artifacts/rulebook-signed-off.html');
    writeFileSync(file, toRulebookHtml(screener.ruleset, { fingerprint: screener.stamp.fingerprint }));
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 1600 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.name));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url);

    const headings = await page.locator('main > section > h2').allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(['Professional judgement and unknown answers', 'Protections applied to every screening, and proved when the ruleset is loaded', 'Sign-off']));
    expect(await page.locator('table#project-choices tbody tr').count()).toBe(3);
    expect(await page.locator('table#policy-choices tbody tr').count()).toBe(9);
    const signOff = await page.locator('#section-sign-off').innerText();
    expect(signOff).toContain('A. Lead');
    expect(signOff).toContain('Approved with changes');
    const pathway = await page.locator('table#pathway').innerText();
    expect(pathway).toContain('Rule or policy');
    expect(pathway).toContain('Level, and rule or policy');
    expect(await page.locator('#section-protections').innerText()).toContain('Child Abduction Act 1984 s.2: the offence concerns children under 16');

    await page.locator('#section-sign-off').screenshot({ path: 'test-artifacts/rulebook-sign-off.png' });
    expect(problems).toEqual([]);
    expect(requests.filter((request) => request !== url)).toEqual([]);
    await context.close();
  });
});
