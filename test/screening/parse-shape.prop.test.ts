import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { SCREENING_SHAPE } from '../../src/generated/screening-shape.js';
import { fromZod } from '../../src/issues/from-zod.js';
import { guardInput } from '../../src/issues/guard-input.js';
import type { RawIssue } from '../../src/issues/raw-issue.js';
import { ScreeningSchema } from '../../src/schema/screening.js';
import { parseShape } from '../../src/screening/parse-shape.js';
import { changeAt, hostileValue, placesOf, richScreeningArbitrary } from '../support/hostile-screening.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

const RUNS = Number(process.env['SHAPE_RUNS'] ?? 400);

/** Code and path of each raw issue, with those inside a union's options: what the wording reads besides the bounds. */
function outline(issues: readonly RawIssue[]): unknown[] {
  return issues.map((issue) => issue.code === 'invalid_union'
    ? { code: issue.code, path: issue.path, errors: issue.errors.map((option) => outline(option)) }
    : { code: issue.code, path: issue.path });
}

/**
 * The contract: on guardInput's plain copy of any input, parsing by the description written from the
 * screening schema gives what zod gives by the schema itself: the same output on success, and on failure
 * the same raw issues (codes and paths, down into union options) and the same issues once worded.
 */
function agreesWithZod(input: unknown): boolean {
  const guarded = guardInput(input);
  if (!guarded.success) return false;
  const plain = guarded.data;
  const ours = parseShape(SCREENING_SHAPE, plain);
  const zods = z.safeParse(ScreeningSchema, plain);
  if (zods.success) {
    expect(ours.issues).toEqual([]);
    expect(ours.value).toStrictEqual(zods.data);
    return true;
  }
  expect(outline(ours.issues)).toEqual(outline(zods.error.issues));
  expect(fromZod(ours.issues, plain)).toEqual(fromZod(zods.error.issues, plain));
  return false;
}

/** Values that probe how zod reads a value of the wrong kind: lengths of lists and of objects, bounds, whole numbers, code points. */
const awkwardValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.array(fc.constantFrom('a', 'high', 'last-3-months', 'x'), { maxLength: 250 }),
  fc.record({ length: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constant(null), fc.string(), fc.boolean()) }),
  fc.constantFrom(2 ** 60, -(2 ** 60), 0.5, -0.5, 100, 30, 0, 1e21, Number.MAX_SAFE_INTEGER + 2),
  fc.nat({ max: 260 }).map((n) => 'a'.repeat(n)),
  fc.nat({ max: 120 }).map((n) => '\u{1F600}'.repeat(n)),
  fc.nat({ max: 120 }).map((n) => `${'\u{1F600}'.repeat(n)}\uD800`),
  fc.constantFrom('2024-02-29', '2023-02-29', '2026-13-01', 'possible', 'evidence', 'per-0123456789abcdef', 'sha256:00'),
  fc.constantFrom({}, [], { value: 'yes', extra: 1 }, { value: 'yes', window: [] }, { value: 7.5 }, { kind: 'person' }, { id: 'x', rank: 1.5 }),
);

describe.each(propertyScreeners())('the screening schema read from its description, for %s', (_path, screener) => {
  const rich = richScreeningArbitrary(screener.ruleset, screener.stamp);
  const any = fc.oneof(rich, screeningArbitrary(screener.ruleset));

  test('takes every generated valid screening and gives what zod gives', () => {
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), (screening) => {
      expect(agreesWithZod(screening)).toBe(true);
    }), { numRuns: RUNS });
  });

  test('agrees with zod on screenings with every optional part, valid or not', () => {
    let taken = 0;
    fc.assert(fc.property(rich, (screening) => { if (agreesWithZod(screening)) taken++; }), { numRuns: RUNS });
    expect(taken).toBeGreaterThan(0);
  });

  test('agrees with zod with one value replaced by a hostile or awkward one', () => {
    let refused = 0;
    fc.assert(fc.property(any, awkwardValue, fc.nat(), (screening, replacement, pick) => {
      if (!agreesWithZod(changeAt(screening, pick, () => replacement))) refused++;
    }), { numRuns: RUNS });
    expect(refused).toBeGreaterThan(0);
  });

  test('agrees with zod with several values replaced, and with keys left out', () => {
    fc.assert(fc.property(any, fc.array(fc.tuple(awkwardValue, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 }), (screening, changes) => {
      let changed: unknown = screening;
      for (const [replacement, pick, leaveOut] of changes) changed = leaveOut ? leaveOutAt(changed, pick) : changeAt(changed, pick, () => replacement);
      agreesWithZod(changed);
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
    agreesWithZod(input);
    expect(guardInput(input).success).toBe(true);
  });
});

/** A copy of a JSON value with the member or item at one place (picked by `pick`) taken out. */
function leaveOutAt(value: unknown, pick: number): unknown {
  const places = placesOf(value).filter((path) => path.length > 0);
  const path = places[pick % Math.max(places.length, 1)];
  if (path === undefined) return value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(node)) node.splice(last as number, 1);
  else Reflect.deleteProperty(node, last);
  return copy;
}
