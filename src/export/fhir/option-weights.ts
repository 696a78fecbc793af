import { buildCompiledRuleset } from '../../engine/compile/build-compiled-ruleset.js';
import { computeScores } from '../../engine/evaluate/compute-scores.js';
import type { NormalizedAnswer } from '../../engine/read/screening-facts.js';
import { CseError } from '../../issues/cse-error.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { answerChoices } from './answer-choices.js';

/**
 * The weight of each option of each indicator under one score, keyed by indicator id then option
 * code: what the engine itself adds to that score for that answer given alone, with no time window.
 * Only indicators that some option moves are listed; "unknown" is listed only where it adds weight.
 * The score is `scoreId`, or the ruleset's first score; a ruleset with no scores has no weights.
 */
export function optionWeights(ruleset: Ruleset, scoreId: string | undefined): Map<string, Map<string, number>> {
  const weights = new Map<string, Map<string, number>>();
  const position = scoreId === undefined ? 0 : ruleset.scores.findIndex((score) => score.id === scoreId);
  if (position < 0) {
    throw new CseError([{ code: 'unknown_reference', path: ['options', 'weightScore'], message: 'is not a score of this ruleset' }]);
  }
  if (ruleset.scores.length === 0) return weights;
  const compiled = buildCompiledRuleset(ruleset);
  const none: (NormalizedAnswer | undefined)[] = compiled.indicators.map(() => undefined);
  compiled.indicators.forEach((indicator, at) => {
    const byCode = new Map<string, number>();
    for (const choice of answerChoices(indicator)) {
      const answers = [...none];
      answers[at] = {
        value: choice.value,
        code: typeof choice.value === 'string' ? choice.value : undefined,
        score: typeof choice.value === 'number' ? choice.value : undefined,
        windows: undefined,
        evidence: undefined,
      };
      const value = computeScores(compiled, { answers, age: undefined, attributes: new Map(), context: new Map() })[position]?.value ?? 0;
      if (choice.value !== 'unknown' || value !== 0) byCode.set(choice.code, value);
    }
    if ([...byCode.values()].some((weight) => weight !== 0)) weights.set(indicator.id, byCode);
  });
  return weights;
}
