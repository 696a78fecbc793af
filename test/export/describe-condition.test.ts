import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Condition } from '../../src/index.js';
import { describeCondition } from '../../src/export/describe-condition.js';
import { describeRule } from '../../src/export/describe-rule.js';
import { ageHolds } from '../../src/ruleset/age-holds.js';
import { fixtureScreener } from '../support/fixture-screener.js';

const tiered = fixtureScreener('tiered').ruleset;
const weighted = fixtureScreener('weighted').ruleset;
const say = (condition: Condition): string => describeCondition(condition, tiered);

const under13: Condition = { kind: 'age', is: 'under', years: 13 };
const learningDisability: Condition = { kind: 'attribute', attribute: 'learningDisability', is: true };
const disclosure: Condition = { kind: 'answer', indicator: 'disclosure' };

describe('describeCondition', () => {
  describe('age: the wording states the boundary the engine applies', () => {
    test.each([
      ['under', 13, 'the child is under 13', 12, 13],
      ['at-most', 13, 'the child is 13 or younger', 13, 14],
      ['at-least', 16, 'the child is 16 or older', 16, 15],
      ['over', 15, 'the child is over 15 (16 or older)', 16, 15],
    ] as const)('%s %i reads "%s": true at %i, false at %i', (is, years, words, trueAt, falseAt) => {
      const condition = { kind: 'age', is, years } as const;
      expect(say(condition)).toBe(words);
      expect(ageHolds(condition, trueAt)).toBe(true);
      expect(ageHolds(condition, falseAt)).toBe(false);
    });

    test('under 13 and at most 13 read differently, because 13 is on different sides of them', () => {
      expect(say({ kind: 'age', is: 'under', years: 13 })).not.toBe(say({ kind: 'age', is: 'at-most', years: 13 }));
    });
  });

  describe('answer', () => {
    test('names the indicator by its text and id, and counts the policy\'s present answers when the rule does not say', () => {
      expect(say(disclosure)).toBe('“Disclosure” (disclosure) is answered Yes or Possible');
    });

    test('counts only the answers a match lists', () => {
      expect(say({ kind: 'answer', indicator: 'disclosure', match: { answers: ['yes'] } })).toBe('“Disclosure” (disclosure) is answered Yes');
    });

    test('names the time windows a match asks for by their labels', () => {
      expect(describeCondition({ kind: 'answer', indicator: 'missing-from-home', match: { windows: ['last-6-months'] } }, weighted))
        .toBe('“Goes missing from home” (missing-from-home) is answered Yes for the time window “In the last 6 months”');
    });

    test('reads a minimum score on a rated indicator with the descriptor of that score', () => {
      expect(describeCondition({ kind: 'answer', indicator: 'relationships-rating', match: { minScore: 2 } }, weighted))
        .toBe('“Relationships” (relationships-rating) is rated 2 (“Clear concern”) or more');
    });

    test('reads the top of a rated indicator\'s scale', () => {
      expect(describeCondition({ kind: 'answer', indicator: 'online-rating', match: { atMax: true } }, weighted))
        .toBe('“Online safety” (online-rating) is rated at the top of its scale');
    });
  });

  describe('count', () => {
    test('reads a minimum of one over a suggested level as "at least one indicator whose suggested level is …"', () => {
      expect(say({ kind: 'count', where: { levels: ['high'] }, min: 1 }))
        .toBe('at least one indicator whose suggested level is High is answered Yes or Possible');
    });

    test('reads min and max as an inclusive "between"', () => {
      expect(say({ kind: 'count', where: {}, min: 2, max: 4 })).toBe('between 2 and 4 indicators are answered Yes or Possible');
    });

    test('reads equal min and max as "exactly", and max 0 as "no indicator"', () => {
      expect(say({ kind: 'count', where: {}, min: 2, max: 2 })).toBe('exactly 2 indicators are answered Yes or Possible');
      expect(say({ kind: 'count', where: {}, max: 0 })).toBe('no indicator is answered Yes or Possible');
    });

    test('names kinds, domains, levels, tags and ids of the filter, joined with and', () => {
      expect(say({ kind: 'count', where: { kinds: ['risk', 'significant'], domains: ['general'], tags: ['disclosure'] }, min: 3 }))
        .toBe('at least 3 risk or significant indicators in the “General” domain and tagged “disclosure” are answered Yes or Possible');
      expect(say({ kind: 'count', where: { indicators: ['missing', 'older-friend'] }, min: 1 }))
        .toBe('at least one indicator among “Goes missing” (missing) and “Older friend” (older-friend) is answered Yes or Possible');
    });

    test('reads the answers a match counts, including Unknown', () => {
      expect(describeCondition({ kind: 'count', where: {}, match: { answers: ['unknown'] }, min: 1 }, weighted))
        .toBe('at least one indicator is answered Unknown (for an item rated on a scale: rated 1 or more or answered Unknown)');
    });
  });

  test('score: reads its range with the score\'s label', () => {
    expect(describeCondition({ kind: 'score', score: 'seraf-score', min: 11 }, weighted)).toBe('the score “SERAF score” is at least 11');
    expect(describeCondition({ kind: 'score', score: 'seraf-score', min: 6, max: 10 }, weighted)).toBe('the score “SERAF score” is between 6 and 10');
  });

  test('attribute and context: name the fact by its label and say whether it is recorded as yes or no', () => {
    expect(say(learningDisability)).toBe('“Learning disability” is recorded as yes for the child');
    expect(say({ kind: 'context', fact: 'openToCsc', is: false })).toBe('“Open to children\'s social care” is recorded as no for the case');
  });

  test('level: reads the level that rules adding steps see (a lowering judgement left out), with the level labels', () => {
    expect(say({ kind: 'level', atLeast: 'medium' })).toBe('the level, leaving out any judgement that lowers it, is Medium or higher');
    expect(say({ kind: 'level', atMost: 'low' })).toBe('the level, leaving out any judgement that lowers it, is Low or lower');
    expect(say({ kind: 'level', atLeast: 'medium', atMost: 'medium' })).toBe('the level, leaving out any judgement that lowers it, is Medium');
    expect(say({ kind: 'level', atLeast: 'low', atMost: 'medium' })).toBe('the level, leaving out any judgement that lowers it, is between Low and Medium');
  });

  describe('all, any, at-least', () => {
    test('two short conditions read as one sentence joined by and / or', () => {
      expect(say({ kind: 'all', of: [under13, learningDisability] })).toBe('the child is under 13 and “Learning disability” is recorded as yes for the child');
      expect(say({ kind: 'any', of: [under13, learningDisability] })).toBe('the child is under 13 or “Learning disability” is recorded as yes for the child');
    });

    test('three or more conditions, or nested ones, read as a list so that and and or never mix in one sentence', () => {
      expect(say({ kind: 'all', of: [under13, learningDisability, disclosure] })).toBe([
        'all of the following are true:',
        '- the child is under 13',
        '- “Learning disability” is recorded as yes for the child',
        '- “Disclosure” (disclosure) is answered Yes or Possible',
      ].join('\n'));
      expect(say({ kind: 'any', of: [{ kind: 'all', of: [under13, learningDisability] }, disclosure] })).toBe([
        'at least one of the following is true:',
        '- the child is under 13 and “Learning disability” is recorded as yes for the child',
        '- “Disclosure” (disclosure) is answered Yes or Possible',
      ].join('\n'));
    });

    test('nested lists indent by two spaces', () => {
      expect(say({ kind: 'all', of: [{ kind: 'any', of: [under13, learningDisability, disclosure] }, disclosure, under13] })).toBe([
        'all of the following are true:',
        '- at least one of the following is true:',
        '  - the child is under 13',
        '  - “Learning disability” is recorded as yes for the child',
        '  - “Disclosure” (disclosure) is answered Yes or Possible',
        '- “Disclosure” (disclosure) is answered Yes or Possible',
        '- the child is under 13',
      ].join('\n'));
    });

    test('at-least reads its count over a list', () => {
      expect(say({ kind: 'at-least', count: 2, of: [under13, learningDisability, disclosure] })).toBe([
        'at least 2 of the following are true:',
        '- the child is under 13',
        '- “Learning disability” is recorded as yes for the child',
        '- “Disclosure” (disclosure) is answered Yes or Possible',
      ].join('\n'));
    });
  });

  describe('not', () => {
    test('turns a comparison round rather than saying "not", keeping the same boundary', () => {
      expect(say({ kind: 'not', condition: under13 })).toBe('the child is 13 or older');
      expect(say({ kind: 'not', condition: { kind: 'age', is: 'at-most', years: 13 } })).toBe('the child is over 13 (14 or older)');
      expect(say({ kind: 'not', condition: learningDisability })).toBe('“Learning disability” is recorded as no for the child');
      expect(say({ kind: 'not', condition: { kind: 'level', atLeast: 'medium' } })).toBe('the level, leaving out any judgement that lowers it, is below Medium');
    });

    test('negates a count by its complement, and an answer by the definite answers left (Unknown stays unknown)', () => {
      expect(say({ kind: 'not', condition: { kind: 'count', where: {}, min: 1 } })).toBe('no indicator is answered Yes or Possible');
      expect(say({ kind: 'not', condition: { kind: 'count', where: {}, min: 2, max: 3 } })).toBe('fewer than 2 or more than 3 indicators are answered Yes or Possible');
      expect(say({ kind: 'not', condition: { kind: 'answer', indicator: 'disclosure', match: { answers: ['yes'] } } })).toBe('“Disclosure” (disclosure) is answered Possible or No');
    });

    test('negates all, any and at-least as lists, and cancels a double not', () => {
      expect(say({ kind: 'not', condition: { kind: 'any', of: [under13, disclosure] } })).toBe('none of the following is true:\n- the child is under 13\n- “Disclosure” (disclosure) is answered Yes or Possible');
      expect(say({ kind: 'not', condition: { kind: 'all', of: [under13, disclosure] } })).toBe('not all of the following are true:\n- the child is under 13\n- “Disclosure” (disclosure) is answered Yes or Possible');
      expect(say({ kind: 'not', condition: { kind: 'at-least', count: 2, of: [under13, disclosure] } })).toBe('fewer than 2 of the following are true:\n- the child is under 13\n- “Disclosure” (disclosure) is answered Yes or Possible');
      expect(say({ kind: 'not', condition: { kind: 'not', condition: under13 } })).toBe('the child is under 13');
    });
  });
});

