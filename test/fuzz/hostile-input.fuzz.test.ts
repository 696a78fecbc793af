import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { CseError, ResultSchema, safeCompileRuleset, safeParseRuleset, type Screener } from '../../src/index.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

// Runs per property. With three rulesets the default adds up to 100,000 generated cases in each run
// of npm test (3 x (12,500 + 12,500 + 3,125 + 3,125) + 6,250). FUZZ_RUNS changes it.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 12_500);

/** Replaces the value at one random place in a JSON value with another value. */
function mutate(value: unknown, replacement: unknown, pick: number): unknown {
  const places: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    places.push(path);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
  };
  walk(value, []);
  const path = places[pick % places.length] ?? [];
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.parseFloat('1e309'), -1, 2 ** 53, '\u0000\u001f\u202e', '', '__proto__', 'constructor'),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'), fc.jsonValue()),
);

function neverThrowsAndConforms(screener: Screener, input: unknown): void {
  const outcome = screener.safeScreen(input);
  if (outcome.success) expect(z.safeParse(ResultSchema, outcome.data).success).toBe(true);
  else for (const issue of outcome.issues) expect(typeof issue.code).toBe('string');
}

describe.each(propertyScreeners())('hostile screenings for %s', (_path: string, screener: Screener) => {
  test('any JSON value at all gives a result or issues, never an exception', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => neverThrowsAndConforms(screener, input)), { numRuns: RUNS });
  });

  test('a valid screening with one value replaced by a hostile one gives a result or issues, never an exception', () => {
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), hostileValue, fc.nat(), (screening, replacement, pick) => {
      neverThrowsAndConforms(screener, mutate(screening, replacement, pick));
    }), { numRuns: RUNS });
  });

  test('every valid screening gives a result that conforms to the published result schema', () => {
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), (screening) => {
      expect(z.safeParse(ResultSchema, screener.screen(screening)).success).toBe(true);
    }), { numRuns: Math.ceil(RUNS / 4) });
  });

  test('hostile keys never reach Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), hostileValue, fc.nat(), (screening, replacement, pick) => {
      screener.safeScreen(JSON.parse(JSON.stringify(mutate(screening, replacement, pick))));
    }), { numRuns: Math.ceil(RUNS / 4) });
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('hostile rulesets', () => {
  const fixture: unknown = JSON.parse(readFileSync('test/fixtures/tiered.json', 'utf8'));

  test('a valid ruleset with one value replaced gives a screener or issues, never an exception', () => {
    fc.assert(fc.property(hostileValue, fc.nat(), (replacement, pick) => {
      const outcome = safeCompileRuleset(mutate(fixture, replacement, pick));
      if (!outcome.success) for (const issue of outcome.issues) expect(issue.path).toBeInstanceOf(Array);
    }), { numRuns: Math.ceil(RUNS / 2) });
  });

  test('a huge input (over 10 MB) is parsed or refused without an exception', () => {
    const huge = { subject: { ageYears: 14 }, answers: Object.fromEntries(Array.from({ length: 400_000 }, (_, i) => [`unknown-indicator-${i}`, 'yes'])) };
    expect(JSON.stringify(huge).length).toBeGreaterThan(10_000_000);
    const [, screener] = propertyScreeners()[0] as [string, Screener];
    const outcome = screener.safeScreen(huge);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues[0]?.code).toBe('unknown_indicator');
  });

  test('parseRuleset reports issues as a CseError, never another exception', () => {
    expect(() => safeParseRuleset(undefined)).not.toThrow();
    const outcome = safeCompileRuleset({ format: 'cse-screening/ruleset@1' });
    expect(outcome.success).toBe(false);
    expect(new CseError([{ code: 'usage', path: [], message: 'x' }]).name).toBe('CseError');
  });
});
