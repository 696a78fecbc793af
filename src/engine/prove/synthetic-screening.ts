import { ageHolds } from '../../ruleset/age-holds.js';
import type { AnswerCode } from '../../schema/answer-code.js';
import type { Condition } from '../../schema/condition.js';
import type { Screening } from '../../schema/screening.js';
import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { NormalizedAnswer, ScreeningFacts } from '../read/screening-facts.js';

/** How an indicator is answered in a screening made up to test the ruleset: a code, or unanswered. */
export type SyntheticAnswer = AnswerCode | 'unanswered';

/**
 * Builds the engine's facts for a made-up screening: every indicator answered `base`, the ones in
 * `overrides` answered as given, at an age, with the attributes given (the rest unknown) and no context.
 * A "yes" or "possible" names every window its indicator has; an ordinal item's "yes" is its top score.
 */
export function syntheticFacts(
  compiled: CompiledRuleset, base: SyntheticAnswer, overrides: ReadonlyMap<number, SyntheticAnswer>, age: number | undefined, attributes: ReadonlyMap<string, boolean> = new Map(),
): ScreeningFacts {
  const answers = compiled.indicators.map((_indicator, position) => syntheticAnswer(compiled, position, overrides.get(position) ?? base));
  return { answers, age, attributes, context: new Map() };
}

/** The same facts wrapped as a checked screening, for the full engine. */
export function syntheticRead(facts: ScreeningFacts): ReadScreening {
  const attributes = Object.fromEntries(facts.attributes);
  const screening: Screening = { subject: { ...(facts.age === undefined ? {} : { ageYears: facts.age }), attributes }, answers: {}, context: {} };
  return { screening, facts };
}

/** How the made-up screening answers one indicator: nothing when unanswered, every window of a yes or possible, an ordinal item's top score for yes. */
export function syntheticAnswer(compiled: CompiledRuleset, position: number, answer: SyntheticAnswer): NormalizedAnswer | undefined {
  if (answer === 'unanswered') return undefined;
  const indicator = compiled.indicators[position];
  if (indicator?.answer.kind === 'ordinal') {
    const score = answer === 'unknown' ? undefined : answer === 'no' ? 0 : compiled.ordinalMax[position] ?? 0;
    return { value: score ?? 'unknown', code: score === undefined ? 'unknown' : undefined, score, windows: undefined, evidence: undefined };
  }
  const windows = (answer === 'yes' || answer === 'possible') && indicator?.answer.kind === 'presence' && indicator.answer.windows.length > 0
    ? indicator.answer.windows : undefined;
  return { value: answer, code: answer, score: undefined, windows, evidence: undefined };
}

/**
 * Ages from `from` to `to` (inclusive) that can be told apart by the ruleset's age conditions: one
 * age for each run of ages on which every age condition gives the same answer.
 */
export function distinctAges(compiled: CompiledRuleset, from: number, to: number): number[] {
  const conditions = ageConditions(compiled);
  const seen = new Set<string>();
  const ages: number[] = [];
  for (let age = from; age <= to; age++) {
    const signature = ageSignature(conditions, age);
    if (seen.has(signature)) continue;
    seen.add(signature);
    ages.push(age);
  }
  return ages;
}

/** Every age condition of the ruleset's rules, once each, with the rule it belongs to. */
export function ageConditions(compiled: CompiledRuleset): { readonly rule: number; readonly source: Extract<Condition, { kind: 'age' }> }[] {
  const found: { rule: number; source: Extract<Condition, { kind: 'age' }> }[] = [];
  const visit = (condition: CompiledCondition, rule: number): void => {
    switch (condition.kind) {
      case 'all': case 'any': case 'at-least': for (const inner of condition.of) visit(inner, rule); return;
      case 'not': visit(condition.condition, rule); return;
      case 'age': found.push({ rule, source: condition.source }); return;
      default: return;
    }
  };
  compiled.rules.forEach((rule, r) => visit(rule.when, r));
  return found;
}

/** Which age conditions hold at an age, as a string to compare ages by. */
export function ageSignature(conditions: ReturnType<typeof ageConditions>, age: number): string {
  return conditions.map((condition) => (ageHolds(condition.source, age) ? '1' : '0')).join('');
}
