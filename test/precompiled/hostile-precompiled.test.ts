import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeCompileRuleset } from '../../src/index.js';
import { precompileRuleset } from '../../src/node/precompile-ruleset.js';
import { safeCompilePrecompiled, type PrecompiledRuleset } from '../../src/precompiled/index.js';
import { changeAt, disguise, disguised, hostileValue, placesOf } from '../support/hostile-screening.js';

const committed = JSON.parse(readFileSync('rules/brighton-hove-cse.compiled.json', 'utf8')) as PrecompiledRuleset;
const CANARY = 'CANARY-precompiled-7d1f';
const places = placesOf(committed).length;

/** The code and path of each issue, or 'built' when the file was taken. */
function outcomeOf(input: unknown): string[] | 'built' {
  const outcome = safeCompilePrecompiled(input as PrecompiledRuleset);
  return outcome.success ? 'built' : outcome.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
}

// A precompiled file is a build artifact, trusted as the build wrote it; one that is not what the build
// wrote (corrupt, cut short, from elsewhere) is refused with issues, never thrown on, and in bounded work.
describe('a precompiled file that is not what the build wrote', () => {
  test('nested past the input limit is refused as too deep, not by overflowing the stack', () => {
    let condition: unknown = { kind: 'age', is: 'under', years: 13 };
    for (let level = 0; level < 200_000; level++) condition = { kind: 'not', condition };
    const deep = structuredClone(committed) as { ruleset: { rules: { when: unknown }[] } };
    const [first] = deep.ruleset.rules;
    if (first === undefined) throw new Error('the default ruleset has no rules');
    first.when = condition;
    const outcome = outcomeOf(deep);
    expect(outcome).not.toBe('built');
    expect(outcome[0]).toMatch(/^too_deep ruleset\.rules\.0\.when(\.condition)+$/);
  });

  test('without a ruleset, with one of another type, or without a stamp, is refused at that member', () => {
    const { ruleset: _ruleset, ...noRuleset } = committed;
    expect(outcomeOf(noRuleset)).toEqual(['invalid_shape ruleset']);
    expect(outcomeOf({ ...committed, ruleset: 'x' })).toEqual(['invalid_shape ruleset']);
    expect(outcomeOf({ ...committed, ruleset: [] })).toEqual(['invalid_shape ruleset']);
    expect(outcomeOf({ ...committed, ruleset: { ...committed.ruleset, levels: undefined } })).toEqual(['invalid_shape ruleset']);
    const { stamp: _stamp, ...noStamp } = committed;
    expect(outcomeOf(noStamp)).toEqual(['invalid_value stamp.fingerprint']);
    expect(outcomeOf(null)).toEqual(['unsupported_format format']);
    expect(outcomeOf([committed])).toEqual(['unsupported_format format']);
  });

  test('handed over with a getter or proxy that throws is refused as unreadable, with its path', () => {
    const withThrowingRules = { ...committed, ruleset: disguised(committed.ruleset, 'throwing-getter') };
    expect(outcomeOf(withThrowingRules)).toEqual(['unreadable_input ruleset']);
    expect(outcomeOf(disguised(committed, 'throwing-proxy'))).toEqual(['unreadable_input ']);
  });

  test('whatever value stands in for any member, the loader returns issues or a screener, never throws, and never quotes the file', () => {
    fc.assert(fc.property(fc.nat(), fc.oneof(hostileValue, fc.constant(CANARY), fc.constant({ text: CANARY })), disguise, (pick, value, how) => {
      const changed = changeAt(committed, pick % places, () => (value !== null && typeof value === 'object' ? disguised(value, how) : value));
      const outcome = safeCompilePrecompiled(changed as PrecompiledRuleset);
      if (!outcome.success) expect(JSON.stringify(outcome.issues)).not.toContain('CANARY');
      return true;
    }), { numRuns: 300 });
  });

  test('what the precompiler writes, the loader takes, up to a ruleset nested to the input limit, which sits one level past it inside the file', () => {
    const source = readFileSync('rules/brighton-hove-cse.json', 'utf8');
    const nestedTo = (levels: number): Buffer => {
      const ruleset = JSON.parse(source) as { rules: { when: unknown }[] };
      let condition: unknown = { kind: 'age', is: 'under', years: 13 };
      for (let level = 0; level < levels; level++) condition = { kind: 'not', condition };
      const [first] = ruleset.rules;
      if (first === undefined) throw new Error('the default ruleset has no rules');
      first.when = condition;
      return Buffer.from(JSON.stringify(ruleset));
    };
    const refusedOnlyHere: number[] = [];
    for (let levels = 0; levels <= 64; levels++) {
      const bytes = nestedTo(levels);
      const built = precompileRuleset(bytes, 'rules/brighton-hove-cse.json');
      if (built.success) expect(safeCompilePrecompiled(built.data).success).toBe(true);
      else if (safeCompileRuleset(JSON.parse(bytes.toString('utf8'))).success) refusedOnlyHere.push(levels);
    }
    // The one depth the full load takes and the precompiled file could not hold is refused at build time.
    expect(refusedOnlyHere).toHaveLength(1);
  });
});
