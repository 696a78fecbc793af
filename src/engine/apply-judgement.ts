import type { Issue } from '../schema/issue.js';
import type { Judgement } from '../schema/judgement.js';
import type { JudgementOutcome } from '../schema/result.js';
import type { CompiledRuleset } from './compiled-ruleset.js';

/** The final level after a judgement, what to report of the judgement, and any warning. */
export interface JudgedLevel {
  readonly finalRank: number;
  readonly outcome: JudgementOutcome | undefined;
  readonly warning: Issue | undefined;
}

/**
 * Applies a practitioner's judgement. It may raise the level freely and lower it down to the binding
 * floor (the highest floor or override that fired), never below: a judgement below the floor is kept
 * in the result, marked not applied, the level stays at the floor, and a warning says so.
 */
export function applyJudgement(
  compiled: CompiledRuleset, computedRank: number, bindingRank: number, judgement: Judgement | undefined, includeFreeText: boolean,
): JudgedLevel {
  if (judgement === undefined) return { finalRank: computedRank, outcome: undefined, warning: undefined };
  const judgedRank = compiled.index.levelRank.get(judgement.level) ?? computedRank;
  const applied = judgedRank >= bindingRank;
  const finalRank = applied ? judgedRank : bindingRank;
  const level = compiled.levels[judgedRank] ?? compiled.levels[0];
  const outcome: JudgementOutcome = {
    level: level as NonNullable<typeof level>,
    applied,
    direction: judgedRank > computedRank ? 'raised' : judgedRank < computedRank ? 'lowered' : 'same',
    ...(includeFreeText ? { rationale: judgement.rationale } : {}),
    ...(includeFreeText && judgement.by !== undefined ? { by: judgement.by } : {}),
  };
  const floor = compiled.levels[bindingRank];
  const warning: Issue | undefined = applied ? undefined : {
    code: 'judgement_below_floor', path: ['judgement', 'level'],
    message: `is below the floor set by the rules (${floor?.label ?? ''}); the level stays at the floor and the judgement is recorded as not applied`,
  };
  return { finalRank, outcome, warning };
}
