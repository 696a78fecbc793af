import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { domainGroups } from '../../src/export/fhir/domain-groups.js';
import { fieldId, GOVUK_FIELDS } from '../../src/export/govuk/govuk-fields.js';
import { compileRuleset, fromGovukFormData, toGovukFormHtml, type ScreeningInput } from '../../src/index.js';
import { loadDefaultRuleset } from '../export/forms/form-rulesets.js';
import { bundlePage, close, launch, openPage, serve } from './support/form-pages.js';
import { goldenScreening, PICKED_CASES, writtenAnswers } from './support/golden-picks.js';

// The GOV.UK form (toGovukFormHtml) in Chromium under a strict CSP: without JavaScript (a plain POST that
// the test server reads with fromGovukFormData), with the live result (examples/web/govuk/live.js), by
// keyboard alone, and checked with axe-core against the WCAG 2.2 AA rules.
const screener = compileRuleset(loadDefaultRuleset());
const { ruleset } = screener;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const FRONTEND = 'node_modules/govuk-frontend/dist/govuk/';
const PAGE = { stylesheetHref: '/govuk-frontend.min.css', scriptHref: '/live.js', rulesetHref: '/ruleset.json', action: '/form' };
let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  const live = await bundlePage('examples/web/govuk/live.js', 'govuk-live', { 'cse-screening': resolve('src/index.ts') });
  const types: Record<string, string> = { '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.json': 'application/json' };
  ({ server, url: base } = await serve((path, request) => {
    const html = (body: string): { body: string; type: string; headers: Record<string, string> } => ({ body, type: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP } });
    if (path === '/form' && request.method === 'POST') {
      const fields = new URLSearchParams(request.body);
      const read = fromGovukFormData(fields, ruleset);
      const screened = read.success ? screener.safeScreen(read.data) : read;
      return html(toGovukFormHtml(ruleset, { ...PAGE, values: fields, ...(screened.success ? { result: screened.data } : { issues: screened.issues }) }));
    }
    if (path === '/form') return html(toGovukFormHtml(ruleset, PAGE));
    if (path === '/live.js') return { body: live, type: 'text/javascript' };
    if (path === '/ruleset.json') return { body: JSON.stringify(ruleset), type: 'application/json' };
    if (path === '/axe.min.js') return { body: readFileSync('node_modules/axe-core/axe.min.js'), type: 'text/javascript' };
    if (path === '/govuk-frontend.min.css') return { body: readFileSync(`${FRONTEND}govuk-frontend.min.css`), type: 'text/css' };
    if (/^\/assets\/[\w/.-]+$/.test(path) && !path.includes('..')) return { body: readFileSync(`${FRONTEND}${path.slice(1)}`), type: types[extname(path)] ?? 'application/octet-stream' };
    return undefined;
  }));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await close(server);
});

async function open(options: { javaScript: boolean }): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error('no browser');
  const opened = options.javaScript ? await openPage(browser) : { page: await (await browser.newContext({ javaScriptEnabled: false })).newPage(), errors: [] };
  await opened.page.goto(`${base}/form`);
  if (options.javaScript) await opened.page.waitForSelector('body[data-ready="true"]');
  return opened;
}

