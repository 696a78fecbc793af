import { describe, expect, test } from 'vitest';
import { fromQuestionnaireResponse } from '../../../src/export/from-questionnaire-response.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import { compileRuleset } from '../../../src/index.js';
import { loadFixture } from '../../support/load-fixture.js';
import { lformsResponse } from './lforms-response.js';

const CANARY = 'CANARY-status-7q';
const weighted = compileRuleset(loadFixture('weighted'));
const questionnaire = toFhirQuestionnaire(weighted.ruleset);
const withStatus = (status: unknown): Record<string, unknown> => {
  const response = lformsResponse(questionnaire, { subject: { ageYears: 14 }, answers: { 'exchanging-sex': 'yes' } });
  if (status === undefined) return Object.fromEntries(Object.entries(response).filter(([member]) => member !== 'status'));
  return { ...response, status };
};
const read = (status: unknown, acceptInProgress = false) => fromQuestionnaireResponse(withStatus(status), weighted.ruleset, { acceptInProgress });
const issuesOf = (status: unknown, acceptInProgress = false) => {
  const outcome = read(status, acceptInProgress);
  return outcome.success ? [] : outcome.issues.map(({ code, path }) => ({ code, path }));
};

describe('fromQuestionnaireResponse and the status of the response', () => {
  test('screens a response whose status is completed or amended: its answers are final', () => {
    expect(read('completed').success).toBe(true);
    expect(read('amended').success).toBe(true);
  });

  test('refuses a response with no status, at the status, instead of reading it as completed', () => {
    expect(issuesOf(undefined)).toEqual([{ code: 'missing_key', path: ['status'] }]);
    expect(issuesOf(undefined, true)).toEqual([{ code: 'missing_key', path: ['status'] }]);
  });

  test('refuses a status FHIR does not define with invalid_value at the status, never quoting it, even when a provisional result is asked for', () => {
    for (const status of [CANARY, 'Completed', 'final', '', 3, null, ['completed'], { code: 'completed' }]) {
      const outcome = read(status, true);
      expect(outcome.success ? [] : outcome.issues.map(({ code, path }) => ({ code, path })), JSON.stringify(status)).toEqual([{ code: 'invalid_value', path: ['status'] }]);
      expect(JSON.stringify(outcome)).not.toContain(CANARY);
    }
  });

  test('refuses entered-in-error even when a provisional result is asked for', () => {
    expect(issuesOf('entered-in-error', true)).toEqual([{ code: 'invalid_value', path: ['status'] }]);
  });

  test('refuses in-progress and stopped unless a provisional result is asked for', () => {
    for (const status of ['in-progress', 'stopped']) {
      expect(issuesOf(status)).toEqual([{ code: 'response_in_progress', path: ['status'] }]);
      expect(read(status, true).success).toBe(true);
    }
  });
});

describe('fromQuestionnaireResponse and the id of the response', () => {
  test('the response id becomes the screening ref, so that a result says which response it was read from', () => {
    const outcome = fromQuestionnaireResponse({ ...withStatus('completed'), id: 'qr-2026.11-30' }, weighted.ruleset);
    expect(outcome.success ? outcome.data.ref : 'refused').toBe('qr-2026.11-30');
    expect(weighted.screen(outcome.success ? outcome.data : {}).ref).toBe('qr-2026.11-30');
  });

  test('an id that is not a FHIR id is left out of the screening, never refused there and never quoted', () => {
    for (const id of [CANARY.repeat(5), `${CANARY} space`, '', 7, null, ['qr-1']]) {
      const outcome = fromQuestionnaireResponse({ ...withStatus('completed'), id }, weighted.ruleset);
      expect(outcome.success && !('ref' in outcome.data), JSON.stringify(id)).toBe(true);
      expect(JSON.stringify(outcome)).not.toContain(CANARY);
    }
  });
});
