import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answerChoices } from '../../src/export/fhir/answer-choices.js';
import { compileRuleset, fromQuestionnaireResponse, toFhirQuestionnaire, type ScreeningInput } from '../../src/index.js';
import { loadDefaultRuleset } from '../export/forms/form-rulesets.js';
import { bundlePage, close, htmlPage, launch, openPage, serve } from './support/form-pages.js';
import { goldenScreening, outcome, writtenAnswers } from './support/golden-picks.js';

// LHC-Forms 40 (npm lforms) in Chromium, loaded as its README says (zone.js, the web component, the R4
// FHIR support), rendering toFhirQuestionnaire with fhirVersion R4, typed and clicked as a person does.
const screener = compileRuleset(loadDefaultRuleset());
const { ruleset } = screener;
const LIB = 'node_modules/lforms/dist/lforms/';
let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  const script = await bundlePage('test/browser/pages/lforms-page.ts', 'lforms');
  const files: Record<string, string> = {
    '/zone.min.js': `${LIB}webcomponent/assets/lib/zone.min.js`, '/lhc-forms.js': `${LIB}webcomponent/lhc-forms.js`, '/lformsFHIR.min.js': `${LIB}fhir/R4/lformsFHIR.min.js`,
  };
  const html = htmlPage('LHC-Forms', '/lforms.js', { questionnaire: toFhirQuestionnaire(ruleset) })
    .replace('<script type="module"', `${Object.keys(files).map((path) => `<script src="${path}"></script>`).join('')}<script type="module"`);
  ({ server, url: base } = await serve((path) => {
    if (path === '/lforms.js') return { body: script, type: 'text/javascript' };
    const file = files[path];
    if (file !== undefined) return { body: readFileSync(file), type: 'text/javascript' };
    return path === '/form' ? { body: html, type: 'text/html' } : undefined;
  }));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await close(server);
});

async function open(): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error('no browser');
  const opened = await openPage(browser);
  await opened.page.goto(`${base}/form`);
  await opened.page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return opened;
}

async function response(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { response: () => Record<string, unknown> }).response());
}

/** Types a date into an LHC-Forms date field as its placeholder asks (MM/DD/YYYY), then tabs out. */
async function typeDate(page: Page, label: string, digits: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(digits, { delay: 40 });
  await page.keyboard.press('Tab');
}

async function choose(page: Page, question: string, option: string): Promise<void> {
  await page.getByRole('radiogroup', { name: question, exact: true }).getByText(option, { exact: true }).click();
}

/** Enters a screening by clicking and typing; dates month first, as LHC-Forms reads them, checked by the read-back. */
async function enter(page: Page, screening: ScreeningInput): Promise<void> {
  const subject = screening.subject as { ageYears?: number; dateOfBirth?: string; attributes?: Record<string, boolean> };
  const monthFirst = (iso: string): string => { const [y, m, d] = iso.split('-'); return `${m ?? ''}/${d ?? ''}/${y ?? ''}`; };
  if (subject.ageYears !== undefined) await page.getByLabel('Age in years', { exact: true }).fill(String(subject.ageYears));
  if (subject.dateOfBirth !== undefined) await typeDate(page, 'Date of birth', monthFirst(subject.dateOfBirth));
  if (screening.assessedOn !== undefined) await typeDate(page, 'Date of assessment', monthFirst(screening.assessedOn));
  for (const [id, value] of Object.entries(subject.attributes ?? {})) await choose(page, ruleset.attributes.find((fact) => fact.id === id)?.label ?? id, value ? 'Yes' : 'No');
  for (const [id, answer] of writtenAnswers(ruleset, screening)) {
    const indicator = ruleset.indicators.find((entry) => entry.id === id);
    if (indicator === undefined || answer.window.length > 0 || answer.basis !== undefined) throw new Error(`the LHC-Forms test enters bare answers only (${id})`);
    await choose(page, indicator.text, answerChoices(indicator).find((choice) => choice.value === answer.value)?.label ?? '');
  }
  for (const [id, value] of Object.entries((screening.context ?? {}) as Record<string, boolean>)) await choose(page, ruleset.contextFacts.find((fact) => fact.id === id)?.label ?? id, value ? 'Yes' : 'No');
  const judgement = screening.judgement as { level: string; rationale: string; agreedBy?: { role: string } } | undefined;
  if (judgement !== undefined) {
    await choose(page, 'The level you judge right', ruleset.levels.find((level) => level.id === judgement.level)?.label ?? '');
    await page.getByLabel('Why (required with a judgement)', { exact: true }).fill(judgement.rationale);
    const role = ruleset.policy.judgement.agreementRoles.find((entry) => entry.id === judgement.agreedBy?.role);
    if (role !== undefined) await choose(page, 'Agreed by: their role', role.label);
  }
}

describe('LHC-Forms 40 in Chromium with toFhirQuestionnaire (fhirVersion R4)', () => {
  test('a UK date typed day first is read month first by LHC-Forms; the date read back in words under the field shows it, and the date typed again is right', async () => {
    const { page, errors } = await open();
    await typeDate(page, 'Date of birth', '03/04/2013');
    const readBack = page.getByLabel('Date of birth as recorded: check the day and month', { exact: true });
    await expect.poll(() => readBack.inputValue()).toBe('4 March 2013');
    await page.getByLabel('Date of birth', { exact: true }).fill('');
    await typeDate(page, 'Date of birth', '04/03/2013');
    await expect.poll(() => readBack.inputValue()).toBe('3 April 2013');
    await typeDate(page, 'Date of assessment', '11/28/2026');
    await expect.poll(() => page.getByLabel('Date of assessment as recorded: check the day and month', { exact: true }).inputValue()).toBe('28 November 2026');
    const read = fromQuestionnaireResponse(await response(page), ruleset, { acceptInProgress: true });
    expect(read.success && read.data.subject.dateOfBirth).toBe('2013-04-03');
    expect(read.success && read.data.assessedOn).toBe('2026-11-28');
    expect(errors).toEqual([]);
  });

  test.each(['057-date-of-birth-day-before-13th.json', '070-sexual-assault-judged-medium-with-agreement.json', '021-unknown-answers-do-not-lower.json'])(
    'golden case %s entered by clicks, read back with fromQuestionnaireResponse, gives exactly the direct result', async (file) => {
      const screening = goldenScreening(file);
      const { page } = await open();
      await enter(page, screening);
      const read = fromQuestionnaireResponse(await response(page), ruleset);
      if (!read.success) throw new Error(read.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).join('; '));
      expect(outcome(screener, read.data)).toEqual(outcome(screener, screening));
    });
});
