import { describe, expectTypeOf, test } from 'vitest';
import type { BrightonHoveCseAnswers, BrightonHoveCseIndicatorId } from '../../src/generated/brighton-hove-cse-answers.js';
import type { ScreeningInput } from '../../src/index.js';

describe('the generated answers type of the default ruleset', () => {
  test('keys are the indicator ids and values the answer codes, all optional (unanswered is left out)', () => {
    expectTypeOf<BrightonHoveCseAnswers['missing-overnight-or-repeated']>().toEqualTypeOf<'yes' | 'no' | 'possible' | 'unknown' | undefined>();
    expectTypeOf<BrightonHoveCseIndicatorId>().toExtend<string>();
    expectTypeOf<'disclosure-of-exploitation'>().toExtend<BrightonHoveCseIndicatorId>();
    expectTypeOf<Record<never, never>>().toExtend<BrightonHoveCseAnswers>();
  });

  test('a typed answers object is a valid screening\'s answers', () => {
    const answers: BrightonHoveCseAnswers = { 'missing-overnight-or-repeated': 'yes', 'older-partner': 'unknown' };
    expectTypeOf(answers).toExtend<ScreeningInput['answers']>();
  });

  test('a misspelt indicator id or answer code does not compile', () => {
    // @ts-expect-error: "missing-overnight" is not an indicator id of the ruleset
    const misspeltId: BrightonHoveCseAnswers = { 'missing-overnight': 'yes' };
    // @ts-expect-error: "maybe" is not an answer code
    const misspeltCode: BrightonHoveCseAnswers = { 'older-partner': 'maybe' };
    // @ts-expect-error: "no" is an answer, not "No"
    const wrongCase: BrightonHoveCseAnswers = { 'older-partner': 'No' };
    // @ts-expect-error: a presence item takes a code, not a score
    const score: BrightonHoveCseAnswers = { 'older-partner': 1 };
    expectTypeOf([misspeltId, misspeltCode, wrongCase, score]).toBeArray();
  });
});

describe('the generated answers type in a screening', () => {
  test('fits the answers of a ScreeningInput as it is, with no spread or cast', () => {
    const answers: BrightonHoveCseAnswers = { 'disclosure-of-exploitation': 'possible' };
    const screening: ScreeningInput = { subject: { ageYears: 14 }, answers };
    expectTypeOf(screening).toEqualTypeOf<ScreeningInput>();
  });
});
