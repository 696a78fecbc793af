import { failOr, type Safe } from '../issues/safe.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { ScreeningInput } from '../schema/screening.js';
import { DETAILED_ANSWERS, GOVUK_FIELDS, valueOf, valuesOf, type DateField, type GovukFormFields } from './govuk/govuk-fields.js';

/**
 * The screening a GOV.UK form (`toGovukFormHtml`) holds, from its submitted fields: a FormData in the
 * browser, or the URLSearchParams (or parsed object) of a POST body on a server. Pure. Empty fields are
 * left out: an unanswered question is unanswered, a fact answered "Not known" is not given, never
 * false. The details of an answer are read from the reveal of the answer chosen (yes or possible) and
 * ignored for any other. A judgement is read when any of its fields is filled, so that the screener can
 * say what it lacks. Only what the form's own fields cannot hold is refused here, with the path of the
 * screening member: a date with a missing or impossible day, month or year, or an age that is not a
 * whole number (`invalid_format`). Everything else is the screener's to check (`screener.safeScreen`).
 * No issue quotes a value.
 * @example
 * const read = fromGovukFormData(new URLSearchParams(body), screener.ruleset);
 * const screened = read.success ? screener.safeScreen(read.data) : read;
 */
export function fromGovukFormData(fields: GovukFormFields, ruleset: Ruleset): Safe<ScreeningInput> {
  const issues: Issue[] = [];
  const subject: Record<string, unknown> = {};
  const age = valueOf(fields, GOVUK_FIELDS.age);
  if (age !== undefined) {
    if (/^\d{1,3}$/.test(age)) subject['ageYears'] = Number(age);
    else issues.push({ code: 'invalid_format', path: ['subject', 'ageYears'], message: 'must be a whole number of years' });
  }
  const date = (which: DateField, path: string[]): string | undefined => {
    const read = readDate(fields, which);
    if (read === 'invalid') issues.push({ code: 'invalid_format', path, message: 'must be a real date, with a day, month and year' });
    return read === 'invalid' ? undefined : read;
  };
  const dateOfBirth = date('dateOfBirth', ['subject', 'dateOfBirth']);
  if (dateOfBirth !== undefined) subject['dateOfBirth'] = dateOfBirth;
  const assessedOn = date('assessedOn', ['assessedOn']);
  const attributes = facts(fields, ruleset.attributes.map((fact) => fact.id), GOVUK_FIELDS.attribute);
  if (Object.keys(attributes).length > 0) subject['attributes'] = attributes;
  const context = facts(fields, ruleset.contextFacts.map((fact) => fact.id), GOVUK_FIELDS.context);
  const answers: Record<string, unknown> = {};
  for (const indicator of ruleset.indicators) {
    const value = valueOf(fields, GOVUK_FIELDS.answer(indicator.id));
    if (value === undefined) continue;
    if (indicator.answer.kind === 'ordinal') {
      answers[indicator.id] = /^\d+$/.test(value) ? Number(value) : value;
      continue;
    }
    if (!(DETAILED_ANSWERS as readonly string[]).includes(value)) {
      answers[indicator.id] = value;
      continue;
    }
    const window = valuesOf(fields, GOVUK_FIELDS.window(indicator.id, value));
    const basis = valueOf(fields, GOVUK_FIELDS.basis(indicator.id, value));
    const evidence = valueOf(fields, GOVUK_FIELDS.evidence(indicator.id, value));
    const details = {
      ...(window.length === 0 ? {} : { window: window.length === 1 ? window[0] : window }),
      ...(basis === undefined ? {} : { basis }),
      ...(evidence === undefined ? {} : { evidence }),
    };
    answers[indicator.id] = Object.keys(details).length === 0 ? value : { value, ...details };
  }
  const judgement = readJudgement(fields);
  return failOr(issues, () => ({
    ...(assessedOn === undefined ? {} : { assessedOn }),
    subject,
    answers,
    ...(Object.keys(context).length === 0 ? {} : { context }),
    ...(judgement === undefined ? {} : { judgement }),
  } as ScreeningInput));
}

/** The facts answered yes or no; "Not known" and unanswered facts are left out. */
function facts(fields: GovukFormFields, ids: readonly string[], name: (id: string) => string): Record<string, boolean> {
  const read: Record<string, boolean> = {};
  for (const id of ids) {
    const value = valueOf(fields, name(id));
    if (value === 'yes' || value === 'no') read[id] = value === 'yes';
  }
  return read;
}

/** A date from its day, month and year fields: undefined when all three are empty, 'invalid' when it is not a real date. */
function readDate(fields: GovukFormFields, which: DateField): string | undefined | 'invalid' {
  const parts = (['day', 'month', 'year'] as const).map((part) => valueOf(fields, GOVUK_FIELDS.date(which, part)));
  if (parts.every((part) => part === undefined)) return undefined;
  const [day, month, year] = parts.map((part) => (part !== undefined && /^\d{1,4}$/.test(part) ? Number(part) : Number.NaN)) as [number, number, number];
  if (![day, month, year].every(Number.isInteger) || year < 1000 || (parts[2] ?? '').length !== 4) return 'invalid';
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return 'invalid';
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The judgement, when any of its fields is filled: the screener says what a judgement lacks. */
function readJudgement(fields: GovukFormFields): Record<string, unknown> | undefined {
  const level = valueOf(fields, GOVUK_FIELDS.level);
  const rationale = valueOf(fields, GOVUK_FIELDS.rationale);
  const by = valueOf(fields, GOVUK_FIELDS.by);
  const role = valueOf(fields, GOVUK_FIELDS.role);
  const name = valueOf(fields, GOVUK_FIELDS.name);
  if ([level, rationale, by, role, name].every((value) => value === undefined)) return undefined;
  return {
    ...(level === undefined ? {} : { level }),
    ...(rationale === undefined ? {} : { rationale }),
    ...(by === undefined ? {} : { by }),
    ...(role === undefined && name === undefined ? {} : { agreedBy: { ...(role === undefined ? {} : { role }), ...(name === undefined ? {} : { name }) } }),
  };
}
