import type { Server } from 'node:http';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answerChoices } from '../../src/export/fhir/answer-choices.js';
import { compileRuleset, type ScreeningInput } from '../../src/index.js';
import { loadDefaultRuleset } from '../export/forms/form-rulesets.js';
import { bundlePage, close, htmlPage, launch, openPage, serve, typeNativeDate } from './support/form-pages.js';
import { goldenScreening, outcome, PICKED_CASES, ukDigits, writtenAnswers } from './support/golden-picks.js';

// JSON Forms 3 in Chromium with the settings docs/forms.md gives, clicked and typed as a person does: the
// material renderers, and the vanilla renderers with the radio renderer docs/forms.md gives (and, to show
// why it is needed, the vanilla renderers as they ship).
const screener = compileRuleset(loadDefaultRuleset());
const { ruleset } = screener;
let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

type Renderers = 'material' | 'vanilla' | 'vanilla-unique-radios';

beforeAll(async () => {
  const script = await bundlePage('test/browser/pages/json-forms-page.ts', 'json-forms');
  ({ server, url: base } = await serve((path) => {
    if (path === '/json-forms.js') return { body: script, type: 'text/javascript' };
    const renderers = /^\/(material|vanilla|vanilla-unique-radios)$/.exec(path)?.[1];
    return renderers === undefined ? undefined : { body: htmlPage('JSON Forms', '/json-forms.js', { ruleset, renderers }), type: 'text/html' };
  }));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await close(server);
});

async function open(renderers: Renderers): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error('no browser');
  const opened = await openPage(browser);
  await opened.page.goto(`${base}/${renderers}`);
  await opened.page.waitForSelector('#submit');
  return opened;
}

/** What the app's Submit button hands on: the data and JSON Forms' errors. */
async function submit(page: Page): Promise<{ data: Record<string, unknown>; errors: unknown[] }> {
  await page.click('#submit');
  return page.evaluate(() => (window as unknown as { submitted: { data: Record<string, unknown>; errors: unknown[] } }).submitted);
}

/** Clicks a radio button or check box as a person does, and waits until the form shows it chosen. */
async function choose(option: Locator): Promise<void> {
  await option.click();
  await expect.poll(() => option.isChecked()).toBe(true);
}

/** The group of radio buttons or check boxes a legend names (a question, a fact, "Level"...). */
function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

/** The first group named `name` after `from` in the page: the details of a question follow it. */
function groupAfter(from: Locator, name: string): Locator {
  return from.locator(`xpath=following::fieldset[legend[normalize-space(string(.))="${name}"]][1]`);
}

async function typeDate(page: Page, renderers: Renderers, label: string, isoDate: string): Promise<void> {
  if (renderers !== 'material') {
    const id = label === 'Date of birth' ? '#/properties/subject/properties/dateOfBirth-input' : '#/properties/assessedOn-input';
    await typeNativeDate(page, `[id="${id}"]`, isoDate);
    return;
  }
  // The material date picker, day first as the UI schema sets it: the digits go into its day, month and year.
  await page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
  await page.keyboard.type(ukDigits(isoDate));
  await page.keyboard.press('Tab');
}

