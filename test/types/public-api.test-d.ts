import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod/mini';
import {
  compileRuleset, explainResult, safeCompileRuleset, safeParseRuleset, type Condition, type Issue, type Result,
  type ResultSchema, type Ruleset, type RulesetSchema, type Safe, type Screener, type ScreeningInput, type ScreeningSchema,
} from '../../src/index.js';

describe('public types', () => {
  test('types are inferred from the zod schemas, not written twice', () => {
    expectTypeOf<Ruleset>().toEqualTypeOf<z.output<typeof RulesetSchema>>();
    expectTypeOf<Result>().toEqualTypeOf<z.output<typeof ResultSchema>>();
    expectTypeOf<ScreeningInput>().toEqualTypeOf<z.input<typeof ScreeningSchema>>();
  });

  test('the recursive condition type is not any', () => {
    expectTypeOf<Condition>().not.toBeAny();
    expectTypeOf<Extract<Condition, { kind: 'all' }>['of'][number]>().toEqualTypeOf<Condition>();
  });

  test('compileRuleset takes unknown input and returns a screener; the safe form returns a Safe', () => {
    expectTypeOf(compileRuleset).parameter(0).toBeUnknown();
    expectTypeOf(compileRuleset).returns.toEqualTypeOf<Screener>();
    expectTypeOf(safeCompileRuleset).returns.toEqualTypeOf<Safe<Screener>>();
    expectTypeOf(safeParseRuleset).returns.toEqualTypeOf<Safe<Ruleset>>();
    const screener = {} as Screener;
    expectTypeOf(screener.screen({})).toEqualTypeOf<Result>();
    expectTypeOf(explainResult).returns.toBeString();
  });

  test('a failed outcome always holds at least one issue with a code and a path', () => {
    type Failed = Extract<Safe<unknown>, { success: false }>;
    expectTypeOf<Failed['issues'][0]>().toEqualTypeOf<Issue>();
    expectTypeOf<Issue['path']>().toEqualTypeOf<(string | number)[]>();
  });

  test('a screening literal with nested attributes type-checks', () => {
    const screening: ScreeningInput = { subject: { ageYears: 14, attributes: { learningDisability: true } }, answers: { 'goes-missing': 'yes' } };
    expectTypeOf(screening).toEqualTypeOf<ScreeningInput>();
  });
});
