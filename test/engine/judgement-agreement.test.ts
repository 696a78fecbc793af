import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';

// Lowering a level is a two-person decision: the agreement must come from someone other than the person
// who made the judgement.
const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const CANARY = 'CANARY-5e1f';
const medium = { subject: { ageYears: 14 }, answers: { 'older-partner': 'yes' } };

function lowered(by: string | undefined, agreedName: string | undefined) {
  return screener.screen({
    ...medium,
    judgement: {
      level: 'low', rationale: 'Seen weekly; known to the school.',
      ...(by === undefined ? {} : { by }),
      agreedBy: { role: 'team-manager', ...(agreedName === undefined ? {} : { name: agreedName }) },
    },
  });
}

describe('a lowering agreed by the person who made the judgement', () => {
  test('is not applied: the computed level stands, with judgement_needs_agreement at the agreeing name, which no message repeats', () => {
    const computed = screener.screen(medium);
    for (const [by, agreed] of [[`${CANARY} Alice Smith`, `${CANARY} Alice Smith`], [`${CANARY} Alice Smith`, `  ${CANARY.toLowerCase()}   alice SMITH `], [`${CANARY} Ａlice`, `${CANARY} Alice`]] as const) {
      const result = lowered(by, agreed);
      expect(result.level.id).toBe(computed.level.id);
      expect(result.judgement?.applied).toBe(false);
      expect(result.judgement?.notAppliedBecause).toBe('needs-agreement');
      const warning = result.warnings.find((issue) => issue.code === 'judgement_needs_agreement');
      expect(warning?.path).toEqual(['judgement', 'agreedBy', 'name']);
      expect(JSON.stringify(result)).not.toContain(CANARY);
      expect(JSON.stringify(result).toLowerCase()).not.toContain('alice');
    }
  });

  test('by a second person, or where either name is not recorded, is applied as before (the role decides)', () => {
    for (const [by, agreed] of [['Alice Smith', 'Bob Jones'], [undefined, 'Alice Smith'], ['Alice Smith', undefined]] as const) {
      const result = lowered(by, agreed);
      expect(result.judgement?.applied).toBe(true);
      expect(result.level.id).toBe('low');
    }
  });
});
