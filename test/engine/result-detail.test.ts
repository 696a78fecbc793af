import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  DecisionResultSchema, explainResult, IdsResultSchema, ResultSchema, type DecisionResult, type IdsResult, type Result, type Screener,
} from '../../src/index.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

describe.each(propertyScreeners())('result detail on %s', (_path: string, screener: Screener) => {
  const screenings = screeningArbitrary(screener.ruleset);

  test('the decision and ids forms carry exactly the full result\'s decision, each valid against its schema', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const full = screener.screen(screening);
      const ids = screener.screen(screening, { detail: 'ids' });
      const decision = screener.screen(screening, { detail: 'decision' });
      expect(z.safeParse(ResultSchema, full).success).toBe(true);
      expect(z.safeParse(IdsResultSchema, ids).success).toBe(true);
      expect(z.safeParse(DecisionResultSchema, decision).success).toBe(true);
      expect(decision).toMatchObject({
        level: full.level.id, computedLevel: full.computedLevel.id, potentialLevel: full.potentialLevel.id,
        firedRules: full.firedRules.map((rule) => rule.id), undeterminedRules: full.undeterminedRules.map((rule) => rule.id),
        steps: full.pathway.map((step) => step.id), warnings: full.warnings.map((warning) => warning.code),
      });
      // Each answer a rule rests on is named by its indicator and written once, in citedAnswers.
      const written = ids.firedRules.map((rule) => ({
        id: rule.id,
        because: rule.because.map((because) => (typeof because === 'string' ? { kind: 'answer', ...ids.citedAnswers.find((answer) => answer.indicator === because) } : because)),
      }));
      expect(written).toEqual(full.firedRules.map((rule) => ({ id: rule.id, because: rule.because })));
      const named = new Set(ids.firedRules.flatMap((rule) => rule.because.filter((because) => typeof because === 'string')));
      expect(ids.citedAnswers.map((answer) => answer.indicator)).toEqual([...named]);
      expect(ids.pathway).toEqual(full.pathway.map((step) => ({ id: step.id, broughtInBy: step.broughtInBy })));
      expect(ids.warnings).toEqual(full.warnings);
    }), { numRuns: 150 });
  });

  test('explainResult gives the same plain English from the ids form as from the full result', () => {
    fc.assert(fc.property(screenings, (screening) => {
      expect(explainResult(screener.screen(screening, { detail: 'ids' }), screener.ruleset)).toBe(explainResult(screener.screen(screening), screener.ruleset));
    }), { numRuns: 100 });
  });

  test('explainResult refuses an ids result that names an answer it does not cite, rather than make one up', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const ids = screener.screen(screening, { detail: 'ids' });
      if (ids.citedAnswers.length === 0) return;
      expect(() => explainResult({ ...ids, citedAnswers: ids.citedAnswers.slice(1) }, screener.ruleset)).toThrow(/citedAnswers/);
    }), { numRuns: 30 });
  });

  test('explainResult from the decision form gives the level, the rules and the steps, without reasons', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const full = screener.screen(screening);
      const text = explainResult(screener.screen(screening, { detail: 'decision' }), screener.ruleset);
      expect(text).toContain(`Level: ${full.level.label}`);
      for (const rule of full.firedRules) expect(text).toContain(rule.title);
      for (const step of full.pathway) expect(text).toContain(step.title);
    }), { numRuns: 100 });
  });
});

describe('the type of a result follows the detail asked for', () => {
  test('full by default, ids and decision when asked', () => {
    const screener = propertyScreeners()[0]?.[1] as Screener;
    expectTypeOf(() => screener.screen({})).returns.toEqualTypeOf<Result>();
    expectTypeOf(() => screener.screen({}, { includeFreeText: true })).returns.toEqualTypeOf<Result>();
    expectTypeOf(() => screener.screen({}, { detail: 'ids' })).returns.toEqualTypeOf<IdsResult>();
    expectTypeOf(() => screener.screen({}, { detail: 'decision' })).returns.toEqualTypeOf<DecisionResult>();
  });
});
