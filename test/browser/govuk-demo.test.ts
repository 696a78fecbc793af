import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { loadDefaultRuleset } from '../export/forms/form-rulesets.js';
import { launch, openPage } from './support/form-pages.js';

// The demo's GOV.UK version (examples/web/build.mjs writes vendor/govuk/ from toGovukFormHtml), served by
// examples/web/serve.mjs with its strict Content-Security-Policy, in Chromium.
const screener = compileRuleset(loadDefaultRuleset());
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['examples/web/build.mjs'], { encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0) throw new Error(`examples/web/build.mjs failed: ${built.stderr}`);
  url = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['examples/web/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => { out += chunk.toString(); const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out); if (found !== null) resolve(found[0]); });
    child.once('exit', (code) => reject(new Error(`the demo server exited with ${String(code)}`)));
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (server !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('the demo\'s GOV.UK version (vendor/govuk/) under the demo server\'s strict CSP', () => {
  test('is reached from the demo, styled by GOV.UK Frontend, and shows the level and steps screener.screen gives as it is answered, with no CSP violation or console error', async () => {
    if (browser === undefined) throw new Error('no browser');
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    await page.click('a[href="./vendor/govuk/"]');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('.govuk-header').evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.fill('#ageYears', '14');
    await page.check('#answer-sexual-assault');
    const result = screener.screen({ subject: { ageYears: 14 }, answers: { 'sexual-assault': 'yes' } });
    await expect.poll(() => page.locator('#result-level').getAttribute('data-level-id')).toBe(result.level.id);
    expect(await page.locator('#result-steps li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['stepId']))).toEqual(result.pathway.map((step) => step.id));
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/govuk-demo.png', fullPage: false });
  });
});
