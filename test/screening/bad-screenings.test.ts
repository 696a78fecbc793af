import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, CseError, type Issue } from '../../src/index.js';

const screener = compileRuleset(JSON.parse(readFileSync('test/fixtures/tiered.json', 'utf8')));
const CANARY = 'CANARY-5e1d-secret';

function issuesOf(input: unknown): Pick<Issue, 'code' | 'path'>[] {
  const outcome = screener.safeScreen(input);
  if (outcome.success) throw new Error('expected the screening to be refused');
  return outcome.issues.map(({ code, path }) => ({ code, path }));
}

const valid = { subject: { ageYears: 14 }, assessedOn: '2026-11-28', answers: { missing: 'yes' } };

describe('a screening that cannot be scored is refused with a stable code and a path', () => {
  test.each([
    ['a screening that is not an object', 'not a screening', [{ code: 'invalid_type', path: [] }]],
    ['an array', [], [{ code: 'invalid_type', path: [] }]],
    ['a missing subject', { answers: {} }, [{ code: 'missing_key', path: ['subject'] }]],
    ['an unknown indicator id', { ...valid, answers: { [CANARY]: 'yes' } }, [{ code: 'unknown_indicator', path: ['answers', CANARY] }]],
    ['an answer outside the scale', { ...valid, answers: { missing: CANARY } }, [{ code: 'answer_not_in_scale', path: ['answers', 'missing'] }]],
    ['a score on a yes/no indicator', { ...valid, answers: { missing: 2 } }, [{ code: 'answer_not_in_scale', path: ['answers', 'missing'] }]],
    ['a negative age', { ...valid, subject: { ageYears: -1 } }, [{ code: 'out_of_range', path: ['subject', 'ageYears'] }]],
    ['an absurd age', { ...valid, subject: { ageYears: 140 } }, [{ code: 'out_of_range', path: ['subject', 'ageYears'] }]],
    ['a NaN age', { ...valid, subject: { ageYears: Number.NaN } }, [{ code: 'invalid_type', path: ['subject', 'ageYears'] }]],
    ['an infinite age', { ...valid, subject: { ageYears: Number.POSITIVE_INFINITY } }, [{ code: 'invalid_type', path: ['subject', 'ageYears'] }]],
    ['a fractional age', { ...valid, subject: { ageYears: 14.5 } }, [{ code: 'invalid_type', path: ['subject', 'ageYears'] }]],
    ['a date of birth after the assessment date', { ...valid, subject: { dateOfBirth: '2027-01-01' } }, [{ code: 'date_of_birth_after_assessment', path: ['subject', 'dateOfBirth'] }]],
    ['a date of birth without an assessment date', { answers: {}, subject: { dateOfBirth: '2012-01-01' } }, [{ code: 'date_of_birth_needs_assessment_date', path: ['assessedOn'] }]],
    ['an age that disagrees with the date of birth', { ...valid, subject: { ageYears: 10, dateOfBirth: '2012-01-01' } }, [{ code: 'age_mismatch', path: ['subject', 'ageYears'] }]],
    ['an impossible date', { ...valid, assessedOn: '2026-02-30' }, [{ code: 'invalid_format', path: ['assessedOn'] }]],
    ['a judgement without a rationale', { ...valid, judgement: { level: 'high' } }, [{ code: 'missing_key', path: ['judgement', 'rationale'] }]],
    ['a judgement with a blank rationale', { ...valid, judgement: { level: 'high', rationale: '   ' } }, [{ code: 'missing_rationale', path: ['judgement', 'rationale'] }]],
    ['a judgement of an unknown level', { ...valid, judgement: { level: 'severe', rationale: CANARY } }, [{ code: 'unknown_level', path: ['judgement', 'level'] }]],
    ['an undeclared attribute', { ...valid, subject: { ageYears: 14, attributes: { [CANARY]: true } } }, [{ code: 'unknown_attribute', path: ['subject', 'attributes', CANARY] }]],
    ['an undeclared context fact', { ...valid, context: { openToCsc: true, other: false } }, [{ code: 'unknown_context_fact', path: ['context', 'other'] }]],
    ['an unknown top-level field', { ...valid, notes: CANARY }, [{ code: 'unknown_key', path: ['notes'] }]],
    ['a window the ruleset does not declare', { ...valid, answers: { missing: { value: 'yes', window: 'last-week' } } }, [{ code: 'unknown_window', path: ['answers', 'missing', 'window'] }]],
    ['a screening pinned to another ruleset', { ...valid, ruleset: { id: 'other-ruleset' } }, [{ code: 'ruleset_mismatch', path: ['ruleset', 'id'] }]],
  ])('%s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  test.each([
    ['__proto__ as an answer key', '{"subject":{"ageYears":14},"answers":{"__proto__":"yes"}}', ['answers', '__proto__']],
    ['constructor as an answer key', '{"subject":{"ageYears":14},"answers":{"constructor":"yes"}}', ['answers', 'constructor']],
    ['prototype as a subject attribute', '{"subject":{"ageYears":14,"attributes":{"prototype":true}},"answers":{}}', ['subject', 'attributes', 'prototype']],
    ['__proto__ at the top level', '{"__proto__":{"polluted":true},"subject":{},"answers":{}}', ['__proto__']],
  ])('%s is refused as forbidden_key and pollutes nothing', (_name, json, path) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    expect(issuesOf(JSON.parse(json))).toEqual([{ code: 'forbidden_key', path }]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('every problem is reported in one pass, not only the first', () => {
    const codes = issuesOf({ ...valid, answers: { nope: 'yes', missing: 3 }, context: { other: true }, judgement: { level: 'zz', rationale: '' } })
      .map((issue) => issue.code);
    expect(codes).toEqual(['unknown_indicator', 'answer_not_in_scale', 'unknown_context_fact', 'unknown_level', 'missing_rationale']);
  });

  test('nesting deeper than the limit is refused without a stack overflow', () => {
    let deep: unknown = 'yes';
    for (let i = 0; i < 100_000; i++) deep = { value: deep };
    const codes = issuesOf({ ...valid, answers: { missing: deep } }).map((issue) => issue.code);
    expect(codes).toEqual(['too_deep']);
  });

  test('screen throws a CseError carrying the same issues, and its message holds paths and codes only', () => {
    const input = { ...valid, answers: { [CANARY]: CANARY, missing: { value: 'yes', evidence: CANARY } }, judgement: { level: CANARY, rationale: CANARY } };
    let caught: unknown;
    try { screener.screen(input); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(CseError);
    const error = caught as CseError;
    expect(error.issues.map((issue) => issue.code)).toEqual(['answer_not_in_scale', 'invalid_format']);
    expect(error.message).toContain('answers');
    for (const issue of error.issues) expect(issue.message).not.toContain(CANARY);
  });

  test('no issue message ever contains a value from the input', () => {
    const inputs = [
      { ...valid, answers: { missing: CANARY } },
      { ...valid, subject: { ageYears: CANARY } },
      { ...valid, assessedOn: CANARY },
      { ...valid, judgement: { level: CANARY, rationale: CANARY, by: CANARY } },
      { ...valid, answers: { missing: { value: 'yes', evidence: CANARY, window: CANARY, basis: CANARY } } },
      { ...valid, context: { [CANARY]: CANARY } },
      { ...valid, ref: 7, previous: { ruleset: CANARY } },
    ];
    for (const input of inputs) {
      const outcome = screener.safeScreen(input);
      expect(outcome.success).toBe(false);
      if (!outcome.success) for (const issue of outcome.issues) expect(issue.message).not.toContain(CANARY);
    }
  });
});

describe('a valid screening', () => {
  test('is scored and its free text stays out of the result unless asked for', () => {
    const input = { ...valid, answers: { missing: { value: 'yes', evidence: CANARY } }, judgement: { level: 'high', rationale: CANARY } };
    expect(JSON.stringify(screener.screen(input))).not.toContain(CANARY);
    const withText = screener.screen(input, { includeFreeText: true });
    expect(withText.evidence).toEqual([{ indicator: 'missing', evidence: CANARY }]);
    expect(withText.judgement?.rationale).toBe(CANARY);
  });

  test('an age out of the ruleset\'s scope is scored, marked out of scope, warned about and routed', () => {
    const result = screener.screen({ ...valid, subject: { ageYears: 9 } });
    expect(result.inScope).toBe(false);
    expect(result.warnings.map((warning) => [warning.code, warning.path])).toContainEqual(['age_out_of_scope', ['subject', 'ageYears']]);
    expect(result.pathway.map((step) => step.id)).toContain('other-tool');
  });
});
