import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';

interface GoldenCase {
  name: string;
  rationale: string;
  screening: unknown;
  expect: { level: string; computedLevel: string; firedRules: string[]; pathway: string[] };
}

const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const files = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort();
const cases = files.map((file) => [file, JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as GoldenCase] as const);

describe('the default ruleset on its golden cases', () => {
  test.each(cases)('%s', (_file, golden) => {
    const result = screener.screen(golden.screening);
    expect({
      level: result.level.id,
      computedLevel: result.computedLevel.id,
      firedRules: result.firedRules.map((rule) => rule.id),
      pathway: result.pathway.map((step) => step.id),
    }).toEqual(golden.expect);
  });

  test('the golden cases fire every rule and reach every pathway step', () => {
    const fired = new Set<string>();
    const reached = new Set<string>();
    for (const [, golden] of cases) {
      const result = screener.screen(golden.screening);
      for (const rule of result.firedRules) fired.add(rule.id);
      for (const step of result.pathway) reached.add(step.id);
    }
    expect(screener.ruleset.rules.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
    // Steps the link policy brings in are reached through shared associations (cse-screen links), tested in test/links.
    for (const id of screener.ruleset.links?.sharedReferenceSteps ?? []) reached.add(id);
    expect(screener.ruleset.steps.map((step) => step.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  test('every result of the draft default ruleset says it is a draft that has not been signed off', () => {
    expect(screener.ruleset.meta.status).toBe('draft');
    for (const [, golden] of cases) {
      expect(screener.screen(golden.screening).warnings.map((warning) => warning.code)).toContain('draft_ruleset');
    }
  });

  test('there are at least 40 golden cases, each with a name and a one-line rationale', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const [, golden] of cases) {
      expect(golden.name.length).toBeGreaterThan(0);
      expect(golden.rationale.length).toBeGreaterThan(0);
    }
  });
});
