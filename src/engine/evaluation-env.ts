import type { CompiledRuleset } from './compiled-ruleset.js';
import type { ScoreValue } from './compute-scores.js';
import type { ScreeningFacts } from './screening-facts.js';

/** What conditions are evaluated against: the ruleset, the screening's facts, its scores and, once known, the final level. */
export interface EvaluationEnv {
  readonly compiled: CompiledRuleset;
  readonly facts: ScreeningFacts;
  readonly scores: readonly ScoreValue[];
  readonly finalRank: number | undefined;
}
