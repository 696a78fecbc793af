import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';

const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));

describe('insufficient information', () => {
  test('is read from every item that could raise the level, not only those the unknown-answer policy selects', () => {
    // Every High item answered no; the other items that could raise the level left open.
    const high = screener.ruleset.indicators.filter((indicator) => indicator.suggestedLevel === 'high' && indicator.answer.kind === 'presence');
    const result = screener.screen({ subject: { ageYears: 14 }, assessedOn: '2026-11-30', answers: Object.fromEntries(high.map((indicator) => [indicator.id, 'no'])) });
    expect(result.level.rank).toBe(0);
    expect(result.potentialLevel.rank).toBeGreaterThan(0);
    expect(result.insufficientInformation).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toContain('insufficient_information');
    expect(result.pathway.some((step) => step.broughtInBy.some((origin) => origin.id === 'insufficientInformation'))).toBe(true);
  });
});

describe('insufficient information and concerns that cannot move the level', () => {
  // Vulnerability factors are read as context only in the default ruleset: no rule that decides the level reads them.
  const contextOnly = screener.ruleset.indicators.filter((indicator) => indicator.kind === 'vulnerability' && indicator.id !== 'learning-disability');
  const steps = (result: { pathway: readonly { id: string }[] }): string[] => result.pathway.map((step) => step.id);

  test('a blank screening of a 12 year old with history of abuse answered yes is still insufficient information, with the earlier review', () => {
    const blank = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears: 12 }, answers: {} });
    const withAbuse = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears: 12 }, answers: { 'history-of-abuse': 'yes' } });
    expect(blank.insufficientInformation).toBe(true);
    expect(withAbuse.insufficientInformation).toBe(true);
    expect(withAbuse.reviewBy).toBe(blank.reviewBy);
    expect(withAbuse.warnings.map((warning) => warning.code)).toContain('insufficient_information');
    expect(steps(withAbuse)).toEqual(expect.arrayContaining(steps(blank)));
    // The concern itself still brings its own step: any concern yields an action.
    expect(withAbuse.pathway.find((step) => step.id === 'dsl-discussion')?.broughtInBy.map((origin) => origin.kind)).toContain('concern');
  });

  test.each(contextOnly.map((indicator) => indicator.id))('answering %s yes or possible never takes away insufficient information, a step, or the earlier review', (id) => {
    for (const ageYears of [10, 12, 14, 16, 17]) {
      for (const answers of [{}, { 'staying-out-late': 'unknown' }, Object.fromEntries(screener.ruleset.indicators.filter((indicator) => indicator.suggestedLevel === 'high').map((indicator) => [indicator.id, 'no']))]) {
        const before = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears }, answers });
        for (const value of ['yes', 'possible'] as const) {
          const after = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears }, answers: { ...answers, [id]: value } });
          expect(after.level.rank).toBeGreaterThanOrEqual(before.level.rank);
          expect(after.insufficientInformation).toBe(before.insufficientInformation);
          expect(after.reviewBy).toBe(before.reviewBy);
          expect(steps(after)).toEqual(expect.arrayContaining(steps(before)));
        }
      }
    }
  });
});