describe('describeCondition on indicators written as questions and levels with colons', () => {
  const signedOff = compileRuleset(JSON.parse(readFileSync(new URL('../fixtures/signed-off.json', import.meta.url), 'utf8'))).ruleset;

  test('an answer to an indicator written as a question reads “the question … is answered …”', () => {
    expect(describeCondition({ kind: 'answer', indicator: 'older-friend' }, signedOff))
      .toBe('the question “Is the child spending time with a much older friend?” (older-friend) is answered Yes or Possible');
    expect(describeCondition({ kind: 'not', condition: { kind: 'answer', indicator: 'older-friend', match: { answers: ['yes'] } } }, signedOff))
      .toBe('the question “Is the child spending time with a much older friend?” (older-friend) is answered Possible or No');
  });

  test('an indicator that is not a question keeps its quoted text as the subject', () => {
    expect(describeCondition({ kind: 'answer', indicator: 'missing' }, signedOff)).toBe('“Goes missing” (missing) is answered Yes or Possible');
  });

  test('a level label with a colon is quoted, so that the sentence still reads as one', () => {
    expect(describeCondition({ kind: 'level', atLeast: 'high' }, signedOff)).toBe('the level, leaving out any judgement that lowers it, is “High risk: being exploited” or higher');
  });
});

