import { describe, expect, test } from 'vitest';
import { compileRuleset, CseError, explainResult } from '../../src/index.js';
import { fixtureScreener } from '../support/fixture-screener.js';
import { loadFixture } from '../support/load-fixture.js';

const tiered = compileRuleset(loadFixture('tiered'));
const subject = { ageYears: 14, attributes: { learningDisability: false } };

describe('explainResult', () => {
  test('says a lowering judgement without agreement was not applied, why, and that the computed level stands', () => {
    const result = tiered.screen({ subject, answers: { 'older-friend': 'yes' }, judgement: { level: 'low', rationale: 'r' } });
    const text = explainResult(result, tiered.ruleset);
    expect(text).toContain('Professional judgement of Low was not applied: changing the level this way needs a second person\'s agreement');
    expect(text).toContain('The level stays at Medium.');
  });

  test('names the role that agreed an applied judgement', () => {
    const result = tiered.screen({ subject, answers: { 'older-friend': 'yes' }, judgement: { level: 'low', rationale: 'r', agreedBy: { role: 'team-manager' } } });
    expect(explainResult(result, tiered.ruleset)).toContain('Professional judgement lowered the level to Low. Agreed by: team-manager.');
  });

  test('says a judgement of no concern with an indicator present was not applied', () => {
    const result = tiered.screen({ subject, answers: { missing: 'yes' }, judgement: { level: 'none', rationale: 'r', agreedBy: { role: 'team-manager' } } });
    expect(result.level.id).toBe('low');
    expect(explainResult(result, tiered.ruleset)).toContain('it would say there is no concern while an indicator is answered yes or possible');
  });

  test('says what brought each step in, and that level steps are the ones a judgement changes', () => {
    const result = tiered.screen({ subject, answers: { disclosure: 'yes' } });
    const text = explainResult(result, tiered.ruleset);
    expect(text).toMatch(/Brought in by: .*the rule "/);
    expect(text).toContain('Brought in by: an indicator answered yes or possible');
    expect(text).toContain('Steps of the level change with a judgement of the level');
  });

  test('never reads as no concern when nothing is known: insufficient information, early review', () => {
    const allUnknown = Object.fromEntries(tiered.ruleset.indicators.map((indicator) => [indicator.id, 'unknown']));
    const result = tiered.screen({ subject, assessedOn: '2026-11-30', answers: allUnknown });
    expect(result.level.rank).toBe(0);
    expect(result.insufficientInformation).toBe(true);
    const text = explainResult(result, tiered.ruleset);
    expect(text).toContain('Information insufficient: this is not a finding of no concern.');
    expect(text).toContain('because the information is insufficient');
    expect(result.pathway.length).toBeGreaterThan(0);
  });
});

describe('explainResult with the wrong ruleset', () => {
  test('refuses a ruleset other than the one the result names, with ruleset_mismatch at ruleset, in every form', () => {
    const tiered = fixtureScreener('tiered');
    const weighted = fixtureScreener('weighted');
    const screening = { subject: { ageYears: 14 }, answers: {} };
    for (const detail of ['full', 'ids', 'decision'] as const) {
      const result = tiered.screen(screening, { detail });
      expect(() => explainResult(result, weighted.ruleset)).toThrow(CseError);
      try {
        explainResult(result, weighted.ruleset);
      } catch (error) {
        expect((error as CseError).issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['ruleset_mismatch', 'ruleset']]);
      }
      expect(explainResult(result, tiered.ruleset)).toContain('Ruleset: fixture-tiered');
    }
  });

  test('refuses a copy of the screener\'s ruleset with the same id and version but a rule taken out, though the screener\'s own is explained first', () => {
    const tiered = fixtureScreener('tiered');
    const result = tiered.screen({ subject: { ageYears: 14 }, answers: {} });
    expect(explainResult(result, tiered.ruleset)).toContain('Ruleset: fixture-tiered');
    const fewer = { ...tiered.ruleset, rules: tiered.ruleset.rules.slice(1) };
    expect(() => explainResult(result, fewer)).toThrow(CseError);
  });
});
