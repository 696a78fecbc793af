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
    expect(source).toMatch(/"online-rating"\?:\s*\| 0\s*\| 1\s*\| 2\s*\| 3\s*\| "unknown"\s*\| \{\s*value: 0 \| 1 \| 2 \| 3 \| "unknown";/);
    expect(source).toMatch(/"exchanging-sex"\?:\s*\| "yes"\s*\| "no"\s*\| "possible"\s*\| "unknown"\s*\| \{/);
    expect([...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1])).toEqual(['WeightedAnswers', 'WeightedIndicatorId']);
  });

  test('types the answer with details of every item: its value, the windows the item offers (one, or a list of at least one), evidence and basis', async () => {
    const source = await generateAnswersType(compileRuleset(loadFixture('weighted')).ruleset, 'WeightedAnswers');
    const windows = '"last-6-months" | "months-6-to-12-ago"';
    // The text of one item's type, on one line.
    const detail = (name: string): string => (source.slice(source.indexOf(`"${name}"?:`)).split('};')[0] ?? '').replace(/\s+/g, ' ');
    expect(detail('missing-from-home')).toContain('value: "yes" | "no" | "possible" | "unknown";');
    expect(detail('missing-from-home')).toContain(`window?: | (${windows}) | [${windows}, ...(${windows})[]];`);
    expect(detail('missing-from-home')).toContain('evidence?: string;');
    expect(detail('missing-from-home')).toContain('basis?: "evidence" | "professional-concern";');
    // An item that offers no window takes none.
    expect(detail('looked-after')).toContain('basis?:');
    expect(detail('looked-after')).not.toContain('window?:');
  });
});
