import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answerChoices } from '../../src/export/fhir/answer-choices.js';
import { compileRuleset, type ScreeningInput } from '../../src/index.js';
import { loadDefaultRuleset } from '../export/forms/form-rulesets.js';
import { bundlePage, close, htmlPage, launch, openPage, serve, typeNativeDate } from './support/form-pages.js';
import { goldenScreening, outcome, PICKED_CASES, writtenAnswers } from './support/golden-picks.js';

// react-jsonschema-form 6 in Chromium with exactly the settings docs/forms.md gives (the form schema,
// the uiSchema, the draft 2020-12 validator, nothing else): clicked, typed and submitted as a person does.
const screener = compileRuleset(loadDefaultRuleset());
const { ruleset } = screener;
let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  const script = await bundlePage('test/browser/pages/rjsf-page.ts', 'rjsf');
  const page = (schema: string): string => htmlPage('RJSF', '/rjsf.js', { ruleset, schema });
  ({ server, url: base } = await serve((path) => {
    if (path === '/rjsf.js') return { body: script, type: 'text/javascript' };
    if (path === '/form') return { body: page('form'), type: 'text/html' };
    if (path === '/answer') return { body: page('answer'), type: 'text/html' };
    return undefined;
  }));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await close(server);
});

async function open(path = '/form'): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error('no browser');
  const opened = await openPage(browser);
  await opened.page.goto(`${base}${path}`);
  await opened.page.waitForSelector('button[type="submit"]');
  return opened;
}

/** Clicks Submit and returns what RJSF handed to onSubmit, or undefined when the browser or RJSF blocked it. */
async function submit(page: Page): Promise<unknown> {
  await page.click('button[type="submit"]');
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { submitted?: unknown }).submitted);
}

/** Types a date into an RJSF date field (a native date input) in the order the browser shows its parts. */
async function typeDate(page: Page, id: string, isoDate: string): Promise<void> {
  await typeNativeDate(page, `#${id}`, isoDate);
}

/** Enters a screening into the form by clicking and typing, in the order the form shows it. */
async function enter(page: Page, screening: ScreeningInput): Promise<void> {
  const subject = screening.subject as { ageYears?: number; dateOfBirth?: string; attributes?: Record<string, boolean> };
  if (subject.ageYears !== undefined) await page.fill('#root_subject_ageYears', String(subject.ageYears));
  if (subject.dateOfBirth !== undefined) await typeDate(page, 'root_subject_dateOfBirth', subject.dateOfBirth);
  for (const [id, value] of Object.entries(subject.attributes ?? {})) await page.check(`#root_subject_attributes_${id}-${value ? 0 : 1}`);
  if (screening.assessedOn !== undefined) await typeDate(page, 'root_assessedOn', screening.assessedOn);
  for (const [id, answer] of writtenAnswers(ruleset, screening)) {
    const indicator = ruleset.indicators.find((entry) => entry.id === id);
    if (indicator === undefined) throw new Error(`no indicator ${id}`);
    await page.check(`#root_answers_${id}_value-${String(answerChoices(indicator).findIndex((choice) => choice.value === answer.value))}`);
    const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
    for (const window of answer.window) await page.check(`#root_answers_${id}_window-${String(windows.indexOf(window))}`);
    if (answer.basis !== undefined) await page.check(`#root_answers_${id}_basis-${answer.basis === 'evidence' ? 0 : 1}`);
    if (answer.evidence !== undefined) await page.fill(`#root_answers_${id}_evidence`, answer.evidence);
  }
  for (const [id, value] of Object.entries((screening.context ?? {}) as Record<string, boolean>)) await page.check(`#root_context_${id}-${value ? 0 : 1}`);
  const judgement = screening.judgement as { level: string; rationale: string; by?: string; agreedBy?: { role: string; name?: string } } | undefined;
  if (judgement !== undefined) {
    await page.check(`#root_judgement_level-${String(ruleset.levels.findIndex((level) => level.id === judgement.level))}`);
    await page.fill('#root_judgement_rationale', judgement.rationale);
    if (judgement.by !== undefined) await page.fill('#root_judgement_by', judgement.by);
    const roles = ruleset.policy.judgement.agreementRoles;
    if (judgement.agreedBy !== undefined) {
      if (roles.length > 0) await page.check(`#root_judgement_agreedBy_role-${String(roles.findIndex((role) => role.id === judgement.agreedBy?.role))}`);
      else await page.fill('#root_judgement_agreedBy_role', judgement.agreedBy.role);
      if (judgement.agreedBy.name !== undefined) await page.fill('#root_judgement_agreedBy_name', judgement.agreedBy.name);
    }
  }
}

