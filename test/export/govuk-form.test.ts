import { describe, expect, test } from 'vitest';
import { fieldIdOfPath, GOVUK_FIELDS } from '../../src/export/govuk/govuk-fields.js';
import { compileRuleset, fromGovukFormData, GOVUK_MESSAGES_EN, toGovukFormHtml, toGovukResultHtml, type GovukMessages } from '../../src/index.js';
import { loadDefaultRuleset } from './forms/form-rulesets.js';
import { goldenCases } from './forms/golden-cases.js';

const screener = compileRuleset(loadDefaultRuleset());
const { ruleset } = screener;

/** The fields a person's browser posts for a screening entered in the GOV.UK form. */
function postedFields(screening: Record<string, unknown>): URLSearchParams {
  const fields = new URLSearchParams();
  const subject = screening['subject'] as { ageYears?: number; dateOfBirth?: string; attributes?: Record<string, boolean> };
  if (subject.ageYears !== undefined) fields.append(GOVUK_FIELDS.age, String(subject.ageYears));
  for (const [which, date] of [['dateOfBirth', subject.dateOfBirth], ['assessedOn', screening['assessedOn'] as string | undefined]] as const) {
    const [year = '', month = '', day = ''] = date?.split('-') ?? [];
    fields.append(GOVUK_FIELDS.date(which, 'day'), day === '' ? '' : String(Number(day)));
    fields.append(GOVUK_FIELDS.date(which, 'month'), month === '' ? '' : String(Number(month)));
    fields.append(GOVUK_FIELDS.date(which, 'year'), year);
  }
  for (const [id, value] of Object.entries(subject.attributes ?? {})) fields.append(GOVUK_FIELDS.attribute(id), value ? 'yes' : 'no');
  for (const [id, answer] of Object.entries(screening['answers'] as Record<string, unknown>)) {
    const detail = (typeof answer === 'object' && answer !== null ? answer : { value: answer }) as { value: string | number; window?: string | string[]; basis?: string; evidence?: string };
    const value = String(detail.value);
    fields.append(GOVUK_FIELDS.answer(id), value);
    for (const window of [detail.window ?? []].flat()) fields.append(GOVUK_FIELDS.window(id, value), window);
    if (detail.basis !== undefined) fields.append(GOVUK_FIELDS.basis(id, value), detail.basis);
    if (detail.evidence !== undefined) fields.append(GOVUK_FIELDS.evidence(id, value), detail.evidence);
  }
  for (const [id, value] of Object.entries((screening['context'] ?? {}) as Record<string, boolean>)) fields.append(GOVUK_FIELDS.context(id), value ? 'yes' : 'no');
  const judgement = screening['judgement'] as { level: string; rationale: string; by?: string; agreedBy?: { role: string; name?: string } } | undefined;
  if (judgement !== undefined) {
    fields.append(GOVUK_FIELDS.level, judgement.level);
    fields.append(GOVUK_FIELDS.rationale, judgement.rationale);
    if (judgement.by !== undefined) fields.append(GOVUK_FIELDS.by, judgement.by);
    if (judgement.agreedBy !== undefined) fields.append(GOVUK_FIELDS.role, judgement.agreedBy.role);
    if (judgement.agreedBy?.name !== undefined) fields.append(GOVUK_FIELDS.name, judgement.agreedBy.name);
  }
  return fields;
}

