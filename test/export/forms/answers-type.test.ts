import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ANSWERS_TYPE_FILE, generateAnswersType } from '../../../scripts/answers-type.js';
import { compileRuleset } from '../../../src/index.js';
import { loadFixture } from '../../support/load-fixture.js';
import { formScreeners } from './form-rulesets.js';

describe('generateAnswersType', () => {
  test(`${DEFAULT_ANSWERS_TYPE_FILE} is committed as generated from the default ruleset (run npx tsx scripts/answers-type.ts)`, async () => {
    const screener = formScreeners().find(([name]) => name === 'brighton-hove-cse')?.[1];
    if (screener === undefined) throw new Error('the default ruleset is loaded');
    const expected = await generateAnswersType(screener.ruleset, 'BrightonHoveCseAnswers');
    expect(readFileSync(DEFAULT_ANSWERS_TYPE_FILE, 'utf8') === expected, `${DEFAULT_ANSWERS_TYPE_FILE} is stale`).toBe(true);
    expect(expected.startsWith('// generated: do not edit')).toBe(true);
  });

  test('types ordinal items as their scores or "unknown", and names no type beyond the answers and the indicator ids', async () => {
    const source = await generateAnswersType(compileRuleset(loadFixture('weighted')).ruleset, 'WeightedAnswers');
    expect(source).toContain('"online-rating"?: 0 | 1 | 2 | 3 | "unknown";');
    expect(source).toContain('"exchanging-sex"?: "yes" | "no" | "possible" | "unknown";');
    expect([...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1])).toEqual(['WeightedAnswers', 'WeightedIndicatorId']);
  });
});