describe('RJSF 6 in Chromium, with the settings docs/forms.md gives, used as a person uses it', () => {
  test('an untouched form submits: no radio is HTML-required, and the data holds no answer, no judgement and no empty object', async () => {
    const { page, errors } = await open();
    expect(await page.locator('input[required], textarea[required], select[required]').count()).toBe(0);
    const submitted = await submit(page);
    expect(submitted).toEqual({ ruleset: { id: ruleset.meta.id, version: ruleset.meta.version }, subject: {}, answers: {} });
    expect(outcome(screener, submitted)['unanswered']).toBe(ruleset.indicators.length);
    expect(errors).toEqual([]);
  });

  test('one item answered and the judgement left alone submits only that answer; the untouched answers are not sent as {}', async () => {
    const { page } = await open();
    await page.fill('#root_subject_ageYears', '14');
    await page.check('#root_answers_older-partner_value-2');
    const submitted = await submit(page) as { answers: Record<string, unknown>; judgement?: unknown };
    expect(submitted.answers).toEqual({ 'older-partner': { value: 'possible' } });
    expect(submitted.judgement).toBeUndefined();
    expect(() => screener.screen(submitted)).not.toThrow();
  });

  test('typing a date of birth keeps the date of assessment field and its value, whichever is typed first', async () => {
    for (const order of ['assessment first', 'birth first'] as const) {
      const { page } = await open();
      if (order === 'assessment first') await typeDate(page, 'root_assessedOn', '2026-11-28');
      await typeDate(page, 'root_subject_dateOfBirth', '2013-04-03');
      expect(await page.locator('#root_assessedOn').count(), order).toBe(1);
      if (order === 'birth first') await typeDate(page, 'root_assessedOn', '2026-11-28');
      expect(await page.inputValue('#root_assessedOn'), order).toBe('2026-11-28');
      expect(await page.inputValue('#root_subject_dateOfBirth'), order).toBe('2013-04-03');
      const submitted = await submit(page) as { answers: unknown; judgement?: unknown; assessedOn?: unknown; subject: unknown };
      expect([submitted.assessedOn, submitted.subject, submitted.answers, submitted.judgement], order).toEqual(['2026-11-28', { dateOfBirth: '2013-04-03' }, {}, undefined]);
      expect(() => screener.screen(submitted), order).not.toThrow();
    }
  });

  test('a date of birth without the date of assessment is stopped by RJSF with the error on the date of assessment', async () => {
    const { page } = await open();
    await typeDate(page, 'root_subject_dateOfBirth', '2013-04-03');
    expect(await submit(page)).toBeUndefined();
    expect(await page.locator('#root_assessedOn__error').textContent()).toMatch(/Date of assessment/);
  });

  test('a judgement started and left without a level is stopped by RJSF\'s own validation with an error, never sent half made', async () => {
    const { page } = await open();
    await page.fill('#root_subject_ageYears', '14');
    await page.fill('#root_judgement_rationale', 'no level chosen');
    expect(await submit(page)).toBeUndefined();
    expect(await page.locator('.error-detail, .panel-danger, .errors').count()).toBeGreaterThan(0);
  });

  test.each(PICKED_CASES)('golden case %s entered by clicks gives exactly the direct result', async (file) => {
    const screening = goldenScreening(file);
    const { page, errors } = await open();
    await enter(page, screening);
    const submitted = await submit(page);
    expect(submitted, 'RJSF submitted the form').toBeDefined();
    expect(outcome(screener, submitted)).toEqual(outcome(screener, screening));
    expect(errors).toEqual([]);
  });
});

describe('the answer schema given to RJSF in Chromium as it is (the mistake the form schema exists to prevent)', () => {
  test('fills in nothing: no answer, no judgement, no radio checked and no drop-down showing an answer', async () => {
    const { page } = await open('/answer');
    const state = await page.evaluate(() => (window as unknown as { formState: () => { answers?: Record<string, unknown>; judgement?: unknown } }).formState());
    expect(state.answers ?? {}).toEqual({});
    expect(state.judgement).toBeUndefined();
    expect(await page.locator('input[type="radio"]:checked, input[type="checkbox"]:checked').count()).toBe(0);
    const shownChoices = await page.locator('select').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''));
    const labels = new Set(ruleset.indicators.flatMap((indicator) => answerChoices(indicator).map((choice) => choice.label)));
    expect(shownChoices.filter((text) => labels.has(text))).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/browser/forms/rjsf-answer-schema.png' });
  });
});
