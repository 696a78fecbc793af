import { readFileSync } from 'node:fs';
import type { Ruleset, ScreeningInput, Screener } from '../../../src/index.js';

/**
 * The golden cases entered by hand in the browser tests: a dozen that between them hold every kind of
 * input a practitioner gives (every item answered no, yes, possible and not known, attributes, case facts,
 * time windows, basis and evidence, a date of birth, and judgements that raise, lower with and without
 * agreement, and stop at a floor).
 */
export const PICKED_CASES = [
  '001-no-concerns-complete.json',
  '007-one-high-risk-indicator.json',
  '015-learning-disability-attribute.json',
  '021-unknown-answers-do-not-lower.json',
  '029-immediate-danger.json',
  '036-judgement-raises.json',
  '037-judgement-lowers.json',
  '038-judgement-below-floor.json',
  '049-sexual-assault-recent.json',
  '051-missing-short-episode.json',
  '057-date-of-birth-day-before-13th.json',
  '058-date-of-birth-13th-birthday.json',
  '070-sexual-assault-judged-medium-with-agreement.json',
] as const;

/** A golden case's screening, as test/cases holds it. */
export function goldenScreening(file: string): ScreeningInput {
  return (JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: ScreeningInput }).screening;
}

/** One answer of a screening, written out: its value and details (time windows always a list). */
export interface WrittenAnswer {
  readonly value: string | number;
  readonly window: readonly string[];
  readonly basis: string | undefined;
  readonly evidence: string | undefined;
}

/** The answers of a screening, in the ruleset's order, each written out. */
export function writtenAnswers(ruleset: Ruleset, screening: ScreeningInput): [string, WrittenAnswer][] {
  const answers = (screening.answers ?? {}) as Record<string, unknown>;
  return ruleset.indicators.filter((indicator) => answers[indicator.id] !== undefined).map((indicator) => {
    const answer = answers[indicator.id];
    if (typeof answer !== 'object' || answer === null) return [indicator.id, { value: answer as string, window: [], basis: undefined, evidence: undefined }];
    const detail = answer as { value: string | number; window?: string | string[]; basis?: string; evidence?: string };
    const window = detail.window === undefined ? [] : typeof detail.window === 'string' ? [detail.window] : detail.window;
    return [indicator.id, { value: detail.value, window, basis: detail.basis, evidence: detail.evidence }];
  });
}

/** What the browser tests compare: the level, the computed level, the fired rules, the steps, the judgement's fate and the warnings. */
export function outcome(screener: Screener, screening: unknown): Record<string, unknown> {
  const result = screener.screen(screening);
  const judgement = result.judgement as { applied?: unknown; notAppliedBecause?: unknown } | undefined;
  return {
    level: result.level.id,
    computedLevel: result.computedLevel.id,
    firedRules: result.firedRules.map((rule) => rule.id),
    steps: result.pathway.map((step) => step.id),
    judgement: judgement === undefined ? undefined : { applied: judgement.applied, notAppliedBecause: judgement.notAppliedBecause },
    warnings: result.warnings.map((warning) => warning.code),
    unanswered: result.unanswered.length,
  };
}

/** The day/month/year digits of an ISO date, as a UK user types them. */
export function ukDigits(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day ?? ''}${month ?? ''}${year ?? ''}`;
}
