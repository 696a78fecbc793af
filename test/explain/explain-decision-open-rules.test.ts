import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, explainResult } from '../../src/index.js';

// A decision keeps which rules could still apply, not what each waits on: the explanation says so.
const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const screening = { subject: { ageYears: 14 }, answers: { 'older-partner': 'yes' } };

describe('the rules that could still apply, explained from each form of result', () => {
  test('from a decision, each open rule says it waits on what is not recorded, never "needs" with nothing after it', () => {
    const text = explainResult(screener.screen(screening, { detail: 'decision' }), screener.ruleset);
    expect(text).toContain('Could still apply (waiting on answers or facts, never read as no):');
    expect(text).not.toMatch(/needs\s*$/mu);
    expect(text).toMatch(/: waits on answers or facts not recorded \(this form of result does not list which\)$/mu);
  });

  test('from the full and ids results, each open rule names the paths it needs', () => {
    for (const detail of ['full', 'ids'] as const) {
      const text = explainResult(screener.screen(screening, { detail }), screener.ruleset);
      expect(text).toMatch(/: needs answers\.[a-z-]+/u);
      expect(text).not.toContain('this form of result does not list which');
    }
  });
});
