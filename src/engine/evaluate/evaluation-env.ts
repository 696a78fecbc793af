import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ScoreValue } from './compute-scores.js';
import type { CountPlan } from './count-plan.js';
import type { ScreeningFacts } from '../read/screening-facts.js';

/** What conditions are evaluated against: the ruleset, the screening's facts, its scores and, once known, the final level. */
export interface EvaluationEnv {
  readonly compiled: CompiledRuleset;
  readonly facts: ScreeningFacts;
  readonly scores: readonly ScoreValue[];
  readonly finalRank: number | undefined;
  /**
   * What is already worked out for this screening, one array so that a screening allocates it once; 0
   * wherever nothing is yet. By condition slot, its truth + 1; past the slots, two entries for each tally
   * (counts that select and match alike share one): how many selected items definitely match + 1, then
   * how many more might.
   */
  readonly memo: number[];
  /** How the ruleset's counts are made: where each keeps its tally in the memo, and how it reads each class of answer. */
  readonly counts: CountPlan;
  /** Each indicator's answer by class (answerClass), read once for all the counts over it (countAnswers). */
  readonly classes: readonly number[];
  /**
   * For explaining: by tally place (CountPlan.tallyAt), the positions a count's selection matches, worked out
   * once a screening for every rule that rests on that count. Filled only when reasons are asked for.
   */
  readonly matched: Map<number, readonly number[]>;
}

/** The memo's mark for a condition not evaluated yet, or a tally not counted yet. */
export const NOT_EVALUATED = 0;