/** The shown result: the level, the rule ids and step ids in the page's result region. */
async function shown(page: Page): Promise<{ level: string | null; rules: string[]; steps: string[] }> {
  return {
    level: await page.locator('#result-level').getAttribute('data-level-id'),
    rules: await page.locator('#result-reasons li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['ruleId'] ?? '')),
    steps: await page.locator('#result-steps li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['stepId'] ?? '')),
  };
}

function expected(screening: ScreeningInput): { level: string; rules: string[]; steps: string[] } {
  const result = screener.screen(screening);
  return { level: result.level.id, rules: result.firedRules.map((rule) => rule.id), steps: result.pathway.map((step) => step.id) };
}

/** The field steps of a screening in the order the page shows them: [selector, action]. */
function fieldSteps(screening: ScreeningInput): [string, { check: true } | { text: string }][] {
  const steps: [string, { check: true } | { text: string }][] = [];
  const option = (name: string, index: number): string => `#${fieldId(name, index)}`;
  const subject = screening.subject as { ageYears?: number; dateOfBirth?: string; attributes?: Record<string, boolean> };
  if (subject.ageYears !== undefined) steps.push([`#${fieldId(GOVUK_FIELDS.age)}`, { text: String(subject.ageYears) }]);
  for (const [which, date] of [['dateOfBirth', subject.dateOfBirth], ['assessedOn', screening.assessedOn]] as const) {
    if (date === undefined) continue;
    const [year = '', month = '', day = ''] = date.split('-');
    for (const [part, value] of [['day', day], ['month', month], ['year', year]] as const) steps.push([`#${fieldId(GOVUK_FIELDS.date(which, part))}`, { text: String(Number(value)) }]);
  }
  for (const fact of ruleset.attributes) {
    const value = subject.attributes?.[fact.id];
    if (value !== undefined) steps.push([option(GOVUK_FIELDS.attribute(fact.id), value ? 0 : 1), { check: true }]);
  }
  const written = new Map(writtenAnswers(ruleset, screening));
  for (const indicator of domainGroups(ruleset).flatMap((entry) => entry.indicators)) {
    const answer = written.get(indicator.id);
    if (answer === undefined) continue;
    steps.push([option(GOVUK_FIELDS.answer(indicator.id), ['yes', 'no', 'possible', 'unknown'].indexOf(String(answer.value))), { check: true }]);
    const value = String(answer.value);
    const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
    for (const window of answer.window) steps.push([option(GOVUK_FIELDS.window(indicator.id, value), windows.indexOf(window)), { check: true }]);
    if (answer.basis !== undefined) steps.push([option(GOVUK_FIELDS.basis(indicator.id, value), answer.basis === 'evidence' ? 0 : 1), { check: true }]);
    if (answer.evidence !== undefined) steps.push([`#${fieldId(GOVUK_FIELDS.evidence(indicator.id, value))}`, { text: answer.evidence }]);
  }
  for (const fact of ruleset.contextFacts) {
    const value = (screening.context as Record<string, boolean> | undefined)?.[fact.id];
    if (value !== undefined) steps.push([option(GOVUK_FIELDS.context(fact.id), value ? 0 : 1), { check: true }]);
  }
  const judgement = screening.judgement as { level: string; rationale: string; by?: string; agreedBy?: { role: string; name?: string } } | undefined;
  if (judgement !== undefined) {
    steps.push([option(GOVUK_FIELDS.level, ruleset.levels.findIndex((level) => level.id === judgement.level)), { check: true }]);
    steps.push([`#${fieldId(GOVUK_FIELDS.rationale)}`, { text: judgement.rationale }]);
    if (judgement.by !== undefined) steps.push([`#${fieldId(GOVUK_FIELDS.by)}`, { text: judgement.by }]);
    const roles = ruleset.policy.judgement.agreementRoles;
    if (judgement.agreedBy !== undefined) steps.push(roles.length > 0 ? [option(GOVUK_FIELDS.role, roles.findIndex((role) => role.id === judgement.agreedBy?.role)), { check: true }] : [`#${fieldId(GOVUK_FIELDS.role)}`, { text: judgement.agreedBy.role }]);
    if (judgement.agreedBy?.name !== undefined) steps.push([`#${fieldId(GOVUK_FIELDS.name)}`, { text: judgement.agreedBy.name }]);
  }
  return steps;
}

/** Enters a screening with the mouse: clicks for choices, typing for text. */
async function enterByClicks(page: Page, screening: ScreeningInput): Promise<void> {
  for (const [selector, action] of fieldSteps(screening)) {
    if ('check' in action) await page.locator(selector).check();
    else await page.locator(selector).fill(action.text);
  }
}

/** Enters a screening with the keyboard alone: Tab to each field, Space or arrows for choices, typing for text. */
async function enterByKeyboard(page: Page, screening: ScreeningInput): Promise<void> {
  for (const [selector, action] of fieldSteps(screening)) {
    const target = page.locator(selector);
    const [id, name, type] = await target.evaluate((node) => [node.id, (node as HTMLInputElement).name, (node as HTMLInputElement).type]);
    for (let presses = 0; ; presses++) {
      const active = await page.evaluate(() => [document.activeElement?.id ?? '', (document.activeElement as HTMLInputElement | null)?.name ?? '']);
      if (active[0] === id || (type === 'radio' && active[1] === name)) break;
      if (presses > 300) throw new Error(`Tab never reached ${selector}`);
      await page.keyboard.press('Tab');
    }
    if ('text' in action) { await page.keyboard.type(action.text); continue; }
    if (type === 'checkbox') { await page.keyboard.press('Space'); continue; }
    // A radio group: Space chooses the focused option, then the arrows move the choice to the one wanted.
    await page.keyboard.press('Space');
    for (let moves = 0; moves < 10 && !(await target.isChecked()); moves++) await page.keyboard.press('ArrowDown');
    expect(await target.isChecked(), selector).toBe(true);
  }
}

/**
 * axe-core's violations of the WCAG 2.2 AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa), but
 * one that GOV.UK Frontend keeps on purpose: its conditional reveals set aria-expanded on the radio that
 * reveals them, which ARIA 1.2 does not list for radios (alphagov/govuk-frontend#979, a documented known
 * issue: screen readers announce it and research found no barrier). Only that exact case is set aside.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: '/axe.min.js' });
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: Node[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    const knownIssue = (id: string, node: Node): boolean => {
      const element = document.querySelector(node.target[0] ?? '');
      return id === 'aria-allowed-attr' && element?.matches('input.govuk-radios__input[type="radio"][aria-expanded]') === true
        && (element.getAttribute('aria-controls') ?? '').startsWith('conditional-');
    };
    return results.violations.flatMap((violation) => violation.nodes.filter((node) => !knownIssue(violation.id, node)).map((node) => `${violation.id} ${node.target.join(' ')}`));
  });
}

describe('the GOV.UK form without JavaScript: a plain POST read back with fromGovukFormData', () => {
  test.each(PICKED_CASES.filter((_file, index) => index % 3 === 0))('golden case %s filled by clicks and posted shows exactly the direct result', async (file) => {
    const screening = goldenScreening(file);
    const { page } = await open({ javaScript: false });
    await enterByClicks(page, screening);
    await page.click('#see-result');
    await page.waitForSelector('#result-level');
    expect(await shown(page)).toEqual(expected(screening));
  });

  test('a date of birth without the date of assessment comes back with an error summary linked to the field, and the answers kept', async () => {
    const { page } = await open({ javaScript: false });
    await page.fill('#dateOfBirth-day', '3');
    await page.fill('#dateOfBirth-month', '4');
    await page.fill('#dateOfBirth-year', '2013');
    await page.check(`#${fieldId(GOVUK_FIELDS.answer('older-partner'), 2)}`);
    await page.click('#see-result');
    const link = page.locator('.govuk-error-summary__list a');
    expect(await link.getAttribute('href')).toBe('#assessedOn-day');
    expect(await page.locator('#assessedOn-day-error').count()).toBe(1);
    expect(await page.inputValue('#dateOfBirth-month')).toBe('4');
    expect(await page.isChecked(`#${fieldId(GOVUK_FIELDS.answer('older-partner'), 2)}`)).toBe(true);
  });
});

describe('the GOV.UK form with its live result, under a strict CSP', () => {
  test('the page holds no inline script or style, and Chromium reports no CSP violation and no console error', async () => {
    const html = toGovukFormHtml(ruleset, PAGE);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    const { page, errors } = await open({ javaScript: true });
    await page.check(`#${fieldId(GOVUK_FIELDS.answer('older-partner'))}`);
    await page.waitForSelector('#result-level');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the details of a yes or possible answer are revealed only once it is chosen', async () => {
    const { page } = await open({ javaScript: true });
    const details = page.locator(`#conditional-${fieldId(GOVUK_FIELDS.answer('older-partner'))}`);
    expect(await details.isVisible()).toBe(false);
    await page.check(`#${fieldId(GOVUK_FIELDS.answer('older-partner'))}`);
    expect(await details.isVisible()).toBe(true);
  });

  test.each(PICKED_CASES.filter((_file, index) => index % 3 !== 0))('golden case %s filled by clicks shows exactly the direct result as it is answered', async (file) => {
    const screening = goldenScreening(file);
    const { page } = await open({ javaScript: true });
    await enterByClicks(page, screening);
    await expect.poll(() => shown(page)).toEqual(expected(screening));
  });

  test.each(['051-missing-short-episode.json', '070-sexual-assault-judged-medium-with-agreement.json'])('golden case %s entered with the keyboard alone and submitted with Enter gives exactly the direct result', async (file) => {
    const screening = goldenScreening(file);
    const { page } = await open({ javaScript: true });
    await enterByKeyboard(page, screening);
    await page.focus('#see-result');
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page)).toEqual(expected(screening));
  });

  test('a submit with a problem focuses the error summary, whose link takes the keyboard to the field', async () => {
    const { page } = await open({ javaScript: true });
    await page.fill('#dateOfBirth-day', '31');
    await page.fill('#dateOfBirth-month', '2');
    await page.fill('#dateOfBirth-year', '2013');
    await page.click('#see-result');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary') ?? false)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dateOfBirth-day');
  });

  test('axe-core finds no WCAG 2.2 AA violation: the empty form, a form with a result, and a form with an error summary', async () => {
    const { page } = await open({ javaScript: true });
    expect(await axeViolations(page)).toEqual([]);
    await enterByClicks(page, goldenScreening('070-sexual-assault-judged-medium-with-agreement.json'));
    await page.waitForSelector('#result-level');
    expect(await axeViolations(page)).toEqual([]);
    // The server's page after a POST with a problem: the error summary and the field's error message.
    await page.fill('#ageYears', 'fourteen');
    await page.evaluate(() => (document.getElementById('screening') as HTMLFormElement).submit());
    await page.waitForSelector('#ageYears-error');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await axeViolations(page)).toEqual([]);
  });
});
