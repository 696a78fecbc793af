import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { StepContribution } from './select-pathway.js';
import type { SettledScreening } from './settle-screening.js';
import { TRUE } from '../evaluate/truth.js';

/**
 * What brings steps into a settled screening's pathway, in the order a result names them: recorded concern,
 * an unknown answer on a watched item, insufficient information, an earlier higher level not ruled out, the
 * final level, each rule that fired (an escalation brings its level's steps too), each protection, the route
 * for a child outside the ruleset's ages, and last the steps that a step already in presupposes (its
 * `requires`, followed through), so that no judgement leaves a step without the steps it needs.
 */
export function stepContributions(compiled: CompiledRuleset, settled: SettledScreening): StepContribution[] {
  const { standing, insufficient, judged, decision, inScope } = settled;
  const contributions: StepContribution[] = [];
  if (standing.concernRecorded) contributions.push({ positions: compiled.concernSteps, origin: { kind: 'concern', id: 'policy.concernSteps' } });
  if (standing.watchedUnknown) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'policy.unknownAnswers' } });
  if (insufficient) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'insufficientInformation' } });
  if (settled.previousNotRuledOut) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'previous' } });
  contributions.push({ positions: compiled.levelSteps[judged.finalRank] ?? [], origin: { kind: 'level', id: compiled.levels[judged.finalRank]?.id ?? '' } });
  const { rules } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined || decision.truths[r] !== TRUE) continue;
    if (rule.source.effect.kind === 'escalate') contributions.push({ positions: compiled.levelSteps[rule.rank] ?? [], origin: { kind: 'rule', id: rule.source.id } });
    contributions.push({ positions: rule.stepPositions, origin: { kind: 'rule', id: rule.source.id } });
  }
  for (const protection of settled.protections) {
    if (protection.steps.length > 0) contributions.push({ positions: protection.steps, origin: { kind: 'protection', id: protection.id } });
  }
  for (const r of settled.firedAt15Only) {
    const rule = rules[r];
    if (rule === undefined) continue;
    const origin = { kind: 'protection', id: 'protection-older-child' } as const;
    if (rule.source.effect.kind === 'escalate') contributions.push({ positions: compiled.levelSteps[rule.rank] ?? [], origin });
    contributions.push({ positions: rule.stepPositions, origin });
  }
  if (!inScope) contributions.push({ positions: compiled.outOfScopeSteps, origin: { kind: 'scope', id: 'scope.outOfScope' } });
  addRequiredSteps(compiled, contributions);
  return contributions;
}

/** Adds, for every step brought in, the steps it presupposes, followed through (each step once, whatever the chain). */
function addRequiredSteps(compiled: CompiledRuleset, contributions: StepContribution[]): void {
  const { stepRequires, stepEntries } = compiled;
  const brought = compiled.blanks.noSteps.slice();
  const pending: number[] = [];
  for (const { positions } of contributions) {
    for (const position of positions) {
      if (brought[position] === true) continue;
      brought[position] = true;
      pending.push(position);
    }
  }
  while (pending.length > 0) {
    const position = pending.pop() ?? 0;
    const required = stepRequires[position] ?? [];
    if (required.length === 0) continue;
    contributions.push({ positions: required, origin: { kind: 'step', id: stepEntries[position]?.id ?? '' } });
    for (const next of required) {
      if (brought[next] === true) continue;
      brought[next] = true;
      pending.push(next);
    }
  }
}
