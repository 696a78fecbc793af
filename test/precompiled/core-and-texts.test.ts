import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compilePrecompiled, compilePrecompiledCore, safeCompilePrecompiled, safeCompilePrecompiledCore, type PrecompiledRuleset } from '../../src/precompiled/index.js';
import { splitPrecompiledRuleset } from '../../src/precompiled/split-precompiled-ruleset.js';
import { mergeRulesetTexts, splitRulesetTexts } from '../../src/precompiled/ruleset-texts.js';
import { generateScreenings } from '../../bench/screenings.js';
import { changeAt, disguise, disguised, hostileValue, placesOf } from '../support/hostile-screening.js';
import { loadFixture } from '../support/load-fixture.js';
import { compileRuleset, CseError } from '../../src/index.js';

// An app that screens in the browser ships the core (rules/<id>.core.json: what screening reads) and loads
// the texts (rules/<id>.texts.json: prose and citations) only when it shows a full result or explains one.
const whole = JSON.parse(readFileSync('rules/brighton-hove-cse.compiled.json', 'utf8')) as PrecompiledRuleset;
const core = JSON.parse(readFileSync('rules/brighton-hove-cse.core.json', 'utf8')) as Record<string, unknown>;
const texts = JSON.parse(readFileSync('rules/brighton-hove-cse.texts.json', 'utf8')) as Record<string, unknown>;
const full = compilePrecompiled(whole);
const cases = generateScreenings(full.ruleset, 300);

const codesOf = (outcome: { success: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }): string[] =>
  outcome.success ? ['built'] : (outcome.issues ?? []).map((issue) => `${issue.code} ${issue.path.join('.')}`);

describe('a precompiled core without its texts', () => {
  const quick = compilePrecompiledCore(core);

  test('screens to the same decision and ids results as the whole file, with the whole ruleset\'s stamp', () => {
    expect(quick.stamp).toEqual(full.stamp);
    for (const screening of cases) {
      expect(quick.screen(screening, { detail: 'decision' })).toEqual(full.screen(screening, { detail: 'decision' }));
      expect(quick.screen(screening, { detail: 'ids' })).toEqual(full.screen(screening, { detail: 'ids' }));
    }
  });

  test('refuses a full result (the default detail) with texts_not_loaded, rather than write one with blank texts', () => {
    const outcome = quick.safeScreen(cases[0]);
    expect(codesOf(outcome)).toEqual(['texts_not_loaded options.detail']);
    // As a caller in plain JavaScript could: the type takes only the decision or ids.
    expect(() => quick.screen(cases[0], { detail: 'full' } as never)).toThrow(CseError);
  });

  test('hands out no ruleset of blank texts: reading its ruleset throws texts_not_loaded', () => {
    // @ts-expect-error a core screener has no ruleset in its type; plain JavaScript reaching for it is refused.
    expect(() => quick.ruleset).toThrow(/texts_not_loaded/);
  });

  test('holds none of the prose: no label, question, guidance, description or citation', () => {
    const text = JSON.stringify(core);
    for (const indicator of full.ruleset.indicators.slice(0, 10)) expect(text).not.toContain(indicator.text);
    for (const step of full.ruleset.steps.slice(0, 10)) expect(text).not.toContain(step.description);
    expect(text).not.toContain('"sources":[{');
  });

  test('changed after it was built (a rule, a level or the stamp) is refused with its digest', () => {
    const changed = structuredClone(core) as { ruleset: { rules: { when: unknown }[] }; stamp: { version: string } };
    const [first] = changed.ruleset.rules;
    if (first === undefined) throw new Error('no rules');
    first.when = { kind: 'age', is: 'under', years: 1 };
    expect(codesOf(safeCompilePrecompiledCore(changed))).toEqual(['invalid_value coreDigest']);
    const restamped = structuredClone(core) as { stamp: { version: string } };
    restamped.stamp.version = '9.9.9';
    expect(codesOf(safeCompilePrecompiledCore(restamped))).toEqual(['invalid_value coreDigest']);
  });

  test('is refused by compilePrecompiled without its texts (texts_not_loaded), whose screener gives every result', () => {
    expect(codesOf(safeCompilePrecompiled(core))).toEqual(['texts_not_loaded texts']);
  });
});

describe('a precompiled core with its texts', () => {
  const complete = compilePrecompiled(core, texts);

  test('gives every result the whole file gives, full results included, and the whole ruleset', () => {
    expect(complete.ruleset).toEqual(full.ruleset);
    for (const screening of cases.slice(0, 50)) expect(complete.screen(screening)).toEqual(full.screen(screening));
  });

  test('texts of another ruleset or release are refused as ruleset_mismatch; changed texts by the fingerprint', () => {
    const otherStamp = { ...texts, stamp: { ...(texts['stamp'] as object), fingerprint: 'sha256:0' } };
    expect(codesOf(safeCompilePrecompiled(core, otherStamp))).toEqual(['ruleset_mismatch texts.stamp']);
    const changed = structuredClone(texts) as { texts: [unknown, unknown][] };
    const first = changed.texts[0];
    if (first === undefined) throw new Error('no texts');
    first[1] = 'a changed label';
    expect(codesOf(safeCompilePrecompiled(core, changed))).toEqual(['invalid_value texts.texts']);
    const misplaced = structuredClone(texts) as { texts: [unknown[], unknown][] };
    const entry = misplaced.texts[0];
    if (entry === undefined) throw new Error('no texts');
    entry[0] = ['levels', 0, 'id'];
    expect(codesOf(safeCompilePrecompiled(core, misplaced))).toEqual(['invalid_value texts.texts']);
    expect(codesOf(safeCompilePrecompiled(core, { format: 'x' }))).toEqual(['unsupported_format texts.format']);
  });

  test('whatever value stands in for any member of the core or the texts, the loader returns issues or a screener, never throws, and never quotes the files', () => {
    const CANARY = 'CANARY-core-texts-51c2';
    const corePlaces = placesOf(core).length;
    const textPlaces = placesOf(texts).length;
    fc.assert(fc.property(fc.nat(), fc.boolean(), fc.oneof(hostileValue, fc.constant(CANARY), fc.constant([['levels', 0, 'label'], CANARY])), disguise, (pick, inTexts, value, how) => {
      const hostile = (): unknown => (value !== null && typeof value === 'object' ? disguised(value, how) : value);
      const outcome = inTexts
        ? safeCompilePrecompiled(core, changeAt(texts, pick % textPlaces, hostile))
        : safeCompilePrecompiled(changeAt(core, pick % corePlaces, hostile), texts);
      if (!outcome.success) expect(JSON.stringify(outcome.issues)).not.toContain('CANARY');
      return true;
    }), { numRuns: 200 });
  });

  test('texts are refused beside a whole precompiled file, which holds its own', () => {
    expect(codesOf(safeCompilePrecompiled(whole, texts))).toEqual(['invalid_value texts']);
  });
});

describe('splitting a ruleset\'s texts', () => {
  test.each(['tiered', 'weighted'] as const)('and putting them back gives the ruleset, key for key (%s)', (name) => {
    const ruleset = compileRuleset(loadFixture(name)).ruleset;
    const split = splitRulesetTexts(ruleset);
    expect(mergeRulesetTexts(split.core, split.texts)).toEqual(ruleset);
    expect(JSON.stringify(mergeRulesetTexts(split.core, split.texts))).toBe(JSON.stringify(ruleset));
  });

  test('the committed core and texts are the split of the committed whole file', () => {
    const split = splitPrecompiledRuleset(whole);
    expect(split.core).toEqual(core);
    expect(split.texts).toEqual(texts);
  });
});
