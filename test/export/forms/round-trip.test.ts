import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromQuestionnaireResponse } from '../../../src/export/from-questionnaire-response.js';
import { toAnswerSchema } from '../../../src/export/to-answer-schema.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import type { Screener, ScreeningInput } from '../../../src/index.js';
import { screeningArbitrary } from '../../support/screening-arbitrary.js';
import { validateR4 } from './fhir-r4-validator.js';
import { formScreeners, strictAjv } from './form-rulesets.js';
import { goldenCases } from './golden-cases.js';
import { lformsResponse } from './lforms-response.js';

const RUNS = 40;

/** Screenings with time windows, basis, evidence and, now and then, a judgement with who agreed it. */
function fullScreenings(screener: Screener): fc.Arbitrary<ScreeningInput> {
  const levels = screener.ruleset.levels.map((level) => level.id);
  const judgement = fc.option(fc.record({
    level: fc.constantFrom(...levels),
    rationale: fc.constantFrom('seen at the house', 'disclosed to the school nurse'),
    agreedBy: fc.option(fc.record({ role: fc.constantFrom('team-manager', 'designated-safeguarding-lead') }), { nil: undefined }),
  }, { requiredKeys: ['level', 'rationale'] }), { nil: undefined, freq: 3 });
  return fc.tuple(screeningArbitrary(screener.ruleset), judgement, fc.constantFrom('evidence', 'professional-concern')).map(([screening, judged, basis]) => ({
    ...screening,
    answers: Object.fromEntries(Object.entries(screening.answers).map(([id, answer]) => [id, typeof answer === 'object' ? { ...answer, basis } : answer])),
    ...(judged === undefined ? {} : { judgement: judged }),
  }));
}

function throughFhir(screener: Screener, screening: ScreeningInput): unknown {
  const read = fromQuestionnaireResponse(lformsResponse(toFhirQuestionnaire(screener.ruleset), screening), screener.ruleset);
  if (!read.success) throw new Error(read.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).join('\n'));
  return read.data;
}

describe.each(formScreeners())('round trips on %s', (_name: string, screener: Screener) => {
  test('answers with windows, basis and a judgement sent back as an LHC-Forms-shaped QuestionnaireResponse give exactly the result of screener.screen', () => {
    fc.assert(fc.property(fullScreenings(screener), (screening) => {
      expect(JSON.stringify(screener.screen(throughFhir(screener, screening)))).toBe(JSON.stringify(screener.screen(screening)));
    }), { numRuns: RUNS });
  });

  test('the synthetic LHC-Forms response is itself a valid FHIR R4 QuestionnaireResponse', () => {
    const [screening] = fc.sample(fullScreenings(screener), { numRuns: 1, seed: 7 });
    if (screening === undefined) throw new Error('fast-check gave no sample');
    expect(validateR4(lformsResponse(toFhirQuestionnaire(screener.ruleset), screening) as { resourceType: string })).toEqual([]);
  });
});

describe('every golden case goes through each export and comes back with byte-identical results (default ruleset)', () => {
  const screener = formScreeners().find(([name]) => name === 'brighton-hove-cse')?.[1] as Screener;
  const validate = strictAjv().compile(toAnswerSchema(screener.ruleset));

  test.each(goldenCases())('%s: answer schema and FHIR QuestionnaireResponse (JSON Forms and RJSF: see their render tests)', (_file, golden) => {
    const direct = JSON.stringify(screener.screen(golden.screening));
    expect(validate(golden.screening)).toBe(true);
    expect(JSON.stringify(screener.screen(throughFhir(screener, golden.screening as ScreeningInput)))).toBe(direct);
  });
});