describe('describeRule', () => {
  const rule = (id: string): (typeof tiered.rules)[number] => {
    const found = tiered.rules.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no rule ${id}`);
    return found;
  };

  test('a level rule reads "At least <level> when …"', () => {
    expect(describeRule(rule('any-high'), tiered)).toBe('At least High when at least one risk or significant indicator whose suggested level is High is answered Yes or Possible');
  });

  test('a floor says that a judgement may not go lower', () => {
    expect(describeRule(rule('under-13'), tiered))
      .toBe('At least Medium, and a judgement may not go lower, when the child is under 13 and at least one risk or significant indicator is answered Yes or Possible');
  });

  test('an override names its level, binds a judgement and lists the steps it adds', () => {
    expect(describeRule(rule('disclosure-override'), tiered))
      .toBe('Override to at least High, and a judgement may not go lower, and adds the step “Tell the police”, when “Disclosure” (disclosure) is answered Yes or Possible');
  });

  test('an actions rule reads "Adds the step(s) … when …"', () => {
    expect(describeRule(rule('open-case'), tiered))
      .toBe('Adds the step “Tell the social worker” when the level, leaving out any judgement that lowers it, is Medium or higher and “Open to children\'s social care” is recorded as yes for the case');
  });

  test('an escalation keeps the level and names the steps of the higher level', () => {
    expect(describeRule(rule('significant-harm-escalation'), tiered)).toBe('Keeps the level as it is but adds the steps of High (“Refer” and “Strategy meeting”) '
      + 'when the level, leaving out any judgement that lowers it, is Medium and “Reasonable cause to suspect significant harm” is recorded as yes for the case');
  });

  test('a long condition follows the effect as a list', () => {
    expect(describeRule(rule('strict-medium'), tiered)).toBe([
      'At least Medium when all of the following are true:',
      '- at least one risk or significant indicator whose suggested level is Low is answered Yes or Possible',
      '- at least one risk or significant indicator whose suggested level is Medium is answered Yes or Possible',
    ].join('\n'));
  });
});
