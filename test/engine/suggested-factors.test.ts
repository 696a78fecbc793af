import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, explainResult } from '../../src/index.js';
import { fixtureScreener } from '../support/fixture-screener.js';
import { PROTECTION_IDS } from '../../src/engine/protect/protection-ids.js';
import { RESERVED_RULE_PREFIX } from '../../src/ruleset/reserved-rule-prefix.js';

const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));

describe('census factors a result suggests', () => {
  test('a 16 year old directed by a gang suggests child criminal exploitation and gangs, each with what suggests it', () => {
    const result = screener.screen({ subject: { ageYears: 16 }, answers: { 'criminal-exploitation-or-gangs': 'yes' } });
    const codes = (result.suggestedFactors ?? []).map((factor) => factor.code);
    expect(codes).toEqual(expect.arrayContaining(['24A', '13A']));
    expect(result.suggestedFactors?.find((factor) => factor.code === '24A')?.suggestedBy).toContain('criminal-exploitation');
    expect(explainResult(result, screener.ruleset)).toContain('never recorded as findings');
  });

  test('a "no" or an unanswered item suggests nothing, and the ids and decision forms carry the same codes', () => {
    expect(screener.screen({ subject: { ageYears: 14 }, answers: { 'missing-overnight-or-repeated': 'no' } }).suggestedFactors).toEqual([]);
    const screening = { subject: { ageYears: 14 }, answers: { 'missing-overnight-or-repeated': 'possible', 'older-partner': 'yes' } };
    const full = screener.screen(screening).suggestedFactors?.map((factor) => factor.code);
    expect(full).toEqual(expect.arrayContaining(['10A', '11A']));
    expect(screener.screen(screening, { detail: 'ids' }).suggestedFactors).toEqual(full);
    expect(screener.screen(screening, { detail: 'decision' }).suggestedFactors).toEqual(full);
  });

  test('a ruleset that declares no census factors gives results without them', () => {
    expect(fixtureScreener('tiered').screen({ subject: { ageYears: 14 }, answers: { missing: 'yes' } }).suggestedFactors).toBeUndefined();
  });
});

describe('the ids the engine reserves for its protections', () => {
  test('every protection id starts with the prefix a ruleset rule may not use', () => {
    for (const id of PROTECTION_IDS) expect(id.startsWith(RESERVED_RULE_PREFIX)).toBe(true);
  });
});
