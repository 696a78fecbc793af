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
