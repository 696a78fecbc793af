import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, explainResult, safeCompileRuleset } from '../../src/index.js';
import { setAt, updateAt } from '../support/edit-json.js';

// The cases reviewers found, written from their descriptions: rulesets built to get past the load-time proofs,
// and screenings a practitioner would really enter. The engine's protections must hold in each.
const base = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as { rules: { id: string; when: unknown }[] };
const screener = compileRuleset(base);
const ruleAt = (id: string): number => base.rules.findIndex((rule) => rule.id === id);
const stepIds = (result: { pathway: readonly { id: string }[] }): string[] => result.pathway.map((step) => step.id);
const codes = (result: { warnings: readonly { code: string }[] }): string[] => result.warnings.map((warning) => warning.code);

/** The default ruleset with a rule's condition switched off whenever `off` holds, as a hostile author would write it. */
function switchedOff(ruleIds: readonly string[], off: unknown): unknown {
  let ruleset: unknown = base;
  for (const id of ruleIds) ruleset = updateAt(ruleset, ['rules', ruleAt(id), 'when'], (when) => ({ kind: 'all', of: [when, off] }));
  return ruleset;
}

const FLOORS = ['under-13-any-concern', 'under-13-sexual-activity', 'learning-disability-floor'];

describe('floors cannot be switched off by a combination the load-time proofs never evaluate', () => {
  test('a floor that turns itself off when the child is open to social care still loads, and the engine still applies the floors', () => {
    const hostile = compileRuleset(switchedOff(FLOORS, { kind: 'context', fact: 'openToChildrensSocialCare', is: false, ifUnknown: true }));
    const result = hostile.screen({ subject: { ageYears: 12 }, context: { openToChildrensSocialCare: true }, answers: { 'known-sexually-active': 'yes' } });
    expect(result.level.id).toBe('high');
    expect(stepIds(result)).toContain('police-possible-offence-under-13');
    expect(result.firedRules.map((rule) => rule.id)).toContain('protection-under-13-sexual-activity');
  });

  test('a learning-disability floor switched off when the child is open to social care still holds for a looked-after 15 year old', () => {
    const hostile = compileRuleset(switchedOff(['learning-disability-floor'], { kind: 'context', fact: 'openToChildrensSocialCare', is: false, ifUnknown: true }));
    const result = hostile.screen({
      subject: { ageYears: 15, attributes: { learningDisability: true, lookedAfter: true } }, context: { openToChildrensSocialCare: true }, answers: { 'staying-out-late': 'yes' },
    });
    expect(result.level.rank).toBeGreaterThanOrEqual(2);
    expect(result.firedRules.map((rule) => rule.id)).toContain('protection-learning-disability');
  });

  test('a declared sexual-activity protection whose tags select no indicator is refused, so that it cannot be aimed at nothing', () => {
    const outcome = safeCompileRuleset(setAt(base, ['policy', 'protections', 'under13SexualActivity', 'tags'], ['no-such-tag']));
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.path.join('.')])).toContainEqual(['unknown_reference', 'policy.protections.under13SexualActivity.tags']);
  });

  test('a floor switched off when the child is looked after, or when one more indicator is present, is refused at load: more concern could lower it', () => {
    for (const off of [
      { kind: 'attribute', attribute: 'lookedAfter', is: false, ifUnknown: true },
      { kind: 'count', where: { kinds: ['risk', 'significant'] }, max: 1 },
      { kind: 'not', condition: { kind: 'answer', indicator: 'staying-out-late' } },
    ]) {
      const outcome = safeCompileRuleset(switchedOff(FLOORS, off));
      expect(outcome.success).toBe(false);
      if (!outcome.success) expect(outcome.issues.map((issue) => issue.code)).toContain('concern_could_lower');
    }
  });
});

