import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { StepContribution } from './select-pathway.js';
import type { SettledScreening } from './settle-screening.js';
import { TRUE } from '../evaluate/truth.js';

/**
 * What brings steps into a settled screening's pathway, in the order a result names them: recorded concern,
 * an unknown answer on a watched item, insufficient information, the final level, each rule that fired
 * (an escalation brings its level's steps too), and the route for a child outside the ruleset's ages.
 */
export function stepContributions(compiled: CompiledRuleset, settled: SettledScreening): StepContribution[] {
  const { standing, insufficient, judged, decision, inScope } = settled;
  const contributions: StepContribution[] = [];
  if (standing.concernRecorded) contributions.push({ positions: compiled.concernSteps, origin: { kind: 'concern', id: 'policy.concernSteps' } });
  if (standing.watchedUnknown) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'policy.unknownAnswers' } });
  if (insufficient) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'insufficientInformation' } });
  contributions.push({ positions: compiled.levelSteps[judged.finalRank] ?? [], origin: { kind: 'level', id: compiled.levels[judged.finalRank]?.id ?? '' } });
  const { rules } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined || decision.truths[r] !== TRUE) continue;
    if (rule.source.effect.kind === 'escalate') contributions.push({ positions: compiled.levelSteps[rule.rank] ?? [], origin: { kind: 'rule', id: rule.source.id } });
    contributions.push({ positions: rule.stepPositions, origin: { kind: 'rule', id: rule.source.id } });
  }
  if (!inScope) contributions.push({ positions: compiled.outOfScopeSteps, origin: { kind: 'scope', id: 'scope.outOfScope' } });
  return contributions;
}
