import type { PreviousResult } from '../../schema/previous-result.js';
import type { Trend } from '../../schema/result.js';

/** The parts of a result a trend compares: ruleset, level and scores. */
export type ComparableResult = Pick<PreviousResult, 'ruleset' | 'scores'> & { readonly level: { readonly id: string; readonly rank: number } };

/**
 * How a result compares with an earlier one: the level raised, lowered or unchanged (by rank), the
 * change of each score both share, and whether both came from the same ruleset content.
 */
export function compareResults(previous: ComparableResult, current: ComparableResult): Trend {
  const from = previous.level.rank;
  const to = current.level.rank;
  const earlier = new Map((previous.scores ?? []).map((score) => [score.id, score.value]));
  return {
    direction: to > from ? 'raised' : to < from ? 'lowered' : 'unchanged',
    from: { id: previous.level.id, rank: from },
    to: { id: current.level.id, rank: to },
    sameRuleset: previous.ruleset.fingerprint === current.ruleset.fingerprint,
    scores: (current.scores ?? []).flatMap((score) => {
      const before = earlier.get(score.id);
      return before === undefined ? [] : [{ id: score.id, from: before, to: score.value }];
    }),
  };
}
