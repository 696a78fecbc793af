import { describe, expect, test } from 'vitest';
import { fromQuestionnaireResponse } from '../../../src/export/from-questionnaire-response.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import { compileRuleset, type ScreeningInput } from '../../../src/index.js';
import { loadFixture } from '../../support/load-fixture.js';
import { lformsResponse } from './lforms-response.js';

const weighted = compileRuleset(loadFixture('weighted'));
const recorded = {
  assessedOn: '2026-11-28',
  subject: { ageYears: 12, attributes: { disability: true } },
  answers: { truanting: 'yes' },
  context: { reasonableCauseSignificantHarm: true },
} as const satisfies ScreeningInput;
const form = lformsResponse(toFhirQuestionnaire(weighted.ruleset), recorded);

describe('fromQuestionnaireResponse with facts from the case record', () => {
  test('refuses a case record that differs from what the practitioner recorded, at each option, quoting neither value', () => {
    const read = fromQuestionnaireResponse(form, weighted.ruleset, {
      ageYears: 16, attributes: { disability: false }, context: { reasonableCauseSignificantHarm: false }, assessedOn: '2026-11-27',
    });
    expect(read.success).toBe(false);
    const issues = read.success ? [] : read.issues;
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_value', path: ['options', 'ageYears'] },
      { code: 'invalid_value', path: ['options', 'attributes', 'disability'] },
      { code: 'invalid_value', path: ['options', 'context', 'reasonableCauseSignificantHarm'] },
      { code: 'invalid_value', path: ['options', 'assessedOn'] },
    ]);
    for (const issue of issues) {
      expect(issue.message).toContain('differs from what the response records');
      expect(issue.message).not.toMatch(/12|16|true|false|2026/);
    }
  });

  test('refuses a date of birth from the case record that differs from the one in the response', () => {
    const withBirth = lformsResponse(toFhirQuestionnaire(weighted.ruleset), { ...recorded, subject: { dateOfBirth: '2014-01-02', attributes: {} } });
    const read = fromQuestionnaireResponse(withBirth, weighted.ruleset, { dateOfBirth: '2010-01-02' });
    expect(read.success ? [] : read.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid_value', path: ['options', 'dateOfBirth'] }]);
  });

  test('reads what the response records when the case record gives the same values', () => {
    const read = fromQuestionnaireResponse(form, weighted.ruleset, {
      ageYears: 12, attributes: { disability: true }, context: { reasonableCauseSignificantHarm: true }, assessedOn: '2026-11-28',
    });
    expect(read).toEqual({ success: true, data: recorded });
  });

  test('fills in from the case record only what the response leaves out, keeping every fact the response records', () => {
    const read = fromQuestionnaireResponse(form, weighted.ruleset, { attributes: { disability: true }, context: { openToCsc: true } });
    expect(read).toEqual({ success: true, data: { ...recorded, context: { reasonableCauseSignificantHarm: true, openToCsc: true } } });
  });

  test('never lowers the level the response leads to by a case record that disagrees with it', () => {
    const fromForm = weighted.screen(recorded);
    const read = fromQuestionnaireResponse(form, weighted.ruleset, { ageYears: 16, attributes: { disability: false }, context: { reasonableCauseSignificantHarm: false } });
    expect(read.success).toBe(false);
    const agreeing = fromQuestionnaireResponse(form, weighted.ruleset, { ageYears: 12 });
    expect(agreeing.success && weighted.screen(agreeing.data).level).toEqual(fromForm.level);
  });
});
