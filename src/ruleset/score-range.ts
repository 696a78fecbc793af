import type { Indicator } from '../schema/indicator.js';
import type { Score, ScoreTerm } from '../schema/score.js';
import { assertNever } from '../assert-never.js';
import { selectIndicators } from './select-indicators.js';

/** The most a score term can add for one indicator: every window it allows, or the plain weight. */
export function maxTermWeight(term: Extract<ScoreTerm, { kind: 'answers' }>, indicator: Indicator): number {
  if (term.windowWeights === undefined || indicator.answer.kind !== 'presence' || indicator.answer.windows.length === 0) {
    return term.weight;
  }
  const weights = term.windowWeights;
  const windowed = indicator.answer.windows.reduce((sum, window) => sum + (Object.hasOwn(weights, window) ? weights[window] ?? 0 : term.weight), 0);
  return Math.max(term.weight, windowed);
}

/** The highest score an indicator's ordinal scale allows (0 for presence indicators). */
export function maxOrdinal(indicator: Indicator): number {
  return indicator.answer.kind === 'ordinal' ? Math.max(...indicator.answer.scores.map((entry) => entry.score)) : 0;
}

/** The highest value a score can reach: every term at its most. The lowest is always 0 (weights are not negative). */
export function maxScore(score: Score, indicators: readonly Indicator[]): number {
  let total = 0;
  for (const term of score.terms) {
    switch (term.kind) {
      case 'answers':
        for (const indicator of selectIndicators(indicators, term.where)) total += indicator.answer.kind === 'presence' ? maxTermWeight(term, indicator) : 0;
        break;
      case 'ordinal':
        for (const indicator of selectIndicators(indicators, term.where)) total += maxOrdinal(indicator);
        break;
      case 'attribute':
        total += term.weight;
        break;
      default:
        return assertNever(term);
    }
  }
  return total;
}
