import { describe, expectTypeOf, test } from 'vitest';
import type { BrightonHoveCseAnswers, BrightonHoveCseIndicatorId } from '../../src/generated/brighton-hove-cse-answers.js';
import type { ScreeningInput } from '../../src/index.js';

describe('the generated answers type of the default ruleset', () => {
  test('keys are the indicator ids and values the answer codes or the answer with details, all optional (unanswered is left out)', () => {
    type MissingOvernight = BrightonHoveCseAnswers['missing-overnight-or-repeated'];
    expectTypeOf<Exclude<MissingOvernight, object>>().toEqualTypeOf<'yes' | 'no' | 'possible' | 'unknown' | undefined>();
    type Detail = Extract<MissingOvernight, object>;
    expectTypeOf<Detail['value']>().toEqualTypeOf<'yes' | 'no' | 'possible' | 'unknown'>();
    expectTypeOf<Detail['basis']>().toEqualTypeOf<'evidence' | 'professional-concern' | undefined>();
    expectTypeOf<Detail['evidence']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<'last-3-months'>().toExtend<Detail['window']>();
    expectTypeOf<['last-3-months', 'over-12-months-ago']>().toExtend<Detail['window']>();
    expectTypeOf<BrightonHoveCseIndicatorId>().toExtend<string>();
    expectTypeOf<'disclosure-of-exploitation'>().toExtend<BrightonHoveCseIndicatorId>();
    expectTypeOf<Record<never, never>>().toExtend<BrightonHoveCseAnswers>();
  });

  test('a typed answers object is a valid screening\'s answers', () => {
    const answers: BrightonHoveCseAnswers = { 'missing-overnight-or-repeated': 'yes', 'older-partner': { value: 'possible', window: 'last-3-months' } };
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
    // @ts-expect-error: "last-3-month" is not a time window of the item
    const misspeltWindow: BrightonHoveCseAnswers = { 'older-partner': { value: 'possible', window: 'last-3-month' } };
    // @ts-expect-error: "maybe" is not an answer code, in the answer with details either
    const misspeltValue: BrightonHoveCseAnswers = { 'older-partner': { value: 'maybe' } };
    expectTypeOf([misspeltId, misspeltCode, wrongCase, score, misspeltWindow, misspeltValue]).toBeArray();
  });
});

describe('the generated answers type in a screening', () => {
  test('fits the answers of a ScreeningInput as it is, with no spread or cast', () => {
    const answers: BrightonHoveCseAnswers = { 'disclosure-of-exploitation': 'possible' };
    const screening: ScreeningInput = { subject: { ageYears: 14 }, answers };
    expectTypeOf(screening).toEqualTypeOf<ScreeningInput>();
  });
});
