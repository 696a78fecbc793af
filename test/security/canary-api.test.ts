import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as api from '../../src/index.js';

// Every public function, fed a canary in every free-text field of a screening (and in values that
// make it invalid), must keep the canary out of every error, issue, warning and result, unless
// free text is asked for. A caller's `ref` is its own reference and is echoed on purpose, so the
// canary goes nowhere near it.
const CANARY = 'CANARY-3c9e-free-text';
const rulesetJson: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));
const screener = api.compileRuleset(rulesetJson);
const { ruleset } = screener;

const validScreening = {
  ref: 'case-1',
  assessedOn: '2026-11-28',
  subject: { ageYears: 14, attributes: { learningDisability: false } },
  answers: {
    'missing-overnight-or-repeated': { value: 'yes', window: 'last-3-months', evidence: CANARY, basis: 'evidence' },
    'older-partner': { value: 'possible', evidence: `${CANARY} (a name)` },
  },
  context: { openToChildrensSocialCare: false },
  judgement: { level: 'high', rationale: CANARY, by: CANARY },
};
const invalidScreenings: unknown[] = [
  { ...validScreening, answers: { 'missing-overnight-or-repeated': CANARY } },
  { ...validScreening, subject: { ageYears: CANARY } },
  { ...validScreening, assessedOn: CANARY },
  { ...validScreening, judgement: { level: CANARY, rationale: CANARY } },
  { ...validScreening, judgement: { level: 'high', rationale: ' ' }, notes: CANARY },
  { ...validScreening, context: { openToChildrensSocialCare: CANARY } },
  { ...validScreening, previous: { ruleset: CANARY, level: CANARY } },
  CANARY,
];
const invalidRuleset = { ...(rulesetJson as Record<string, unknown>), meta: CANARY, steps: [CANARY] };

/** Everything a call left behind: its value as JSON, or the message and issues of what it threw. */
function trace(call: () => unknown): string {
  try {
    return JSON.stringify(call()) ?? '';
  } catch (error) {
    return error instanceof api.CseError ? `${error.message}\n${JSON.stringify(error.issues)}` : `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const response = {
  resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: CANARY,
  item: [{ linkId: 'missing-overnight-or-repeated', answer: [{ valueString: CANARY }] }, { linkId: CANARY, text: CANARY }],
};

const calls: [string, () => unknown][] = [
  ['screener.screen (valid)', () => screener.screen(validScreening)],
  ['screener.safeScreen (valid)', () => screener.safeScreen(validScreening)],
  ['screener.safeParseScreening (valid)', () => screener.safeParseScreening(validScreening).success],
  ['explainResult', () => api.explainResult(screener.screen(validScreening), ruleset)],
  ['compareResults', () => api.compareResults({ ...screener.screen(validScreening), note: CANARY } as never, screener.screen(validScreening))],
  ...invalidScreenings.flatMap((input, i): [string, () => unknown][] => [
    [`screener.screen (invalid ${i})`, () => screener.screen(input)],
    [`screener.safeScreen (invalid ${i})`, () => screener.safeScreen(input)],
    [`screener.safeParseScreening (invalid ${i})`, () => screener.safeParseScreening(input)],
    [`parseScreening (invalid ${i})`, () => api.parseScreening(input)],
    [`safeParseScreening (invalid ${i})`, () => api.safeParseScreening(input)],
  ]),
  ['compileRuleset (invalid)', () => api.compileRuleset(invalidRuleset)],
  ['safeCompileRuleset (invalid)', () => api.safeCompileRuleset(invalidRuleset)],
  ['parseRuleset (invalid)', () => api.parseRuleset(invalidRuleset)],
  ['safeParseRuleset (invalid)', () => api.safeParseRuleset(invalidRuleset)],
  ['formatIssue', () => api.formatIssue({ code: 'invalid_value', path: ['answers', 'x'], message: 'is not valid here' })],
  ['toRulebookMarkdown (with a worked case)', () => api.toRulebookMarkdown(ruleset, { cases: [{ name: 'c', rationale: 'r', screening: validScreening as never, result: screener.screen(validScreening) }] })],
  ['toRulebookHtml (with a worked case)', () => api.toRulebookHtml(ruleset, { cases: [{ name: 'c', rationale: 'r', screening: validScreening as never, result: screener.screen(validScreening) }] })],
  ['impactOfChange (valid and invalid cases)', () => api.impactOfChange(screener, screener, [{ name: 'a', screening: validScreening }, ...invalidScreenings.map((screening, i) => ({ name: `b${i}`, screening }))])],
  ['fromQuestionnaireResponse (hostile response)', () => api.fromQuestionnaireResponse(response, ruleset)],
  ['fromQuestionnaireResponse (not a response)', () => api.fromQuestionnaireResponse(CANARY, ruleset)],
];

describe('no public function lets free text from a screening out', () => {
  test.each(calls)('%s', (_name, call) => {
    expect(trace(call)).not.toContain(CANARY);
  });

  test('with includeFreeText, evidence and the rationale do reach the result, and only there', () => {
    const result = screener.screen(validScreening, { includeFreeText: true });
    expect(JSON.stringify(result.evidence)).toContain(CANARY);
    expect(result.judgement?.rationale).toBe(CANARY);
    expect(JSON.stringify(result.warnings)).not.toContain(CANARY);
  });
});
