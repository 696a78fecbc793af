import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { explainResult, type Screener, type ScreeningInput } from '../../src/index.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { answerArbitrary, screeningArbitrary } from '../support/screening-arbitrary.js';

const RUNS = 300;

/** A copy of the screening with one answer set (or removed when the value is undefined). */
function withAnswer(screening: ScreeningInput, id: string, value: ScreeningInput['answers'][string] | undefined): ScreeningInput {
  const answers = Object.fromEntries(Object.entries(screening.answers).filter(([key]) => key !== id));
  return { ...screening, answers: value === undefined ? answers : { ...answers, [id]: value } };
}

function withAge(screening: ScreeningInput, age: number): ScreeningInput {
  return { ...screening, subject: { ...screening.subject, ageYears: age } };
}

describe.each(propertyScreeners())('scoreScreening on %s', (_path: string, screener: Screener) => {
  const { ruleset } = screener;
  const screenings = screeningArbitrary(ruleset);
  const indicator = fc.constantFrom(...ruleset.indicators.filter((entry) => entry.answer.kind === 'presence'));

  test('never throws on a valid screening, and the result always names its ruleset fingerprint', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const result = screener.screen(screening);
      expect(result.ruleset).toEqual(screener.stamp);
    }), { numRuns: RUNS });
  });

  test('changing any answer to "yes" (keeping the windows it names) never lowers the computed level', () => {
    fc.assert(fc.property(screenings, indicator, (screening, target) => {
      const before = screener.screen(screening);
      const current = screening.answers[target.id];
      const yes = typeof current === 'object' ? { ...current, value: 'yes' as const } : 'yes' as const;
      const after = screener.screen(withAnswer(screening, target.id, yes));
      expect(after.computedLevel.rank).toBeGreaterThanOrEqual(before.computedLevel.rank);
    }), { numRuns: RUNS });
  });

  test('the key order of answers never changes the result', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const reversed = { ...screening, answers: Object.fromEntries(Object.entries(screening.answers).reverse()) };
      expect(JSON.stringify(screener.screen(reversed))).toBe(JSON.stringify(screener.screen(screening)));
    }), { numRuns: RUNS });
  });

  test('screening the same input twice gives byte-identical JSON', () => {
    fc.assert(fc.property(screenings, (screening) => {
      expect(JSON.stringify(screener.screen(structuredClone(screening)))).toBe(JSON.stringify(screener.screen(screening)));
    }), { numRuns: RUNS });
  });

  test('ages 16 and 17 never give a lower computed, final or potential level than 15 for the same answers', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const at15 = screener.screen(withAge(screening, 15));
      for (const age of [16, 17]) {
        const older = screener.screen(withAge(screening, age));
        expect(older.computedLevel.rank).toBeGreaterThanOrEqual(at15.computedLevel.rank);
        expect(older.level.rank).toBeGreaterThanOrEqual(at15.level.rank);
        expect(older.potentialLevel.rank).toBeGreaterThanOrEqual(at15.potentialLevel.rank);
      }
    }), { numRuns: RUNS });
  });

  test('an unanswered indicator is listed as unanswered and bounds every answer it could get: never scored as no', () => {
    fc.assert(fc.property(screenings, fc.constantFrom(...ruleset.indicators), fc.nat(), (screening, target, pick) => {
      const open = screener.screen(withAnswer(screening, target.id, undefined));
      expect(open.unanswered).toContain(target.id);
      expect([...open.present, ...open.possible, ...open.unknown]).not.toContain(target.id);
      const filled = fc.sample(answerArbitrary(target).filter((value) => value !== undefined), { numRuns: 1, seed: pick })[0];
      const answered = screener.screen(withAnswer(screening, target.id, filled));
      expect(answered.computedLevel.rank).toBeGreaterThanOrEqual(open.computedLevel.rank);
      expect(answered.computedLevel.rank).toBeLessThanOrEqual(open.potentialLevel.rank);
    }), { numRuns: RUNS });
  });

  test('any indicator answered yes or possible yields at least one pathway step, whatever the judgement', () => {
    const lowest = ruleset.levels[0]?.id ?? '';
    fc.assert(fc.property(screenings, indicator, fc.constantFrom('yes' as const, 'possible' as const), fc.boolean(), (screening, target, value, judge) => {
      const concerned = withAnswer(screening, target.id, value);
      const input = judge ? { ...concerned, judgement: { level: lowest, rationale: 'Test rationale.' } } : concerned;
      expect(screener.screen(input).pathway.length).toBeGreaterThan(0);
    }), { numRuns: RUNS });
  });

  test('a computed level above the lowest always comes with the rules or score bands that explain it', () => {
    fc.assert(fc.property(screenings, (screening) => {
      const result = screener.screen(screening);
      if (result.computedLevel.rank === 0) return;
      const explainedByRule = result.firedRules.some((rule) => rule.effect.kind !== 'actions' && rule.effect.kind !== 'escalate'
        && rule.effect.level === result.computedLevel.id && rule.because.length > 0);
      const explainedByBand = result.scores.some((score) => score.level === result.computedLevel.id);
      expect(explainedByRule || explainedByBand).toBe(true);
      const text = explainResult(result, ruleset);
      for (const rule of result.firedRules) expect(text).toContain(rule.title);
      for (const step of result.pathway) expect(text).toContain(step.title);
    }), { numRuns: RUNS });
  });

  test('a judgement never takes the level below a floor or override that fired, agreed or not', () => {
    fc.assert(fc.property(screenings, fc.constantFrom(...ruleset.levels.map((level) => level.id)), fc.boolean(), (screening, level, agreed) => {
      const plain = screener.screen(screening);
      const agreement = agreed ? { agreedBy: { role: ruleset.policy.judgement.agreementRoles[0]?.id ?? 'designated-safeguarding-lead' } } : {};
      const judged = screener.screen({ ...screening, judgement: { level, rationale: 'Test rationale.', ...agreement } });
      const binding = Math.max(0, ...plain.firedRules
        .filter((rule) => rule.effect.kind === 'floor' || rule.effect.kind === 'override')
        .map((rule) => ruleset.levels.findIndex((entry) => rule.effect.kind !== 'actions' && entry.id === rule.effect.level)));
      const judgedRank = ruleset.levels.findIndex((entry) => entry.id === level);
      const concern = plain.present.length > 0 || plain.possible.length > 0;
      expect(judged.level.rank).toBeGreaterThanOrEqual(binding);
      expect(judged.computedLevel).toEqual(plain.computedLevel);
      const needsAgreement = judgedRank < plain.computedLevel.rank
        || (ruleset.policy.judgement.agreementRequiredFor === 'any-change' && judgedRank > plain.computedLevel.rank);
      const applies = (!needsAgreement || agreed) && judgedRank >= binding && !(concern && judgedRank === 0);
      expect(judged.judgement?.applied).toBe(applies);
    }), { numRuns: RUNS });
  });
});
