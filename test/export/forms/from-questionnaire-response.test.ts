import { describe, expect, test } from 'vitest';
import { fromQuestionnaireResponse } from '../../../src/export/from-questionnaire-response.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import { compileRuleset, type Issue, type Safe, type Screening, type ScreeningInput } from '../../../src/index.js';
import { loadFixture } from '../../support/load-fixture.js';
import { lformsResponse } from './lforms-response.js';

const screener = compileRuleset(loadFixture('weighted'));
const { ruleset } = screener;
const questionnaire = toFhirQuestionnaire(ruleset);
const system = 'https://cse-screening.example/fhir/CodeSystem/fixture-weighted-answers';
const canonical = 'https://cse-screening.example/fhir/Questionnaire/fixture-weighted';

function issuesOf(outcome: Safe<Screening>): Pick<Issue, 'code' | 'path'>[] {
  return outcome.success ? [] : outcome.issues.map(({ code, path }) => ({ code, path }));
}

function response(item: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: `${canonical}|1.0.0`, item, ...extra };
}

const coding = (code: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({ valueCoding: { system, code, ...more } });

/** One answered item, so that a response is not empty. */
const answered = [{ linkId: 'truanting', answer: [{ valueCoding: { system, code: 'no' } }] }];

describe('fromQuestionnaireResponse', () => {
  test('reads an LHC-Forms-shaped response (nested groups, ordinalValue extensions, "url|version") into the screening it records', () => {
    const screening = {
      assessedOn: '2026-11-28',
      subject: { ageYears: 14, attributes: { disability: true } },
      answers: { 'exchanging-sex': 'yes', 'missing-from-home': 'possible', 'online-rating': 2, 'relationships-rating': 'unknown', truanting: 'no' },
      context: { openToCsc: false },
    } as const;
    const read = fromQuestionnaireResponse(lformsResponse(questionnaire, screening), ruleset);
    expect(read).toEqual({ success: true, data: screening });
  });

  test('matches codings by system and code only: display, extensions and unknown members are ignored', () => {
    const read = fromQuestionnaireResponse(response([{
      linkId: 'domain/significant', text: 'changed', id: 'x1', extension: [{ url: 'https://example.org/anything', valueString: 'x' }],
      item: [{ linkId: 'exchanging-sex', answer: [{ ...coding('yes', { display: 'Something else', version: '9', userSelected: true, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 99 }] }), id: 'a1' }] }],
    }], { id: 'qr-1', meta: { versionId: '3' }, authored: '2026-11-28T10:00:00Z', subject: { reference: 'Patient/1' }, contained: [] }), ruleset);
    expect(read.success && read.data.answers).toEqual({ 'exchanging-sex': 'yes' });
  });

  test('leaves items that are missing, or present without an answer, unanswered', () => {
    const read = fromQuestionnaireResponse(response([{ linkId: 'domain/risk', item: [{ linkId: 'truanting' }, { linkId: 'older-associates', answer: [] }, { linkId: 'exchanging-sex', answer: [coding('no')] }] }]), ruleset);
    expect(read).toEqual({ success: true, data: { subject: { attributes: {} }, answers: { 'exchanging-sex': 'no' }, context: {} } });
  });

  test('walks items nested under answers, as FHIR nests the children of a question', () => {
    const read = fromQuestionnaireResponse(response([{ linkId: 'outer', answer: [{ valueString: 'x', item: [{ linkId: 'truanting', answer: [coding('yes')] }] }] }]), ruleset);
    expect(issuesOf(read)).toEqual([{ code: 'unknown_indicator', path: ['item', 0, 'linkId'] }]);
    const inner = fromQuestionnaireResponse(response([{ linkId: 'domain/risk', item: [{ linkId: 'truanting', answer: [{ ...coding('yes'), item: [{ linkId: 'older-associates', answer: [coding('no')] }] }] }] }]), ruleset);
    expect(inner.success && inner.data.answers).toEqual({ truanting: 'yes', 'older-associates': 'no' });
  });

  test('refuses a coding from another system or with an unknown code, with a path into the response', () => {
    const read = fromQuestionnaireResponse(response([{ linkId: 'g', item: [
      { linkId: 'truanting', answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: 'yes' } }] },
      { linkId: 'online-rating', answer: [coding('yes')] },
      { linkId: 'older-associates', answer: [{ valueString: 'yes' }] },
    ] }]), ruleset);
    expect(issuesOf(read)).toEqual([
      { code: 'answer_not_in_scale', path: ['item', 0, 'item', 0, 'answer', 0, 'valueCoding'] },
      { code: 'answer_not_in_scale', path: ['item', 0, 'item', 1, 'answer', 0, 'valueCoding'] },
      { code: 'answer_not_in_scale', path: ['item', 0, 'item', 2, 'answer', 0] },
    ]);
  });

  test('checks the questionnaire canonical: the url must be this ruleset\'s, and a version after "|" must be its version', () => {
    expect(fromQuestionnaireResponse(response(answered, { questionnaire: canonical }), ruleset).success).toBe(true);
    expect(fromQuestionnaireResponse(response(answered, { questionnaire: undefined }), ruleset).success).toBe(true);
    expect(issuesOf(fromQuestionnaireResponse(response(answered, { questionnaire: `${canonical}|2.0.0` }), ruleset))).toEqual([{ code: 'ruleset_mismatch', path: ['questionnaire'] }]);
    expect(issuesOf(fromQuestionnaireResponse(response(answered, { questionnaire: 'https://example.org/Questionnaire/other|1.0.0' }), ruleset))).toEqual([{ code: 'ruleset_mismatch', path: ['questionnaire'] }]);
    const moved = fromQuestionnaireResponse(response([{ linkId: 'subject/ageYears', answer: [{ valueInteger: 14 }] }], { questionnaire: 'https://example.org/fhir/Questionnaire/fixture-weighted|1.0.0' }), ruleset, { canonicalBase: 'https://example.org/fhir' });
    expect(moved.success).toBe(true);
  });

  test('takes subject, context and assessedOn from the options where the response does not record them', () => {
    const read = fromQuestionnaireResponse(response([{ linkId: 'group/subject', item: [
      { linkId: 'subject/ageYears', answer: [{ valueInteger: 12 }] },
      { linkId: 'subject/attributes/disability', answer: [{ valueBoolean: false }] },
    ] }]), ruleset, { ageYears: 12, context: { openToCsc: true }, assessedOn: '2026-11-28' });
    expect(read).toEqual({ success: true, data: { assessedOn: '2026-11-28', subject: { ageYears: 12, attributes: { disability: false } }, answers: {}, context: { openToCsc: true } } });
  });

  test('reports every problem at once: unknown items, repeated answers, an item answered twice, wrong value types', () => {
    const read = fromQuestionnaireResponse(response([
      { linkId: 'not-an-indicator', answer: [coding('yes')] },
      { linkId: 'truanting', answer: [coding('yes'), coding('no')] },
      { linkId: 'older-associates', answer: [coding('yes')] },
      { linkId: 'older-associates', answer: [coding('no')] },
      { linkId: 'subject/ageYears', answer: [{ valueString: '14' }] },
      { linkId: 'context/openToCsc', answer: [{ valueCoding: { system, code: 'yes' } }] },
      { answer: [coding('yes')] },
    ]), ruleset);
    expect(issuesOf(read)).toEqual([
      { code: 'missing_key', path: ['item', 6, 'linkId'] },
      { code: 'unknown_indicator', path: ['item', 0, 'linkId'] },
      { code: 'invalid_value', path: ['item', 1, 'answer'] },
      { code: 'duplicate_id', path: ['item', 3, 'linkId'] },
      { code: 'invalid_type', path: ['item', 4, 'answer', 0] },
      { code: 'invalid_type', path: ['item', 5, 'answer', 0] },
    ]);
  });

  test('maps the screener\'s own checks back to the response or the options', () => {
    const late = fromQuestionnaireResponse(response([{ linkId: 'group/subject', item: [
      { linkId: 'subject/dateOfBirth', answer: [{ valueDate: '2027-01-01' }] },
      { linkId: 'screening/assessedOn', answer: [{ valueDate: '2026-11-28' }] },
    ] }]), ruleset);
    expect(issuesOf(late)).toEqual([{ code: 'date_of_birth_after_assessment', path: ['item', 0, 'item', 0, 'answer', 0, 'valueDate'] }]);
    const options = fromQuestionnaireResponse(response(answered), ruleset, { attributes: { notDeclared: true }, context: { alsoNot: true } });
    expect(issuesOf(options)).toEqual([
      { code: 'unknown_attribute', path: ['options', 'attributes', 'notDeclared'] },
      { code: 'unknown_context_fact', path: ['options', 'context', 'alsoNot'] },
    ]);
    const age = fromQuestionnaireResponse(response([{ linkId: 'subject/ageYears', answer: [{ valueInteger: 31 }] }]), ruleset);
    expect(issuesOf(age)).toEqual([{ code: 'out_of_range', path: ['item', 0, 'answer', 0, 'valueInteger'] }]);
  });

  test('refuses an empty response with response_empty, never scoring it as "no concern"', () => {
    expect(issuesOf(fromQuestionnaireResponse(response([]), ruleset))).toEqual([{ code: 'response_empty', path: ['item'] }]);
    expect(issuesOf(fromQuestionnaireResponse(response([], { item: undefined }), ruleset, { ageYears: 14 }))).toEqual([{ code: 'response_empty', path: ['item'] }]);
    expect(issuesOf(fromQuestionnaireResponse(response([{ linkId: 'domain/risk', item: [{ linkId: 'truanting', answer: [] }] }]), ruleset))).toEqual([{ code: 'response_empty', path: ['item'] }]);
  });

  test('refuses a response still in progress (or stopped) with response_in_progress, unless the caller asks for a provisional result', () => {
    expect(issuesOf(fromQuestionnaireResponse(response(answered, { status: 'in-progress' }), ruleset))).toEqual([{ code: 'response_in_progress', path: ['status'] }]);
    expect(issuesOf(fromQuestionnaireResponse(response(answered, { status: 'stopped' }), ruleset))).toEqual([{ code: 'response_in_progress', path: ['status'] }]);
    expect(fromQuestionnaireResponse(response(answered, { status: 'in-progress' }), ruleset, { acceptInProgress: true }).success).toBe(true);
    expect(fromQuestionnaireResponse(response(answered, { status: 'amended' }), ruleset).success).toBe(true);
  });

  test('reads time windows (one or several), basis, evidence and the judgement with who agreed it', () => {
    const screening: ScreeningInput = {
      subject: { ageYears: 15, attributes: {} },
      answers: {
        'missing-from-home': { value: 'yes', window: ['last-6-months', 'months-6-to-12-ago'], basis: 'evidence', evidence: 'police log' },
        truanting: { value: 'possible', window: 'last-6-months' },
        'exchanging-sex': { value: 'no', basis: 'professional-concern' },
      },
      context: {},
      judgement: { level: ruleset.levels[1]?.id ?? '', rationale: 'seen together', by: 'A', agreedBy: { role: 'team-manager', name: 'B' } },
    };
    const read = fromQuestionnaireResponse(lformsResponse(questionnaire, screening), ruleset);
    expect(read).toEqual({ success: true, data: screening });
  });

  test('refuses details of an unanswered indicator, a window the item does not offer, and a judgement without its level or rationale', () => {
    const read = fromQuestionnaireResponse(response([
      { linkId: 'truanting', answer: [{ ...coding('yes'), item: [{ linkId: 'truanting/window', answer: [coding('window:next-year')] }] }] },
      { linkId: 'older-associates/basis', answer: [coding('basis:evidence')] },
      { linkId: 'group/judgement', item: [{ linkId: 'judgement/agreedBy/name', answer: [{ valueString: 'B' }] }] },
    ]), ruleset);
    expect(issuesOf(read)).toEqual([
      { code: 'unknown_window', path: ['item', 0, 'answer', 0, 'item', 0, 'answer', 0] },
      { code: 'missing_key', path: ['item', 1, 'answer', 0, 'valueCoding'] },
      { code: 'missing_key', path: ['item', 2, 'item', 0] },
      { code: 'missing_rationale', path: ['item', 2, 'item', 0] },
      { code: 'missing_key', path: ['item', 2, 'item', 0] },
    ]);
  });

  test('refuses what is not a usable QuestionnaireResponse', () => {
    expect(issuesOf(fromQuestionnaireResponse(null, ruleset))).toEqual([{ code: 'invalid_type', path: [] }]);
    expect(issuesOf(fromQuestionnaireResponse({ resourceType: 'Questionnaire', status: 'completed' }, ruleset))).toEqual([{ code: 'invalid_value', path: ['resourceType'] }]);
    expect(issuesOf(fromQuestionnaireResponse(response([], { status: 'entered-in-error' }), ruleset))).toEqual([{ code: 'invalid_value', path: ['status'] }]);
    expect(issuesOf(fromQuestionnaireResponse(response([], { item: { linkId: 'x' } }), ruleset))).toEqual([{ code: 'invalid_type', path: ['item'] }]);
    expect(issuesOf(fromQuestionnaireResponse(JSON.parse('{"resourceType":"QuestionnaireResponse","__proto__":{}}'), ruleset))).toEqual([{ code: 'forbidden_key', path: ['__proto__'] }]);
  });

  test('never quotes a value from the response in an issue', () => {
    const canary = 'CANARY-7f3a';
    const read = fromQuestionnaireResponse(response([
      { linkId: `${canary}`, answer: [{ valueString: canary }] },
      { linkId: 'truanting', answer: [{ valueCoding: { system: canary, code: canary, display: canary } }] },
      { linkId: 'subject/dateOfBirth', answer: [{ valueDate: canary }] },
    ], { questionnaire: `${canary}|${canary}`, status: canary }), ruleset, { assessedOn: '2026-11-28' });
    expect(read.success).toBe(false);
    const messages = read.success ? [] : read.issues.map((issue) => issue.message);
    expect(messages.join('\n')).not.toContain(canary);
  });
});
