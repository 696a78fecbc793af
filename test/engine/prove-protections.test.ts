import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { safeCompileRuleset, type Issue, type RulesetInput } from '../../src/index.js';
import { setAt, updateAt } from '../support/edit-json.js';
import { largeRuleset } from '../support/generate-rulesets.js';
import { loadFixture } from '../support/load-fixture.js';

// Each protection is proved by evaluating the ruleset when it is loaded. Every case here passes the
// structural checks (shape, references, the explicit under-13 floor) and is refused only by evaluation.

const codes = (input: unknown): string[] => {
  const compiled = safeCompileRuleset(input);
  return compiled.success ? [] : compiled.issues.map((issue: Issue) => issue.code);
};
const issuesOf = (input: unknown): readonly Issue[] => {
  const compiled = safeCompileRuleset(input);
  return compiled.success ? [] : compiled.issues;
};
const under13 = (ruleset: RulesetInput): number => ruleset.rules.findIndex((rule) => rule.id === 'under-13');

describe('the protections proved by evaluation when a ruleset is loaded', () => {
  test('the test fixtures load: their floors and age rules pass every proof', () => {
    expect(codes(loadFixture('tiered'))).toEqual([]);
    expect(codes(loadFixture('weighted'))).toEqual([]);
  });

  test('an under-13 floor whose condition contradicts itself is refused: no indicator reaches the floor', () => {
    const tiered = loadFixture('tiered');
    const contradiction = setAt(tiered, ['rules', under13(tiered), 'when'], {
      kind: 'all', of: [
        { kind: 'age', is: 'under', years: 13 },
        { kind: 'answer', indicator: 'missing' },
        { kind: 'not', condition: { kind: 'answer', indicator: 'missing' } },
      ],
    });
    const issues = issuesOf(contradiction);
    // The answer read under `not` is refused by the format too: more concern could stop the rule firing.
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(['concern_could_lower', 'under_13_floor_not_reached']));
    // One issue per indicator that fails, by path: the Low indicator; the Medium one reaches the floor on its own.
    expect(issues.filter((issue) => issue.code === 'under_13_floor_not_reached').map((issue) => issue.path)).toEqual([['indicators', 0]]);
  });

  test('an under-13 floor gated on a score that already gives a higher level is refused', () => {
    const weighted = loadFixture('weighted');
    const gated = setAt(weighted, ['rules', under13(weighted), 'when'], {
      kind: 'all', of: [{ kind: 'age', is: 'under', years: 13 }, { kind: 'score', score: 'seraf-score', min: 11 }],
    });
    expect(codes(gated)).toContain('under_13_floor_not_reached');
  });

  test('a declared under-13 floor above what the floor rule gives is refused', () => {
    const tiered = setAt(loadFixture('tiered'), ['policy', 'protections'], { under13Floor: 'high' });
    expect(codes(tiered)).toContain('under_13_floor_not_reached');
  });

  test('a declared learning-disability floor that the rules do not give is refused, and one they give loads', () => {
    const declared = (level: string) => setAt(loadFixture('tiered'), ['policy', 'protections'], { learningDisabilityFloor: { attribute: 'learningDisability', level } });
    expect(codes(declared('medium'))).toEqual([]);
    expect(codes(declared('high'))).toContain('learning_disability_floor_not_reached');
  });

  test('an under-13 floor that reads an age not recorded as 13 or over (ifUnknown false) is refused: the floor must stay within reach', () => {
    const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as RulesetInput;
    const at = ruleset.rules.findIndex((rule) => rule.id === 'under-13-any-concern');
    expect(codes(ruleset)).toEqual([]);
    const issues = issuesOf(setAt(ruleset, ['rules', at, 'when', 'of', 0, 'ifUnknown'], false));
    expect(issues.map((issue) => issue.code)).toContain('under_13_floor_not_reached');
    expect(issues.find((issue) => issue.code === 'under_13_floor_not_reached')?.message).toMatch(/age is not recorded/);
    // Read as under 13 instead, the floor is the more protective, and loads.
    expect(codes(setAt(ruleset, ['rules', at, 'when', 'of', 0, 'ifUnknown'], true))).toEqual([]);
  });

  test('a learning-disability floor that reads the attribute not recorded as false (ifUnknown false) is refused', () => {
    const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as RulesetInput;
    const at = ruleset.rules.findIndex((rule) => rule.id === 'learning-disability-floor');
    const issues = issuesOf(setAt(ruleset, ['rules', at, 'when', 'of', 0, 'of', 0, 'ifUnknown'], false));
    expect(issues.map((issue) => issue.code)).toContain('learning_disability_floor_not_reached');
    expect(issues.find((issue) => issue.code === 'learning_disability_floor_not_reached')?.message).toMatch(/not recorded/);
  });

  test('a rule that adds steps for a 15 year old but not a 16 or 17 year old, for one pair of indicators only, is refused', () => {
    const pairOnly = updateAt(loadFixture('tiered'), ['rules'], (rules) => [...(rules as unknown[]), {
      id: 'pair-under-16', title: 'Pair under 16', effect: { kind: 'actions' }, steps: ['police'], sources: [{ source: 'test' }],
      when: { kind: 'all', of: [{ kind: 'age', is: 'under', years: 16 }, { kind: 'answer', indicator: 'missing' }, { kind: 'answer', indicator: 'older-friend' }] },
    }]);
    const issues = issuesOf(pairOnly);
    expect(issues.map((issue) => issue.code)).toEqual(['older_child_gets_fewer_steps', 'older_child_gets_fewer_steps']);
    expect(issues[0]?.message).toMatch(/16 year old with missing and older-friend/);
  });

  test('the same rule with the statute that limits it to under-16s (legalAgeLimit) loads', () => {
    const limited = updateAt(loadFixture('tiered'), ['rules'], (rules) => [...(rules as unknown[]), {
      id: 'pair-under-16', title: 'Pair under 16', effect: { kind: 'actions' }, steps: ['police'], sources: [{ source: 'test' }],
      legalAgeLimit: 'The offence concerns children under 16.',
      when: { kind: 'all', of: [{ kind: 'age', is: 'under', years: 16 }, { kind: 'answer', indicator: 'missing' }, { kind: 'answer', indicator: 'older-friend' }] },
    }]);
    expect(codes(limited)).toEqual([]);
  });

  test('a statutory age limit on a rule that sets a level is refused', () => {
    const tiered = setAt(loadFixture('tiered'), ['rules', 0, 'legalAgeLimit'], 'Any statute.');
    expect(codes(tiered)).toEqual(['age_limit_on_level_rule']);
  });

  test('a level rule that fires on "no" (through not) is refused: a no must never raise a level', () => {
    const onNo = updateAt(loadFixture('tiered'), ['rules'], (rules) => [...(rules as unknown[]), {
      id: 'fires-on-no', title: 'Fires on no', effect: { kind: 'level', level: 'high' }, sources: [{ source: 'test' }],
      when: { kind: 'not', condition: { kind: 'answer', indicator: 'older-friend', match: { answers: ['yes', 'possible', 'unknown'] } } },
    }]);
    const issues = issuesOf(onNo);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(['concern_could_lower', 'no_answer_raises_level']));
    expect(issues.some((issue) => issue.code === 'no_answer_raises_level' && issue.path.join('.') === 'indicators.1')).toBe(true);
  });

  test('a count with only a maximum ("none present") that sets a level is refused', () => {
    const none = updateAt(loadFixture('tiered'), ['rules'], (rules) => [...(rules as unknown[]), {
      id: 'none-present', title: 'None present', effect: { kind: 'level', level: 'medium' }, sources: [{ source: 'test' }],
      when: { kind: 'count', where: { kinds: ['risk', 'significant'] }, max: 0 },
    }]);
    expect(codes(none)).toContain('no_answer_raises_level');
  });

  test('a ruleset whose proofs would need unbounded work is refused with protection_check_too_large, at once', () => {
    // 1,000 indicators each read its own way (a tag of its own) by 6,000 counts: every indicator is a group of one.
    const ruleset = largeRuleset(1000, 0) as RulesetInput;
    const indicators = ruleset.indicators.map((indicator, at) => ({ ...indicator, tags: [`own-${at}`] }));
    const rules = Array.from({ length: 30 }, (_, rule) => ({
      id: `many-counts-${rule}`, title: 'Many counts', effect: { kind: 'actions' as const }, steps: ['refer'], sources: [{ source: 'test' }],
      when: { kind: 'any' as const, of: Array.from({ length: 200 }, (_unused, at) => ({ kind: 'count' as const, where: { tags: [`own-${(rule * 200 + at) % 1000}`] }, min: 1 })) },
    }));
    const issues = issuesOf({ ...ruleset, indicators, rules: [...ruleset.rules, ...rules] });
    expect(issues.map((issue) => issue.code)).toEqual(['protection_check_too_large']);
  });
});

