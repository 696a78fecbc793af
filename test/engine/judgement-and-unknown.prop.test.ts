import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Result, Screener, ScreeningInput } from '../../src/index.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

const RUNS = 200;

/** The ids of the steps that rules (not the level) brought in. */
function ruleSteps(result: Result): string[] {
  return result.pathway.filter((step) => step.broughtInBy.some((origin) => origin.kind === 'rule')).map((step) => step.id);
}

describe.each(propertyScreeners())('judgements and unknown answers on %s', (_path: string, screener: Screener) => {
  const { ruleset } = screener;
  const screenings = screeningArbitrary(ruleset);
  const levels = fc.constantFrom(...ruleset.levels.map((level) => level.id));
  const role = ruleset.policy.judgement.agreementRoles[0]?.id ?? 'designated-safeguarding-lead';
  const judgements = fc.record({
    level: levels,
    rationale: fc.constant('Test rationale.'),
    agreedBy: fc.option(fc.constant({ role }), { nil: undefined }),
  }).map(({ agreedBy, ...rest }) => (agreedBy === undefined ? rest : { ...rest, agreedBy }));
  const presentIndicator = fc.constantFrom(...ruleset.indicators.filter((entry) => entry.answer.kind === 'presence').map((entry) => entry.id));

  test('a judgement never yields the lowest ("no concern") level while an indicator is answered yes or possible', () => {
    fc.assert(fc.property(screenings, presentIndicator, fc.constantFrom('yes' as const, 'possible' as const), judgements, (screening, id, value, judgement) => {
      const input: ScreeningInput = { ...screening, answers: { ...screening.answers, [id]: value }, judgement };
      const result = screener.screen(input);
      expect(result.level.rank).toBeGreaterThan(0);
      if (judgement.level === ruleset.levels[0]?.id) {
        expect(result.judgement?.applied).toBe(false);
        expect(result.warnings.map((warning) => warning.code)).toContainEqual(expect.stringMatching(/^judgement_/));
      }
    }), { numRuns: RUNS });
  });

  test('a lowering judgement without a second person\'s agreement is never applied, and the computed level stands', () => {
    fc.assert(fc.property(screenings, levels, (screening, level) => {
      const result = screener.screen({ ...screening, judgement: { level, rationale: 'Test rationale.' } });
      if (result.judgement?.direction !== 'lowered') return;
      expect(result.judgement.applied).toBe(false);
      expect(result.judgement.notAppliedBecause).toBe('needs-agreement');
      expect(result.level).toEqual(result.computedLevel);
      expect(result.warnings.map((warning) => warning.code)).toContain('judgement_needs_agreement');
    }), { numRuns: RUNS });
  });

  test('no step a fired rule brought in disappears under any judgement', () => {
    fc.assert(fc.property(screenings, judgements, (screening, judgement) => {
      const plain = screener.screen(screening);
      const judged = screener.screen({ ...screening, judgement });
      const kept = new Set(judged.pathway.map((step) => step.id));
      for (const id of ruleSteps(plain)) expect(kept.has(id)).toBe(true);
    }), { numRuns: RUNS });
  });

  test('a screening with every item answered unknown gets at least one step, and never reads as no concern', () => {
    const allUnknown = Object.fromEntries(ruleset.indicators.map((entry) => [entry.id, 'unknown' as const]));
    fc.assert(fc.property(screenings, (screening) => {
      const result = screener.screen({ ...screening, answers: allUnknown, judgement: undefined });
      expect(result.pathway.length).toBeGreaterThan(0);
      expect(result.pathway.some((step) => step.broughtInBy.some((origin) => origin.kind !== 'level'))).toBe(true);
      if (result.level.rank === 0) {
        expect(result.insufficientInformation).toBe(true);
        expect(result.warnings.map((warning) => warning.code)).toContain('insufficient_information');
        expect(result.potentialLevel.rank).toBeGreaterThan(0);
      }
    }), { numRuns: 100 });
  });
});