describe('"possible" counts as present for every protection, whatever presentAnswers says', () => {
  test('with presentAnswers ["yes"], a 12 year old whose sexual activity is possible gets the top level and the police step', () => {
    const yesOnly = compileRuleset(setAt(base, ['policy', 'presentAnswers'], ['yes']));
    const result = yesOnly.screen({ subject: { ageYears: 12 }, answers: { 'known-sexually-active': 'possible' } });
    expect(result.level.id).toBe('high');
    expect(stepIds(result)).toContain('police-possible-offence-under-13');
    expect(result.firedRules.length).toBeGreaterThan(0);
  });

  test('with presentAnswers ["yes"], any possible concern is never the no-concern level', () => {
    const yesOnly = compileRuleset(setAt(base, ['policy', 'presentAnswers'], ['yes']));
    const result = yesOnly.screen({ subject: { ageYears: 14 }, answers: { 'staying-out-late': 'possible' } });
    expect(result.level.rank).toBeGreaterThan(0);
    expect(result.firedRules.map((rule) => rule.id)).toContain('protection-any-concern');
  });
});

describe('a re-screen never takes a child down silently', () => {
  const assessedOn = '2026-12-01';
  const high = screener.screen({ subject: { ageYears: 14 }, assessedOn: '2026-11-01', answers: { 'missing-overnight-or-repeated': 'yes' } });

  test('a partial re-screen after a verified High warns, brings the gather step and reviews on the High timescale', () => {
    expect(high.level.id).toBe('high');
    const partial = screener.screen({ subject: { ageYears: 14 }, assessedOn, previous: high, answers: { 'staying-out-late': 'yes' } });
    expect(partial.level.id).toBe('low');
    expect(codes(partial)).toContain('previous_level_not_ruled_out');
    expect(stepIds(partial)).toContain('gather-missing-information');
    const highDays = screener.ruleset.levels.find((level) => level.id === 'high')?.reviewAfterDays ?? 0;
    expect(partial.reviewBy !== undefined && partial.reviewBy <= addDays(assessedOn, highDays)).toBe(true);
  });

  test('an earlier result stored in the ids or decision form (what assess --batch writes) is read as previous, with the same safeguard and trend', () => {
    for (const detail of ['ids', 'decision'] as const) {
      const stored = JSON.parse(JSON.stringify(screener.screen({ subject: { ageYears: 14 }, assessedOn: '2026-11-01', answers: { 'missing-overnight-or-repeated': 'yes' } }, { detail }))) as unknown;
      const partial = screener.screen({ subject: { ageYears: 14 }, assessedOn, previous: stored, answers: { 'staying-out-late': 'yes' } });
      expect(codes(partial)).toContain('previous_level_not_ruled_out');
      expect(partial.trend?.from).toEqual({ id: 'high', rank: 3 });
      expect(codes(partial)).not.toContain('previous_level_mismatch');
    }
  });

  test('a complete re-screen that answers what made it High lowers the level without that warning', () => {
    const answers = Object.fromEntries(screener.ruleset.indicators.map((indicator) => [indicator.id, indicator.id === 'staying-out-late' ? 'yes' : 'no']));
    const complete = screener.screen({ subject: { ageYears: 14, attributes: { learningDisability: false, lookedAfter: false, careLeaver: false } }, assessedOn, previous: high, answers });
    expect(complete.level.id).toBe('low');
    expect(codes(complete)).not.toContain('previous_level_not_ruled_out');
  });
});

describe('an unknown that could raise the level through a combination brings its step in', () => {
  test('a sexually active 17 year old with contact with unknown adults and her partner\'s age unknown is not left on a Low review', () => {
    const result = screener.screen({
      subject: { ageYears: 17 }, assessedOn: '2026-12-01',
      answers: { 'known-sexually-active': 'yes', 'unknown-adults-contact': 'yes', 'older-partner': 'unknown' },
    });
    expect(result.potentialLevel.id).toBe('high');
    expect(result.insufficientInformation).toBe(true);
    expect(stepIds(result)).toContain('gather-missing-information');
    const highDays = screener.ruleset.levels.find((level) => level.id === 'high')?.reviewAfterDays ?? 0;
    expect(result.reviewBy !== undefined && result.reviewBy <= addDays('2026-12-01', highDays)).toBe(true);
  });
});