/** Enters a screening by clicking and typing, in the order the form shows it. */
async function enter(page: Page, renderers: Renderers, screening: ScreeningInput): Promise<void> {
  const subject = screening.subject as { ageYears?: number; dateOfBirth?: string; attributes?: Record<string, boolean> };
  if (subject.ageYears !== undefined) await page.getByLabel('Age in years', { exact: true }).fill(String(subject.ageYears));
  if (subject.dateOfBirth !== undefined) await typeDate(page, renderers, 'Date of birth', subject.dateOfBirth);
  if (screening.assessedOn !== undefined) await typeDate(page, renderers, 'Date of assessment', screening.assessedOn);
  for (const [id, value] of Object.entries(subject.attributes ?? {})) {
    await choose(group(page, ruleset.attributes.find((fact) => fact.id === id)?.label ?? id).getByRole('radio', { name: value ? 'Yes' : 'No', exact: true }));
  }
  for (const [id, answer] of writtenAnswers(ruleset, screening)) {
    const indicator = ruleset.indicators.find((entry) => entry.id === id);
    if (indicator === undefined) throw new Error(`no indicator ${id}`);
    const question = group(page, indicator.text);
    await choose(question.getByRole('radio', { name: answerChoices(indicator).find((choice) => choice.value === answer.value)?.label ?? '', exact: true }));
    for (const window of answer.window) {
      const label = ruleset.windows.find((entry) => entry.id === window)?.label ?? window;
      if (renderers === 'material') await choose(groupAfter(question, 'When').getByRole('checkbox', { name: label, exact: true }));
      else {
        await question.locator('xpath=following::button[normalize-space(.)="Add to When"][1]').click();
        await question.locator('xpath=following::table[1]//tbody/tr[last()]//select').selectOption({ label });
      }
    }
    if (answer.basis !== undefined) await choose(groupAfter(question, 'Basis').getByRole('radio', { name: answer.basis === 'evidence' ? 'Evidence' : 'Professional concern', exact: true }));
    if (answer.evidence !== undefined) await question.locator('xpath=following::textarea[1]').fill(answer.evidence);
  }
  for (const [id, value] of Object.entries((screening.context ?? {}) as Record<string, boolean>)) {
    await choose(group(page, ruleset.contextFacts.find((fact) => fact.id === id)?.label ?? id).getByRole('radio', { name: value ? 'Yes' : 'No', exact: true }));
  }
  const judgement = screening.judgement as { level: string; rationale: string; by?: string; agreedBy?: { role: string; name?: string } } | undefined;
  if (judgement !== undefined) {
    await choose(page.getByRole('group', { name: /^Level\W*$/ }).getByRole('radio', { name: ruleset.levels.find((level) => level.id === judgement.level)?.label ?? '', exact: true }));
    await page.getByLabel(/^Why\W*$/).fill(judgement.rationale);
    if (judgement.by !== undefined) await page.getByLabel(/^Judged by\W*$/).fill(judgement.by);
    if (judgement.agreedBy !== undefined) {
      const role = ruleset.policy.judgement.agreementRoles.find((entry) => entry.id === judgement.agreedBy?.role);
      if (role !== undefined) await choose(page.getByRole('group', { name: /^Role\W*$/ }).getByRole('radio', { name: role.label, exact: true }));
      else await page.getByLabel(/^Role\W*$/).fill(judgement.agreedBy.role);
      if (judgement.agreedBy.name !== undefined) await page.getByLabel(/^Name\W*$/).fill(judgement.agreedBy.name);
    }
  }
}

const [first, , , , fifth] = ruleset.indicators;

describe('JSON Forms vanilla renderers as they ship: why docs/forms.md gives a radio renderer', () => {
  test('control: every question\'s radio buttons share ids such as id="no", so the label "No" of the fifth question answers the first', async () => {
    const { page } = await open('vanilla');
    expect(await page.locator('input[type="radio"][id="no"]').count()).toBeGreaterThan(1);
    const fifthControl = page.locator(`div.control:has(> label:text-is("${fifth?.text ?? ''}*"))`);
    await fifthControl.locator('label.radio-label', { hasText: /^No$/ }).click();
    const { data } = await submit(page);
    expect(Object.keys(data['answers'] as object)).toEqual([first?.id]);
  });
});

describe.each(['vanilla-unique-radios', 'material'] as const)('JSON Forms with the %s renderers in Chromium, as docs/forms.md sets them up', (renderers) => {
  test('every id on the page is unique, and the label "No" of the fifth question answers the fifth question only', async () => {
    const { page, errors } = await open(renderers);
    const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    await group(page, fifth?.text ?? '').getByText('No', { exact: true }).click();
    const { data, errors: formErrors } = await submit(page);
    expect(data['answers']).toEqual({ [fifth?.id ?? '']: { value: 'no' } });
    expect(formErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a date of birth typed day first reaches the data as YYYY-MM-DD, with the date of assessment kept', async () => {
    const { page } = await open(renderers);
    await typeDate(page, renderers, 'Date of assessment', '2026-11-28');
    await typeDate(page, renderers, 'Date of birth', '2013-04-03');
    const { data, errors } = await submit(page);
    expect([data['assessedOn'], data['subject'], data['answers'], errors]).toEqual(['2026-11-28', { dateOfBirth: '2013-04-03' }, {}, []]);
  });

  test.each(PICKED_CASES.filter((_file, index) => index % 2 === 0 || _file.includes('date-of-birth') || _file.includes('-recent')))('golden case %s entered by clicks gives exactly the direct result', async (file) => {
    const screening = goldenScreening(file);
    const { page, errors } = await open(renderers);
    await enter(page, renderers, screening);
    const { data, errors: formErrors } = await submit(page);
    expect(formErrors).toEqual([]);
    expect(outcome(screener, data)).toEqual(outcome(screener, screening));
    expect(errors).toEqual([]);
  });
});
