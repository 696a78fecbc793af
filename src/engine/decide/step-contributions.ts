import type { StepOrigin } from '../../schema/result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { StepContribution } from './select-pathway.js';
import type { SettledScreening } from './settle-screening.js';
import { TRUE } from '../evaluate/truth.js';

/** Told of each origin that brings steps in, in order: the steps' positions, and what brings them in (its kind and id). */
export type StepsBrought = (positions: readonly number[], kind: StepOrigin['kind'], id: string) => void;

/**
 * What brings steps into a settled screening's pathway, in the order a result names them: recorded concern,
 * an unknown answer on a watched item, insufficient information, an earlier higher level not ruled out, the
 * final level, each rule that fired (an escalation brings its level's steps too), each protection, the route
 * for a child outside the ruleset's ages, and last the steps that a step already in presupposes (its
 * `requires`, followed through, each step once whatever the chain), so that no judgement leaves a step
 * without the steps it needs. Tells `told` of each, and returns by step position whether it is brought in:
 * the full result, the ids result and the decision all take their steps from this one walk.
 */
export function bringSteps(compiled: CompiledRuleset, settled: SettledScreening, told?: StepsBrought): boolean[] {
  const { standing, insufficient, judged, decision, inScope } = settled;
  const brought = compiled.blanks.noSteps.slice();
  const pending: number[] = [];
  const bring = (positions: readonly number[], kind: StepOrigin['kind'], id: string): void => {
    told?.(positions, kind, id);
    for (const position of positions) {
      if (brought[position] === true) continue;
      brought[position] = true;
      pending.push(position);
    }
  };
  if (standing.concernRecorded) bring(compiled.concernSteps, 'concern', 'policy.concernSteps');
  if (standing.watchedUnknown) bring(compiled.unknownSteps, 'unknown', 'policy.unknownAnswers');
  if (insufficient) bring(compiled.unknownSteps, 'unknown', 'insufficientInformation');
  if (settled.previousNotRuledOut) bring(compiled.unknownSteps, 'unknown', 'previous');
  bring(compiled.levelSteps[judged.finalRank] ?? [], 'level', compiled.levels[judged.finalRank]?.id ?? '');
  const { rules } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined || decision.truths[r] !== TRUE) continue;
    if (rule.source.effect.kind === 'escalate') bring(compiled.levelSteps[rule.rank] ?? [], 'rule', rule.source.id);
    bring(rule.stepPositions, 'rule', rule.source.id);
  }
  for (const protection of settled.protections) {
    if (protection.steps.length > 0) bring(protection.steps, 'protection', protection.id);
  }
  for (const r of settled.firedAt15Only) {
    const rule = rules[r];
    if (rule === undefined) continue;
    if (rule.source.effect.kind === 'escalate') bring(compiled.levelSteps[rule.rank] ?? [], 'protection', 'protection-older-child');
    bring(rule.stepPositions, 'protection', 'protection-older-child');
  }
  if (!inScope) bring(compiled.outOfScopeSteps, 'scope', 'scope.outOfScope');
  const { stepRequires, stepEntries } = compiled;
  while (pending.length > 0) {
    const position = pending.pop() ?? 0;
    const required = stepRequires[position] ?? [];
    if (required.length > 0) bring(required, 'step', stepEntries[position]?.id ?? '');
  }
  return brought;
}

/** Each origin of {@link bringSteps} with the steps it brings in, in the same order: what the full result's pathway says brought each step in. */
export function stepContributions(compiled: CompiledRuleset, settled: SettledScreening): StepContribution[] {
  const contributions: StepContribution[] = [];
  bringSteps(compiled, settled, (positions, kind, id) => { contributions.push({ positions, origin: { kind, id } }); });
  return contributions;
}
