import type { CompiledRuleset } from './compiled-ruleset.js';
import type { ScoreValue } from './compute-scores.js';
import type { ScreeningFacts } from './screening-facts.js';

/** What conditions are evaluated against: the ruleset, the screening's facts, its scores and, once known, the final level. */
export interface EvaluationEnv {
  readonly compiled: CompiledRuleset;
  readonly facts: ScreeningFacts;
  readonly scores: readonly ScoreValue[];
  readonly finalRank: number | undefined;
  /** Truth values already worked out, by condition slot; NOT_EVALUATED where none is yet. */
  readonly memo: Uint8Array;
  /**
   * Counts already made, by selection (the shared positions list) and match key: how many selected
   * items definitely match (known) and how many might (open). Counts that select and match alike share one.
   */
  readonly tallies: Map<readonly number[], Map<string, { readonly known: number; readonly open: number }>>;
}

/** The memo's mark for a condition not evaluated yet (truth values are 0, 1 and 2). */
export const NOT_EVALUATED = 3;
