import { describe, expect, test } from 'vitest';
import { compileRuleset, describeCondition, diffRulesets, type Condition } from '../../src/index.js';
import { loadFixture } from '../support/load-fixture.js';

const tiered = compileRuleset(loadFixture('tiered'));
const say = (condition: Condition): string => describeCondition(condition, tiered.ruleset);

/** Whether the engine reads a condition as true for a screening that gives no age, attribute or fact: a rule that adds a step fires on it. */
function firesWithNothingRecorded(condition: Condition): boolean {
  const raw = loadFixture('tiered');
  const probe = { id: 'probe', title: 'Probe', when: condition, effect: { kind: 'actions' }, steps: ['other-tool'], sources: [{ source: 'test' }] };
  const screener = compileRuleset({ ...raw, rules: [...raw.rules, probe] } as typeof raw);
  return screener.screen({ subject: {}, answers: {} }).firedRules.some((rule) => rule.id === 'probe');
}

describe('describeCondition says how a condition reads a fact that is not recorded, where it says (ifUnknown)', () => {
  const cases: [string, Condition, string, boolean][] = [
    ['age, unknown read as true', { kind: 'age', is: 'under', years: 13, ifUnknown: true }, 'the child is under 13 (an age not recorded counts as under 13)', true],
    ['age, unknown read as false', { kind: 'age', is: 'under', years: 13, ifUnknown: false }, 'the child is under 13 (an age not recorded counts as not under 13)', false],
    ['age at least, unknown read as false', { kind: 'age', is: 'at-least', years: 16, ifUnknown: false }, 'the child is 16 or older (an age not recorded counts as not 16 or older)', false],
    ['age under not, unknown read as false', { kind: 'not', condition: { kind: 'age', is: 'under', years: 13, ifUnknown: false } }, 'the child is 13 or older (an age not recorded counts as 13 or older)', true],
    ['attribute yes, unknown read as true', { kind: 'attribute', attribute: 'learningDisability', is: true, ifUnknown: true }, '“Learning disability” is recorded as yes for the child (a fact not recorded counts as yes)', true],
    ['attribute yes, unknown read as false', { kind: 'attribute', attribute: 'learningDisability', is: true, ifUnknown: false }, '“Learning disability” is recorded as yes for the child (a fact not recorded counts as no)', false],
    ['context no, unknown read as true', { kind: 'context', fact: 'openToCsc', is: false, ifUnknown: true }, '“Open to children\'s social care” is recorded as no for the case (a fact not recorded counts as no)', true],
    ['context yes not, unknown read as true', { kind: 'not', condition: { kind: 'context', fact: 'openToCsc', is: true, ifUnknown: true } }, '“Open to children\'s social care” is recorded as no for the case (a fact not recorded counts as yes)', false],
  ];

  test('says the reading the engine gives an age, attribute or context fact not recorded, also under not', () => {
    for (const [title, condition, words, fires] of cases) {
      expect(say(condition), title).toBe(words);
      expect(firesWithNothingRecorded(condition), title).toBe(fires);
    }
  });

  test('adds nothing without ifUnknown: the condition is then undetermined, as the rulebook says once for all rules', () => {
    expect(say({ kind: 'age', is: 'under', years: 13 })).toBe('the child is under 13');
    expect(say({ kind: 'attribute', attribute: 'learningDisability', is: true })).toBe('“Learning disability” is recorded as yes for the child');
    expect(say({ kind: 'not', condition: { kind: 'context', fact: 'openToCsc', is: true } })).toBe('“Open to children\'s social care” is recorded as no for the case');
  });

  test('the diff of two rulesets that differ only in ifUnknown shows the change in words', () => {
    const raw = loadFixture('tiered');
    const rules = raw.rules.map((rule) => (rule.id === 'open-case'
      ? { ...rule, when: { kind: 'all', of: [{ kind: 'level', atLeast: 'medium' }, { kind: 'context', fact: 'openToCsc', is: true, ifUnknown: true }] } }
      : rule));
    const next = compileRuleset({ ...raw, meta: { ...raw.meta, version: '9.9.9' }, rules } as typeof raw);
    const changed = diffRulesets(tiered.ruleset, next.ruleset).rules.find((entry) => entry.id === 'open-case');
    expect(changed).toMatchObject({ kind: 'changed', changes: [{ field: 'when' }] });
    const [change] = changed?.kind === 'changed' ? changed.changes : [];
    expect(change?.before).not.toContain('not recorded');
    expect(change?.after).toContain('“Open to children\'s social care” is recorded as yes for the case (a fact not recorded counts as yes)');
  });
});
