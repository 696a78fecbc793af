import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, explainResult } from '../../src/index.js';
import { loadFixture } from '../support/load-fixture.js';

/** Accepts the agreement of a designated safeguarding lead or a team manager only. */
const signedOff = compileRuleset(JSON.parse(readFileSync(new URL('../fixtures/signed-off.json', import.meta.url), 'utf8')));
const tiered = compileRuleset(loadFixture('tiered'));
const subject = { ageYears: 14, attributes: { learningDisability: false } };
const lowering = (agreedBy?: { role: string; name?: string }) => ({
  subject, answers: { 'older-friend': 'yes' as const },
  judgement: { level: 'low', rationale: 'r', by: 'Practitioner A', ...(agreedBy === undefined ? {} : { agreedBy }) },
});

describe('explainResult on a judgement whose agreement was not accepted', () => {
  test('says none was recorded only when no agreement was recorded', () => {
    const text = explainResult(signedOff.screen(lowering()), signedOff.ruleset);
    expect(text).toContain('needs a second person\'s agreement in a role the ruleset accepts, and none was recorded.');
    expect(text).not.toContain('Agreed by');
  });

  test('says the role recorded is not one the ruleset accepts, and never that none was recorded or that it was agreed', () => {
    const result = signedOff.screen(lowering({ role: 'cleaner' }));
    expect(result.judgement?.notAppliedBecause).toBe('needs-agreement');
    const text = explainResult(result, signedOff.ruleset);
    expect(text).toContain('and the role recorded for the agreement is not one this ruleset accepts.');
    expect(text).toContain('Agreement recorded (not accepted): cleaner.');
    expect(text).not.toContain('none was recorded');
    expect(text).not.toContain('Agreed by');
  });

  test('for an agreement refused for a reason other than its role, says it was recorded but not accepted, without names', () => {
    const result = signedOff.screen(lowering({ role: 'dsl', name: 'Practitioner A' }), { includeFreeText: true });
    if (result.judgement === undefined) throw new Error('the judgement is kept');
    const refused = { ...result, judgement: { ...result.judgement, applied: false, notAppliedBecause: 'needs-agreement' as const } };
    const text = explainResult(refused, signedOff.ruleset);
    expect(text).toContain('and the agreement recorded was not accepted (the warnings say why).');
    expect(text).not.toContain('none was recorded');
    const reason = /was not applied: [^\n]*?The level stays at/.exec(text)?.[0];
    expect(reason).toBeDefined();
    expect(reason).not.toContain('Practitioner A');
  });

  test('for a lowering agreed under the name of the judgement author, says an agreement was recorded but not accepted, and names no one', () => {
    for (const includeFreeText of [false, true]) {
      const result = signedOff.screen(lowering({ role: 'dsl', name: 'practitioner a' }), { includeFreeText });
      expect(result.judgement?.notAppliedBecause).toBe('needs-agreement');
      const text = explainResult(result, signedOff.ruleset);
      const reason = /was not applied: [^\n]*?The level stays at/.exec(text)?.[0];
      expect(reason).toContain('and the agreement recorded was not accepted (the warnings say why).');
      expect(reason?.toLowerCase()).not.toContain('practitioner a');
      expect(text).not.toContain('none was recorded');
      expect(text).not.toContain('Agreed by');
    }
  });

  test('without the ruleset, says an agreement was recorded but not accepted rather than that none was', () => {
    const text = explainResult(signedOff.screen(lowering({ role: 'cleaner' })));
    expect(text).toContain('and the agreement recorded was not accepted (the warnings say why).');
    expect(text).not.toContain('none was recorded');
  });

  test('from a decision, which keeps no agreement, claims neither that none was recorded nor that one was', () => {
    const text = explainResult(signedOff.screen(lowering({ role: 'cleaner' }), { detail: 'decision' }), signedOff.ruleset);
    expect(text).toContain('and no agreement it accepts is on record (a decision does not keep whether one was given).');
    expect(text).not.toContain('none was recorded');
  });

  test('still says who agreed a judgement that was applied', () => {
    const result = tiered.screen(lowering({ role: 'team-manager' }));
    expect(result.judgement?.applied).toBe(true);
    expect(explainResult(result, tiered.ruleset)).toContain('Agreed by: team-manager.');
  });
});
