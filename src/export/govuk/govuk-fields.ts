/**
 * The names and ids of the GOV.UK form's fields, shared by the page (`toGovukFormHtml`) and the reader
 * (`fromGovukFormData`) so that they never drift. Names carry the screening's ids after a ":"; ids are
 * the names with "-" (indicator ids are kebab-case, fact ids camelCase: neither holds ":").
 */
export const GOVUK_FIELDS = {
  age: 'ageYears',
  date: (which: DateField, part: 'day' | 'month' | 'year'): string => `${which}-${part}`,
  attribute: (id: string): string => `attribute:${id}`,
  context: (id: string): string => `context:${id}`,
  answer: (id: string): string => `answer:${id}`,
  window: (id: string, value: string): string => `window:${id}:${value}`,
  basis: (id: string, value: string): string => `basis:${id}:${value}`,
  evidence: (id: string, value: string): string => `evidence:${id}:${value}`,
  level: 'judgement:level',
  rationale: 'judgement:rationale',
  by: 'judgement:by',
  role: 'agreedBy:role',
  name: 'agreedBy:name',
} as const;

/** The two dates the form asks, by the screening member they fill. */
export type DateField = 'dateOfBirth' | 'assessedOn';

/** The answers whose details (time windows, basis, evidence) the form asks: each has its own conditional reveal. */
export const DETAILED_ANSWERS = ['yes', 'possible'] as const;

/** The HTML id of a field: its name with ":" as "-"; the n-th (from 0) option of a group of radios or check boxes after the first gets "-n". */
export function fieldId(name: string, option = 0): string {
  const id = name.replace(/:/g, '-');
  return option === 0 ? id : `${id}-${String(option)}`;
}

/**
 * The id of the field that a screening path points into, for the error summary's links: the first
 * input of a date, the first option of a question, the field of a judgement member. Undefined when no
 * field holds the path (the summary then links to the form).
 */
export function fieldIdOfPath(path: readonly (string | number)[]): string | undefined {
  const [head, second, third] = path;
  switch (head) {
    case 'assessedOn':
      return fieldId(GOVUK_FIELDS.date('assessedOn', 'day'));
    case 'subject':
      if (second === 'dateOfBirth') return fieldId(GOVUK_FIELDS.date('dateOfBirth', 'day'));
      if (second === 'attributes' && typeof third === 'string') return fieldId(GOVUK_FIELDS.attribute(third));
      return fieldId(GOVUK_FIELDS.age);
    case 'context':
      return typeof second === 'string' ? fieldId(GOVUK_FIELDS.context(second)) : undefined;
    case 'answers':
      return typeof second === 'string' ? fieldId(GOVUK_FIELDS.answer(second)) : undefined;
    case 'judgement':
      if (second === 'rationale') return fieldId(GOVUK_FIELDS.rationale);
      if (second === 'by') return fieldId(GOVUK_FIELDS.by);
      if (second === 'agreedBy') return fieldId(third === 'name' ? GOVUK_FIELDS.name : GOVUK_FIELDS.role);
      return fieldId(GOVUK_FIELDS.level);
    default:
      return undefined;
  }
}

/** The fields of a submitted form: a FormData or URLSearchParams, or a plain object of a parsed body. */
export type GovukFormFields =
  | {
    /** Every value submitted for a field (FormData and URLSearchParams have it). */
    getAll(name: string): unknown[];
  }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Every value given for a field, as trimmed strings, empty ones left out. */
export function valuesOf(fields: GovukFormFields | undefined, name: string): string[] {
  if (fields === undefined) return [];
  const raw: unknown[] = typeof fields.getAll === 'function'
    ? (fields as { getAll(name: string): unknown[] }).getAll(name)
    : [(fields as Readonly<Record<string, unknown>>)[name]].flat();
  return raw.filter((value): value is string => typeof value === 'string').map((value) => value.trim()).filter((value) => value !== '');
}

/** The one value of a field, or undefined when it is empty or not given. */
export function valueOf(fields: GovukFormFields | undefined, name: string): string | undefined {
  return valuesOf(fields, name)[0];
}
