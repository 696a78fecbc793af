/**
 * The bench's data: the golden cases, a deterministic generated set (fast-check, fixed seed) and a small
 * set of variants that exercise what the generator leaves out (ref, judgement, previous result, date of birth).
 * Every screening is passed through JSON, so that it has exactly the form a caller would parse from a file.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import type { Ruleset, RulesetStamp } from '../src/index.js';
import { screeningArbitrary } from '../test/support/screening-arbitrary.js';

/** The seed of the generated set: the same seed gives the same screenings on every machine. */
export const SEED = 20261128;

/** The screenings of test/cases, by file name. */
export function loadGoldenCases(): { readonly file: string; readonly screening: unknown }[] {
  return readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort().map((file) => ({
    file,
    screening: (JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown }).screening,
  }));
}

/** `count` valid screenings for the ruleset, always the same ones for the same count. */
export function generateScreenings(ruleset: Ruleset, count: number): unknown[] {
  return fc.sample(screeningArbitrary(ruleset), { seed: SEED, numRuns: count }).map((screening) => JSON.parse(JSON.stringify(screening)) as unknown);
}

/**
 * Variants of generated screenings with a ref, a judgement at each level (some below a floor), an
 * earlier result from this or another ruleset, and a date of birth in place of the age.
 */
export function variantScreenings(ruleset: Ruleset, stamp: RulesetStamp, base: readonly unknown[]): unknown[] {
  return base.map((input, i) => {
    const screening = structuredClone(input) as { ref?: string; subject: Record<string, unknown>; judgement?: unknown; previous?: unknown };
    screening.ref = `bench-${i}`;
    const level = ruleset.levels[i % ruleset.levels.length];
    if (i % 2 === 0 && level !== undefined) screening.judgement = { level: level.id, rationale: 'bench', ...(i % 4 === 0 ? { by: 'bench' } : {}) };
    if (i % 3 === 0) {
      screening.previous = { ruleset: i % 2 === 0 ? stamp : { ...stamp, id: 'other-ruleset' }, level: { id: 'low', rank: 1 }, scores: [] };
    }
    if (i % 5 === 0) {
      delete screening.subject.ageYears;
      screening.subject.dateOfBirth = i % 10 === 0 ? '2013-11-29' : '2013-11-28';
    }
    return screening;
  });
}

/** The same screenings made complete: every item answered (unanswered and "unknown" become "no"), an age, and every attribute and fact given. */
export function completeScreenings(ruleset: Ruleset, base: readonly unknown[]): unknown[] {
  return base.map((input, i) => {
    const screening = structuredClone(input) as { subject: { ageYears?: number; attributes: Record<string, boolean> }; answers: Record<string, unknown>; context: Record<string, boolean> };
    for (const indicator of ruleset.indicators) {
      const answer = screening.answers[indicator.id];
      const value = typeof answer === 'object' && answer !== null ? (answer as { value: unknown }).value : answer;
      if (value === undefined || value === 'unknown') screening.answers[indicator.id] = 'no';
    }
    screening.subject.ageYears ??= 8 + (i % 12);
    for (const fact of ruleset.attributes) screening.subject.attributes[fact.id] ??= i % 2 === 0;
    for (const fact of ruleset.contextFacts) screening.context[fact.id] ??= i % 3 === 0;
    return screening;
  });
}