describe('steps that presuppose steps', () => {
  test('a High lowered to Low with agreement keeps the police step that the warning notice and the disruption plan need', () => {
    const result = screener.screen({
      subject: { ageYears: 14 }, answers: { 'known-perpetrator-association': 'yes' },
      judgement: { level: 'low', rationale: 'Agreed after a strategy discussion.', agreedBy: { role: 'designated-safeguarding-lead' } },
    });
    expect(result.computedLevel.id).toBe('high');
    expect(result.level.id).toBe('low');
    expect(stepIds(result)).toEqual(expect.arrayContaining(['child-abduction-warning-notice', 'disruption-plan', 'share-information-with-police']));
    const police = result.pathway.find((step) => step.id === 'share-information-with-police');
    expect(police?.broughtInBy.map((origin) => origin.kind)).toContain('step');
  });
});

describe('reported as it happened', () => {
  test('a judgement stopped at a floor says it was applied in part and the level it reached, in the result and in words', () => {
    const result = screener.screen({
      subject: { ageYears: 12 }, answers: { 'missing-overnight-or-repeated': 'yes' },
      judgement: { level: 'no-identified-concern', rationale: 'Reviewed with the lead.', agreedBy: { role: 'designated-safeguarding-lead' } },
    });
    expect(result.computedLevel.id).toBe('high');
    expect(result.level.id).toBe('medium');
    expect(result.judgement?.status).toBe('applied-in-part');
    expect(result.judgement?.applied).toBe(false);
    const text = explainResult(result, screener.ruleset);
    expect(text).toContain('applied in part');
    expect(text).toContain('only as far as Medium');
    expect(text).not.toContain('The level stays at');
  });

  test('after an agreed lowering the potential level is never below the computed level', () => {
    const result = screener.screen({
      subject: { ageYears: 14 }, answers: { 'known-perpetrator-association': 'yes' },
      judgement: { level: 'low', rationale: 'Agreed.', agreedBy: { role: 'designated-safeguarding-lead' } },
    });
    expect(result.potentialLevel.rank).toBeGreaterThanOrEqual(result.computedLevel.rank);
    expect(result.potentialLevel.id).toBe('high');
  });

  test('with significant harm suspected and only Low items, the review follows the child-protection steps and the text leads with that route', () => {
    const result = screener.screen({
      subject: { ageYears: 14 }, assessedOn: '2026-12-01', context: { significantHarmSuspected: true }, answers: { 'staying-out-late': 'yes' },
    });
    expect(result.level.id).toBe('low');
    expect(stepIds(result)).toContain('strategy-discussion');
    const highDays = screener.ruleset.levels.find((level) => level.id === 'high')?.reviewAfterDays ?? 0;
    expect(result.reviewBy).toBe(addDays('2026-12-01', highDays));
    expect(explainResult(result, screener.ruleset).split('\n')[0]).toMatch(/^Child-protection route: /u);
  });
});

describe('results are the caller\'s own', () => {
  test('changing one result\'s level label, fingerprint, step sources or rule effect changes no later result and not the screener', () => {
    const screening = { subject: { ageYears: 14 }, answers: { 'older-partner': 'yes' } };
    const first = screener.screen(screening);
    const fingerprint = screener.stamp.fingerprint;
    const label = first.level.label;
    first.level.label = 'changed';
    first.computedLevel.label = 'changed';
    first.ruleset.fingerprint = 'changed';
    first.pathway[0]?.sources.push({ source: 'changed' });
    first.pathway[0]?.legalBasis.push('changed');
    const effect = first.firedRules[0]?.effect;
    if (effect !== undefined && effect.kind !== 'actions') effect.level = 'changed';
    const second = screener.screen(screening);
    expect(second.level.label).toBe(label);
    expect(second.ruleset.fingerprint).toBe(fingerprint);
    expect(screener.stamp.fingerprint).toBe(fingerprint);
    expect(second.pathway[0]?.sources.some((source) => source.source === 'changed')).toBe(false);
    expect(second.pathway[0]?.legalBasis).not.toContain('changed');
    expect(JSON.stringify(second.firedRules)).not.toContain('changed');
    const decision = screener.screen(screening, { detail: 'decision' });
    decision.ruleset.fingerprint = 'changed';
    expect(screener.screen(screening, { detail: 'ids' }).ruleset.fingerprint).toBe(fingerprint);
  });
});

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
