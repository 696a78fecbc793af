import { describe, expect, test } from 'vitest';
import { compileRuleset, CseError, fromQuestionnaireResponse, safeCompileRuleset, safeParseRuleset, safeParseScreening, type Issue } from '../../src/index.js';
import { loadFixture } from '../support/load-fixture.js';

// "Never throws for bad input" holds for any JavaScript value, not only for JSON: a getter that throws,
// a Proxy whose traps throw, a revoked Proxy, a getter that answers once and throws the second time.

const SECRET = 'CANARY-getter-secret';
const boom = (): never => { throw new Error(SECRET); };
const throwingGetter = (plain: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.defineProperty({ ...plain }, key, { enumerable: true, get: boom });
const trapsThrow = (): unknown => new Proxy({}, { ownKeys: boom, get: boom, getOwnPropertyDescriptor: boom });
const revoked = (): unknown => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; };
const onceThenThrows = (value: unknown): Record<string, unknown> => {
  let reads = 0;
  return Object.defineProperty({}, 'ageYears', { enumerable: true, get: () => (++reads > 1 ? boom() : value) });
};

const screener = compileRuleset(loadFixture('tiered'));
const codesAndPaths = (issues: readonly Issue[]): Pick<Issue, 'code' | 'path'>[] => issues.map(({ code, path }) => ({ code, path }));

const HOSTILE_SCREENINGS: readonly [string, () => unknown, readonly (string | number)[]][] = [
  ['a throwing getter at the top', () => throwingGetter({ answers: {} }, 'subject'), []],
  ['a throwing getter on an answer', () => ({ subject: { ageYears: 14 }, answers: throwingGetter({ missing: 'yes' }, 'disclosure') }), ['answers']],
  ['a Proxy whose traps throw, as the whole input', trapsThrow, []],
  ['a Proxy whose traps throw, as the subject', () => ({ subject: trapsThrow(), answers: {} }), ['subject']],
  ['a revoked Proxy as the answers', () => ({ subject: { ageYears: 14 }, answers: revoked() }), ['answers']],
  ['a Proxy over an array whose get trap throws', () => ({ subject: { ageYears: 14 }, answers: { missing: { value: 'yes', window: new Proxy(['a'], { get: boom }) } } }), ['answers', 'missing', 'window']],
];

describe('safeScreen never throws for any JavaScript value: what cannot be read is unreadable_input, with its path', () => {
  test.each(HOSTILE_SCREENINGS)('%s', (_name, make, path) => {
    const outcome = screener.safeScreen(make());
    expect(outcome.success).toBe(false);
    expect(codesAndPaths(outcome.success ? [] : outcome.issues)).toEqual([{ code: 'unreadable_input', path }]);
    expect(JSON.stringify(outcome)).not.toContain(SECRET);
  });

  test.each(HOSTILE_SCREENINGS)('screen throws only a CseError for %s', (_name, make) => {
    expect(() => screener.screen(make())).toThrow(CseError);
    try { screener.screen(make()); } catch (error) { expect(String((error as Error).message)).not.toContain(SECRET); }
  });

  test('a getter that answers once and throws on the second read is read once, so the screening is scored as given', () => {
    const outcome = screener.safeScreen({ subject: onceThenThrows(14), answers: { missing: 'yes' } });
    expect(outcome.success).toBe(true);
  });

  test('safeParseScreening and fromQuestionnaireResponse refuse a throwing getter the same way', () => {
    expect(safeParseScreening(throwingGetter({}, 'answers'))).toMatchObject({ success: false, issues: [{ code: 'unreadable_input', path: [] }] });
    expect(fromQuestionnaireResponse(throwingGetter({ resourceType: 'QuestionnaireResponse' }, 'item'), screener.ruleset))
      .toMatchObject({ success: false, issues: [{ code: 'unreadable_input', path: [] }] });
  });

  test('an array claiming billions of elements is refused as too_large without walking them', () => {
    const huge = new Proxy([], { get: (target, key) => (key === 'length' ? 2 ** 32 - 1 : Reflect.get(target, key)) });
    expect(screener.safeScreen({ subject: { ageYears: 14 }, answers: { missing: { value: 'yes', window: huge } } }))
      .toMatchObject({ success: false, issues: [{ code: 'too_large', path: [] }] });
  });
});

describe('safeCompileRuleset never throws for any JavaScript value', () => {
  test.each<[string, () => unknown, readonly (string | number)[]]>([
    ['a throwing getter on the rules', () => throwingGetter(loadFixture('tiered') as unknown as Record<string, unknown>, 'rules'), []],
    ['a Proxy whose traps throw, as a rule', () => {
      const ruleset = loadFixture('tiered') as unknown as { rules: unknown[] };
      ruleset.rules[2] = trapsThrow();
      return ruleset;
    }, ['rules', 2]],
    ['a revoked Proxy as the ruleset', revoked, []],
  ])('%s is unreadable_input, with its path', (_name, make, path) => {
    const outcome = safeCompileRuleset(make());
    expect(outcome.success).toBe(false);
    expect(codesAndPaths(outcome.success ? [] : outcome.issues)).toEqual([{ code: 'unreadable_input', path }]);
    expect(safeParseRuleset(make()).success).toBe(false);
    expect(() => compileRuleset(make())).toThrow(CseError);
  });
});
