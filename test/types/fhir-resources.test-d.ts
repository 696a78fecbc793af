import type { CodeSystem, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { describe, expectTypeOf, test } from 'vitest';
import type { FhirCodeSystem, FhirQuestionnaire, FhirQuestionnaireItem } from '../../src/export/fhir/fhir-types.js';
import { fromQuestionnaireResponse } from '../../src/export/from-questionnaire-response.js';
import { toFhirCodeSystem } from '../../src/export/to-fhir-code-system.js';
import { toFhirQuestionnaire } from '../../src/export/to-fhir-questionnaire.js';
import type { Safe, Screening } from '../../src/index.js';

declare const questionnaire: FhirQuestionnaire;
declare const item: FhirQuestionnaireItem;
declare const codeSystem: FhirCodeSystem;

describe('the FHIR export types', () => {
  test('the exported resources can be typed as a full FHIR R4 model\'s resources (@medplum/fhirtypes)', () => {
    const asQuestionnaire: Questionnaire = questionnaire;
    const asItem: QuestionnaireItem = item;
    const asCodeSystem: CodeSystem = codeSystem;
    expectTypeOf([asQuestionnaire, asItem, asCodeSystem]).toBeArray();
    expectTypeOf(toFhirQuestionnaire).returns.toEqualTypeOf<FhirQuestionnaire>();
    expectTypeOf(toFhirCodeSystem).returns.toEqualTypeOf<FhirCodeSystem>();
  });

  test('a response is read from unknown input into a Safe screening', () => {
    expectTypeOf(fromQuestionnaireResponse).parameter(0).toBeUnknown();
    expectTypeOf(fromQuestionnaireResponse).returns.toEqualTypeOf<Safe<Screening>>();
  });
});
