import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';

// The findings of the review of ruleset 1.1.0, one or more screenings each, as the reviewing lead stated them:
// the lowest level expected, the steps that must and must not be in the result, and the words a step, a
// level or its sources must (or must not) carry. Each failed on 1.1.0 and passes on 1.2.0.
interface Finding {
  readonly name: string;
  readonly finding: string;
  readonly screening: unknown;
  readonly expectLevel: string;
  readonly mustInclude: readonly string[];
  readonly mustExclude: readonly string[];
  readonly stepTextMustContain?: Readonly<Record<string, readonly string[]>>;
  readonly stepTextMustNotContain?: Readonly<Record<string, readonly string[]>>;
  readonly stepSourcesMustInclude?: Readonly<Record<string, readonly string[]>>;
  readonly levelLabelMustNotContain?: readonly string[];
  readonly levelMeaningMustContain?: readonly string[];
}

const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const findings = JSON.parse(readFileSync('test/golden/review-1.1.0-findings.json', 'utf8')) as Finding[];
const { ruleset } = screener;
const stepText = (id: string): string => {
  const step = ruleset.steps.find((entry) => entry.id === id);
  return step === undefined ? '' : [step.title, step.description, ...step.legalBasis].join(' ');
};

describe('the review findings of ruleset 1.1.0, on the default ruleset', () => {
  test.each(findings.map((finding) => [finding.name, finding] as const))('%s', (_name, finding) => {
    const result = screener.screen(finding.screening);
    const steps = result.pathway.map((step) => step.id);
    expect(result.level.rank).toBeGreaterThanOrEqual(ruleset.levels.findIndex((level) => level.id === finding.expectLevel));
    expect(steps).toEqual(expect.arrayContaining([...finding.mustInclude]));
    for (const id of finding.mustExclude) expect(steps).not.toContain(id);
    for (const [id, words] of Object.entries(finding.stepTextMustContain ?? {})) for (const word of words) expect(stepText(id)).toContain(word);
    for (const [id, words] of Object.entries(finding.stepTextMustNotContain ?? {})) for (const word of words) expect(stepText(id)).not.toContain(word);
    for (const [id, sources] of Object.entries(finding.stepSourcesMustInclude ?? {})) {
      expect(ruleset.steps.find((step) => step.id === id)?.sources.map((source) => source.source)).toEqual(expect.arrayContaining([...sources]));
    }
    for (const word of finding.levelLabelMustNotContain ?? []) expect(result.level.label).not.toContain(word);
    const meaning = ruleset.levels.find((level) => level.id === result.level.id)?.meaning ?? '';
    for (const word of finding.levelMeaningMustContain ?? []) expect(meaning).toContain(word);
  });

  test('every finding of the review has at least one case', () => {
    const numbers = new Set(findings.map((finding) => Number.parseInt(finding.finding, 10)));
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
