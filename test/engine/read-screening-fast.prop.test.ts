import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCompiledRuleset } from '../../src/engine/compile/build-compiled-ruleset.js';
import type { CompiledRuleset } from '../../src/engine/compile/compiled-ruleset.js';
import { readScreening, readScreeningFully, readWholeScreening } from '../../src/engine/read/read-screening.js';
import { readScreeningFast } from '../../src/engine/read/read-screening-fast.js';
import { scoreScreening } from '../../src/engine/result/score-screening.js';
import type { Screener } from '../../src/index.js';
import { changeAt, disguise, disguised, hostileValue, placesOf, richScreeningArbitrary } from '../support/hostile-screening.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

const RUNS = Number(process.env['FAST_PATH_RUNS'] ?? 300);

/**
 * The one-walk reader's contract: when it takes a screening, the full path (guardInput, ScreeningSchema,
 * checkScreening, factsOf) takes it too and gives the same screening and facts, and screening either gives
 * the same bytes in every form; and readScreening, fast path or not, answers exactly as the full path does.
 */
function agrees(compiled: CompiledRuleset, input: unknown): boolean {
  const fast = readScreeningFast(input, compiled, true);
  const lean = readScreeningFast(input, compiled, false);
  const { answers: _answers, ...beside } = fast?.screening ?? { answers: undefined };
  // Left without its answers, the read gives the same facts and the rest of the screening.
  expect(lean).toStrictEqual(fast === undefined ? undefined : { screening: beside, facts: fast.facts });
  const full = readScreeningFully(input, compiled);
  // Whole or for scoring, a read answers as the full path does: the same issues, the same screening and facts.
  expect(readWholeScreening(input, compiled)).toStrictEqual(full.success ? { success: true, data: full.data.screening } : full);
  const scored = readScreening(input, compiled);
  if (scored.success && full.success) {
    expect(scored.data.facts).toStrictEqual(full.data.facts);
    expect({ ...scored.data.screening, answers: full.data.screening.answers }).toStrictEqual(full.data.screening);
  } else expect(scored).toStrictEqual(full);
  if (fast === undefined) return false;
  expect(full.success).toBe(true);
  if (!full.success) return true;
  expect(fast).toStrictEqual(full.data);
  expect(JSON.stringify(fast.screening)).toBe(JSON.stringify(full.data.screening));
  for (const options of [{}, { includeFreeText: true }, { detail: 'ids' as const }, { detail: 'decision' as const }]) {
    expect(JSON.stringify(scoreScreening(compiled, fast, options))).toBe(JSON.stringify(scoreScreening(compiled, full.data, options)));
  }
  return true;
}

describe.each(propertyScreeners())('the one-walk reader for %s', (_path: string, screener: Screener) => {
  const compiled = buildCompiledRuleset(screener.ruleset);
  const rich = richScreeningArbitrary(screener.ruleset, screener.stamp);

  test('takes every generated valid screening, and gives what the full path gives', () => {
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), (screening) => {
      expect(agrees(compiled, screening)).toBe(true);
    }), { numRuns: RUNS });
  });

  test('never takes what the full path refuses, on screenings with every optional part, valid or not', () => {
    let taken = 0;
    fc.assert(fc.property(rich, (screening) => { if (agrees(compiled, screening)) taken++; }), { numRuns: RUNS });
    expect(taken).toBeGreaterThan(0);
  });

  test('never takes what the full path refuses, with one value replaced by a hostile one', () => {
    fc.assert(fc.property(fc.oneof(rich, screeningArbitrary(screener.ruleset)), hostileValue, fc.nat(), (screening, replacement, pick) => {
      agrees(compiled, changeAt(screening, pick, () => replacement));
    }), { numRuns: RUNS });
  });

  test('never takes what the full path refuses, with one object or array handed over as a getter, proxy, prototype key or extra key', () => {
    fc.assert(fc.property(fc.oneof(rich, screeningArbitrary(screener.ruleset)), disguise, fc.nat(), (screening, how, pick) => {
      const objects = placesOf(screening).length;
      agrees(compiled, changeAt(screening, pick % objects, (old) => disguised(old, how)));
    }), { numRuns: RUNS });
  });

  test('gives what the full path gives on golden cases handed over whole in a disguise', () => {
    for (const file of ['001-no-concerns-complete.json', '007-one-high-risk-indicator.json']) {
      const { screening } = JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown };
      agrees(compiled, screening);
      for (const how of ['getter', 'proxy', 'throwing-proxy', 'null-prototype', 'class-instance'] as const) agrees(compiled, disguised(screening, how));
    }
  });
});

describe('the one-walk reader on the bundled ruleset', () => {
  const [, screener] = propertyScreeners().find(([path]) => path.startsWith('rules/')) ?? propertyScreeners()[0] as [string, Screener];
  const compiled = buildCompiledRuleset(screener.ruleset);

  test('takes every golden case, and gives what the full path gives', () => {
    const files = readdirSync('test/cases').filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { screening } = JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown };
      expect(agrees(compiled, screening), file).toBe(true);
    }
  });

  test('takes a screening whose previous is a whole earlier result (its other keys kept as they are), and gives what the full path gives', () => {
    const { screening } = JSON.parse(readFileSync('test/cases/007-one-high-risk-indicator.json', 'utf8')) as { screening: Record<string, unknown> };
    const previous = screener.screen(screening);
    for (const given of [previous, { ...previous, note: { kept: [1, 'two', null, { three: true }] } }]) {
      expect(agrees(compiled, { ...screening, previous: given })).toBe(true);
    }
  });

  test('measures text as zod does, in code points: a reference of 200 characters outside the basic plane is taken, one of 201 is not', () => {
    const wide = String.fromCodePoint(0x1f600);
    for (const [ref, taken] of [[wide.repeat(200), true], [wide.repeat(201), false], [`${wide.repeat(199)}\ud83d`, true], ['', false]] as const) {
      const screening = { ref, subject: {}, answers: {} };
      expect(agrees(compiled, screening)).toBe(taken);
    }
  });

  test('declines inputs with more values than guardInput allows, deeper than it allows, or holding undefined', () => {
    expect(readScreeningFast({ subject: {}, answers: {}, ref: undefined }, compiled, false)).toBeUndefined();
    expect(readScreeningFast({ subject: {}, answers: {}, context: { a: [[[[]]]] } }, compiled, false)).toBeUndefined();
    expect(readScreeningFast({ subject: {}, answers: {} }, compiled, false)).toBeDefined();
  });
});