describe('fromGovukFormData', () => {
  test.each(goldenCases())('golden case %s posted from the GOV.UK form gives exactly the direct result', (_file, golden) => {
    const read = fromGovukFormData(postedFields(golden.screening), ruleset);
    expect(read.success).toBe(true);
    if (read.success) expect(JSON.stringify(screener.screen(read.data))).toBe(JSON.stringify(screener.screen(golden.screening)));
  });

  test('an untouched form is an empty screening: no answer, no fact, no judgement ("Not known" facts are left out, never false)', () => {
    const fields = new URLSearchParams([[GOVUK_FIELDS.attribute('lookedAfter'), 'not-known'], [GOVUK_FIELDS.age, ''], [GOVUK_FIELDS.rationale, '  ']]);
    expect(fromGovukFormData(fields, ruleset)).toEqual({ success: true, data: { subject: {}, answers: {} } });
  });

  test('the details of the reveal of another answer are ignored: only the chosen answer\'s are read', () => {
    const fields = new URLSearchParams([
      [GOVUK_FIELDS.answer('older-partner'), 'possible'], [GOVUK_FIELDS.basis('older-partner', 'yes'), 'evidence'], [GOVUK_FIELDS.basis('older-partner', 'possible'), 'professional-concern'],
    ]);
    const read = fromGovukFormData(fields, ruleset);
    expect(read.success && read.data.answers).toEqual({ 'older-partner': { value: 'possible', basis: 'professional-concern' } });
  });

  test('a date with an impossible or missing part and an age in words are refused with the member\'s path, quoting nothing', () => {
    const fields = new URLSearchParams([
      [GOVUK_FIELDS.date('dateOfBirth', 'day'), '31'], [GOVUK_FIELDS.date('dateOfBirth', 'month'), '2'], [GOVUK_FIELDS.date('dateOfBirth', 'year'), '2013'],
      [GOVUK_FIELDS.date('assessedOn', 'day'), '28'], [GOVUK_FIELDS.date('assessedOn', 'year'), '2026'], [GOVUK_FIELDS.age, 'fourteen'],
    ]);
    const read = fromGovukFormData(fields, ruleset);
    expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', ['subject', 'ageYears']], ['invalid_format', ['subject', 'dateOfBirth']], ['invalid_format', ['assessedOn']],
    ]);
    expect(JSON.stringify(read)).not.toMatch(/fourteen|2013|31/);
  });

  test('every issue path of a screening points to the field that holds it, for the error summary\'s links', () => {
    expect([['assessedOn'], ['subject', 'dateOfBirth'], ['subject', 'ageYears'], ['answers', 'older-partner', 'window'], ['judgement', 'rationale'], ['judgement', 'agreedBy', 'role']].map(fieldIdOfPath))
      .toEqual(['assessedOn-day', 'dateOfBirth-day', 'ageYears', 'answer-older-partner', 'judgement-rationale', 'agreedBy-role']);
  });
});

describe('toGovukFormHtml and toGovukResultHtml', () => {
  /** Every text between tags, and every label-like attribute, of an HTML page. */
  function visibleTexts(html: string): string[] {
    const texts = [...html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').matchAll(/>([^<]+)</g)].map((match) => (match[1] ?? '').trim());
    return texts.filter((text) => text !== '').map((text) => text.replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }

  test('every visible text comes from the ruleset or the message table, so that a translated ruleset and table give a translated page', () => {
    const marked = Object.fromEntries(Object.entries(GOVUK_MESSAGES_EN).map(([key, value]) => [key, typeof value === 'string' && key !== 'lang' ? `⟦${value}⟧` : value])) as unknown as GovukMessages;
    const markedErrors = { ...marked, errors: Object.fromEntries(Object.entries(GOVUK_MESSAGES_EN.errors).map(([code, text]) => [code, `⟦${text ?? ''}⟧`])) as GovukMessages['errors'],
      warnings: Object.fromEntries(Object.entries(GOVUK_MESSAGES_EN.warnings).map(([code, text]) => [code, `⟦${text ?? ''}⟧`])) };
    const rulesetTexts = new Set<string>();
    JSON.stringify(ruleset, (_key, value: unknown) => { if (typeof value === 'string') rulesetTexts.add(value.trim()); return value; });
    const result = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears: 14 }, answers: { 'older-partner': 'yes' }, judgement: { level: 'low', rationale: 'why' } });
    const html = toGovukFormHtml(ruleset, { stylesheetHref: '/s.css', messages: markedErrors, result, issues: [{ code: 'age_mismatch', path: ['subject', 'ageYears'], message: 'x' }] });
    const stray = visibleTexts(html).filter((text) => !text.includes('⟦') && !rulesetTexts.has(text) && text !== '!' && !/^\d+$/.test(text));
    expect(stray).toEqual([]);
    expect(html).toContain('<html lang="en-GB"');
  });

  test('a result is summarised with its level, the rules that fired and every step, read defensively', () => {
    const result = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears: 14 }, answers: { 'sexual-assault': 'yes' } });
    const html = toGovukResultHtml(result, ruleset);
    expect(html).toContain(`data-level-id="${result.level.id}"`);
    expect([...html.matchAll(/data-step-id="([^"]+)"/g)].map((match) => match[1])).toEqual(result.pathway.map((step) => step.id));
    expect([...html.matchAll(/data-rule-id="([^"]+)"/g)].map((match) => match[1])).toEqual(result.firedRules.map((rule) => rule.id));
    expect(toGovukResultHtml({ level: { id: 'high' }, firedRules: 'not a list', extra: 1 }, ruleset)).toContain('data-level-id="high"');
  });
});
