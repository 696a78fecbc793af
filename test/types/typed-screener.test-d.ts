import { describe, expectTypeOf, test } from 'vitest';
import rulesetJson from '../../rules/brighton-hove-cse.json' with { type: 'json' };
import precompiledJson from '../../rules/brighton-hove-cse.compiled.json' with { type: 'json' };
import { compileRuleset, type BrightonHoveCseAnswers, type Result, type Safe, type Screener } from '../../src/index.js';
import { loadDefaultRuleset } from '../../src/node/index.js';
import { compilePrecompiled } from '../../src/precompiled/index.js';

const subject = { ageYears: 14 };

describe('a screener typed by its ruleset\'s answers', () => {
  const screener = compileRuleset<BrightonHoveCseAnswers>(rulesetJson);

  test('screen accepts bare codes and the object form of the README, window, evidence and basis included', () => {
    expectTypeOf(screener.screen({
      subject, answers: { 'missing-overnight-or-repeated': 'yes', 'older-partner': { value: 'possible', window: 'last-3-months' } },
    })).toEqualTypeOf<Result>();
    screener.screen({
      subject, answers: { 'older-partner': { value: 'yes', window: ['last-3-months', 'over-12-months-ago'], evidence: 'seen with', basis: 'professional-concern' } },
    });
  });

  test('screen refuses, at compile time, a misspelt indicator id, answer code, window or basis', () => {
    // @ts-expect-error: "older-partnr" is not an indicator id of the default ruleset
    screener.screen({ subject, answers: { 'older-partnr': 'yes' } });
    // @ts-expect-error: "maybe" is not an answer code
    screener.screen({ subject, answers: { 'older-partner': 'maybe' } });
    // @ts-expect-error: "last-3-month" is not a time window the item offers
    screener.screen({ subject, answers: { 'older-partner': { value: 'possible', window: 'last-3-month' } } });
    // @ts-expect-error: a list of windows holds windows only
    screener.screen({ subject, answers: { 'older-partner': { value: 'possible', window: ['last-3-months', 'recently'] } } });
    // @ts-expect-error: the basis is evidence or professional-concern
    screener.screen({ subject, answers: { 'older-partner': { value: 'yes', basis: 'hunch' } } });
    // @ts-expect-error: an answer with details needs its value
    screener.screen({ subject, answers: { 'older-partner': { window: 'last-3-months' } } });
  });

  test('safeScreen and safeParseScreening still take unknown input, to validate data from outside the program', () => {
    expectTypeOf(screener.safeScreen).parameter(0).toBeUnknown();
    expectTypeOf(screener.safeParseScreening).parameter(0).toBeUnknown();
  });

  test('a typed screener is a Screener, and an untyped one takes any input as before', () => {
    expectTypeOf(screener).toExtend<Screener>();
    expectTypeOf(compileRuleset).returns.toEqualTypeOf<Screener>();
    expectTypeOf(compileRuleset(rulesetJson).screen).parameter(0).toBeUnknown();
  });
});

describe('the typed ways to the default screener', () => {
  test('loadDefaultRuleset (cse-screening/node) gives a screener typed by BrightonHoveCseAnswers', () => {
    expectTypeOf(loadDefaultRuleset).returns.toEqualTypeOf<Safe<Screener<BrightonHoveCseAnswers>>>();
  });

  test('compilePrecompiled takes the imported JSON as it is, with no cast, and may be typed by the answers', () => {
    expectTypeOf(compilePrecompiled).parameter(0).toBeUnknown();
    expectTypeOf(compilePrecompiled).returns.toEqualTypeOf<Screener>();
    compilePrecompiled(precompiledJson);
    const screener = compilePrecompiled<BrightonHoveCseAnswers>(precompiledJson);
    // @ts-expect-error: "sexual-images-shared" is not an indicator id of the default ruleset
    screener.screen({ subject, answers: { 'sexual-images-shared': 'possible' } }, { detail: 'decision' });
  });
});
