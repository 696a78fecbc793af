import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCREENING_SHAPE } from '../../src/generated/screening-shape.js';
import { guardInput } from '../../src/issues/guard-input.js';
import { parseShape } from '../../src/schema/parse-shape.js';
import { ScreeningSchema } from '../../src/schema/screening.js';
import { changeAt, richScreeningArbitrary } from '../support/hostile-screening.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';
import { agreesWithZod, awkwardValue, leaveOutAt } from '../support/shape-agreement.js';

const RUNS = Number(process.env['SHAPE_RUNS'] ?? 400);
const agrees = (input: unknown): boolean => agreesWithZod(ScreeningSchema, SCREENING_SHAPE, input);

describe.each(propertyScreeners())('the screening schema read from its description, for %s', (_path, screener) => {
  const rich = richScreeningArbitrary(screener.ruleset, screener.stamp);
  const any = fc.oneof(rich, screeningArbitrary(screener.ruleset));

  test('takes every generated valid screening and gives what zod gives', () => {
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), (screening) => {
      expect(agrees(screening)).toBe(true);
    }), { numRuns: RUNS });
  });

  test('agrees with zod on screenings with every optional part, valid or not', () => {
    let taken = 0;
    fc.assert(fc.property(rich, (screening) => { if (agrees(screening)) taken++; }), { numRuns: RUNS });
    expect(taken).toBeGreaterThan(0);
  });

  test('agrees with zod with one value replaced by a hostile or awkward one', () => {
    let refused = 0;
    fc.assert(fc.property(any, awkwardValue, fc.nat(), (screening, replacement, pick) => {
      if (!agrees(changeAt(screening, pick, () => replacement))) refused++;
    }), { numRuns: RUNS });
    expect(refused).toBeGreaterThan(0);
  });

  test('a value planted anywhere never reaches a raw issue: issues carry codes, paths and the bounds of the schema only', () => {
    const canary = 'CANARY-shape-9x';
    fc.assert(fc.property(any, fc.nat(), fc.constantFrom(canary, [canary], { value: canary }, { value: 'yes', evidence: canary }, { level: canary, rationale: canary }), (screening, pick, planted) => {
      const guarded = guardInput(changeAt(screening, pick, () => planted));
      if (!guarded.success) return;
      const { issues } = parseShape(SCREENING_SHAPE, guarded.data);
      const withoutPaths = issues.map(({ path: _path, ...rest }) => rest);
      expect(JSON.stringify(withoutPaths)).not.toContain(canary);
    }), { numRuns: RUNS });
  });

  test('agrees with zod with several values replaced, and with keys left out', () => {
    fc.assert(fc.property(any, fc.array(fc.tuple(awkwardValue, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 }), (screening, changes) => {
      let changed: unknown = screening;
      for (const [replacement, pick, leaveOut] of changes) changed = leaveOut ? leaveOutAt(changed, pick) : changeAt(changed, pick, () => replacement);
      agrees(changed);
    }), { numRuns: RUNS });
  });
});

describe('the screening schema read from its description, on single cases', () => {
  test.each([
    ['not an object', 'screening'],
    ['a list', []],
    ['nothing', undefined],
    ['no subject', { answers: {} }],
    ['an unknown key beside a wrong answer', { subject: {}, answers: { a: 'maybe' }, extra: true }],
    ['an answer object with an unknown key only', { subject: {}, answers: { a: { value: 'yes', note: 'x' } } }],
    ['a window list too long and with a bad id', { subject: {}, answers: { a: { value: 'yes', window: [...Array(21).keys()].map(() => 'Bad') } } }],
    ['an id given as a long list', { subject: {}, answers: {}, ruleset: { id: [...Array(90).keys()] } }],
    ['a ref given as an object with a length', { subject: {}, answers: {}, ref: { length: 500 } }],
    ['an age that is not whole and out of range', { subject: { ageYears: 40.5 }, answers: {} }],
    ['an age past the safe integers', { subject: { ageYears: 2 ** 60 }, answers: {} }],
    ['a key given as undefined', { subject: { ageYears: undefined, attributes: undefined }, answers: {}, context: undefined, judgement: undefined }],
    ['an earlier result with other members', { subject: {}, answers: {}, previous: { ruleset: { id: 'a', version: '1', fingerprint: 'sha256:x' }, level: { id: 'high', rank: 2, label: 'High' }, scores: [{ id: 's', value: 1.5 }], extra: [1] } }],
  ])('%s', (_name, input) => {
    expect(guardInput(input).success).toBe(true);
    expect(typeof agrees(input)).toBe('boolean');
  });
});
