import { Actions, coreReducer, oneOfToEnumOptionMapper, resolveSchema, toDataPath, type JsonSchema, type UISchemaElement } from '@jsonforms/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromQuestionnaireResponse } from '../../../src/export/from-questionnaire-response.js';
import { toAnswerSchema } from '../../../src/export/to-answer-schema.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import { toJsonFormsUiSchema, type JsonFormsLayout } from '../../../src/export/to-json-forms-ui-schema.js';
import type { Screener, ScreeningInput } from '../../../src/index.js';
import { screeningArbitrary } from '../../support/screening-arbitrary.js';
import { validateR4 } from './fhir-r4-validator.js';
import { formScreeners, strictAjv } from './form-rulesets.js';
import { lformsResponse } from './lforms-response.js';

const RUNS = 60;

/** Screenings as a form collects them: bare answers (a form asks no time window). */
function formScreenings(screener: Screener): fc.Arbitrary<ScreeningInput> {
  return screeningArbitrary(screener.ruleset).map((screening) => ({
    ...screening,
    answers: Object.fromEntries(Object.entries(screening.answers).map(([id, answer]) => [id, typeof answer === 'object' ? answer.value : answer])),
  }));
}

function controls(layout: JsonFormsLayout): string[] {
  return layout.elements.flatMap((group) => group.elements.map((control) => control.scope));
}

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/**
 * Fills a JSON Forms core store control by control, as a practitioner would in the rendered form:
 * each radio answer is picked from the options JSON Forms derives from the schema's oneOf.
 */
function fillJsonForm(screener: Screener, screening: ScreeningInput): { data: unknown; errors: unknown[] } {
  const schema = toAnswerSchema(screener.ruleset) as JsonSchema;
  const uischema = toJsonFormsUiSchema(screener.ruleset);
  let state = coreReducer(undefined, Actions.init({ subject: {}, answers: {} }, schema, uischema as UISchemaElement, { ajv: strictAjv({ verbose: true }) }));
  for (const scope of controls(uischema)) {
    const path = toDataPath(scope);
    const wanted = valueAt(screening, path);
    if (wanted === undefined) continue;
    const oneOf = resolveSchema(schema, scope, schema)?.oneOf;
    const picked = oneOf === undefined ? wanted : oneOf.map((option) => oneOfToEnumOptionMapper(option)).find((option) => option.value === wanted)?.value;
    if (picked === undefined) throw new Error(`the form offers no option for ${path}`);
    state = coreReducer(state, Actions.update(path, () => picked));
  }
  return { data: state.data, errors: state.errors ?? [] };
}

describe.each(formScreeners())('round trips on %s (issue "Embed in forms": done when)', (_name: string, screener: Screener) => {
  const questionnaire = toFhirQuestionnaire(screener.ruleset);

  test('answers collected through the JSON Schema form path give exactly the result of screener.screen on the same answers', () => {
    fc.assert(fc.property(formScreenings(screener), (screening) => {
      const form = fillJsonForm(screener, screening);
      expect(form.errors).toEqual([]);
      expect(JSON.stringify(screener.screen(form.data))).toBe(JSON.stringify(screener.screen(screening)));
    }), { numRuns: RUNS });
  });

  test('answers sent back as an LHC-Forms-shaped QuestionnaireResponse give exactly the result of screener.screen on the same answers', () => {
    fc.assert(fc.property(formScreenings(screener), (screening) => {
      const read = fromQuestionnaireResponse(lformsResponse(questionnaire, screening), screener.ruleset);
      if (!read.success) throw new Error(read.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).join('\n'));
      expect(JSON.stringify(screener.screen(read.data))).toBe(JSON.stringify(screener.screen(screening)));
    }), { numRuns: RUNS });
  });

  test('the synthetic LHC-Forms response is itself a valid FHIR R4 QuestionnaireResponse', () => {
    const [screening] = fc.sample(formScreenings(screener), { numRuns: 1, seed: 7 });
    if (screening === undefined) throw new Error('fast-check gave no sample');
    expect(validateR4(lformsResponse(questionnaire, screening) as { resourceType: string })).toEqual([]);
  });

  test('a date of birth with an assessment date goes both ways too', () => {
    const screening: ScreeningInput = { assessedOn: '2026-11-28', subject: { dateOfBirth: '2013-11-29', attributes: {} }, answers: {}, context: {} };
    const direct = JSON.stringify(screener.screen(screening));
    expect(JSON.stringify(screener.screen(fillJsonForm(screener, screening).data))).toBe(direct);
    const read = fromQuestionnaireResponse(lformsResponse(questionnaire, screening), screener.ruleset);
    expect(read.success && JSON.stringify(screener.screen(read.data))).toBe(direct);
  });
});
