import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  DecisionResultSchema, explainResult, IdsResultSchema, ResultSchema, type DecisionResult, type IdsResult, type Result, type Screener,
} from '../../src/index.js';
import { toIdsResultV2 } from '../../src/engine/result/project-result.js';
import { expandResult } from '../../src/explain/expand-result.js';
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
      expect(ids).toMatchObject({
        level: full.level.id, computedLevel: full.computedLevel.id, potentialLevel: full.potentialLevel.id, complete: full.complete,
        firedRules: full.firedRules.map((rule) => rule.id), steps: full.pathway.map((step) => step.id),
        warnings: full.warnings.map((warning) => warning.code), completeness: full.completeness,
      });
      // Every indicator the ids result does not give an answer for is unanswered: none is lost, none read as no.
      const answered = new Set(Object.keys(ids.screened.answers));
      expect(screener.ruleset.indicators.map((indicator) => indicator.id).filter((id) => !answered.has(id))).toEqual(full.unanswered);
    }), { numRuns: 150 });
  });

  test('explainResult gives the same plain English from the ids form as from the full result', () => {
    fc.assert(fc.property(screenings, (screening) => {
      expect(explainResult(screener.screen(screening, { detail: 'ids' }), screener.ruleset)).toBe(explainResult(screener.screen(screening), screener.ruleset));
    }), { numRuns: 100 });
  });

  test('explainResult refuses an ids result of format 2 that names an answer it does not cite, rather than make one up', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const ids = toIdsResultV2(screener.screen(screening));
      if (ids.citedAnswers.length === 0) return;
      expect(() => explainResult({ ...ids, citedAnswers: ids.citedAnswers.slice(1) }, screener.ruleset)).toThrow(/citedAnswers/);
    }), { numRuns: 30 });
  });

  test('an ids result whose kept decision the engine does not give again from its kept facts is read as its decision alone, never with reasons it did not rest on', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const ids = screener.screen(screening, { detail: 'ids' });
      const altered = { ...ids, steps: [...ids.steps].reverse(), firedRules: [...ids.firedRules, 'a-rule-it-did-not-fire'] };
      if (altered.steps.join() === ids.steps.join() && ids.firedRules.length === 0) return;
      const expanded = expandResult(altered, screener.ruleset);
      expect(expanded.decisionOnly).toBe(true);
      expect(expanded.result.level.id).toBe(ids.level);
      expect(expanded.result.pathway.map((step) => step.id)).toEqual(altered.steps);
      const full = screener.screen(screening);
      expect({ unanswered: expanded.result.unanswered, unknown: expanded.result.unknown, completeness: expanded.result.completeness })
        .toEqual({ unanswered: full.unanswered, unknown: full.unknown, completeness: full.completeness });
    }), { numRuns: 30 });
  });

  test('read without its ruleset, an ids result gives its kept decision by ids', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const ids = screener.screen(screening, { detail: 'ids' });
      const expanded = expandResult(ids, undefined);
      expect(expanded.decisionOnly).toBe(true);
      expect(expanded.result).toMatchObject({ level: { id: ids.level }, computedLevel: { id: ids.computedLevel } });
      expect(expanded.result.firedRules.map((rule) => rule.id)).toEqual(ids.firedRules);
    }), { numRuns: 20 });
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
