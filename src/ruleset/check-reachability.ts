import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';

/** Every level above the first must be reachable by a rule or a band, and every step must be brought in by something. */
export function checkReachability(ruleset: Ruleset): Issue[] {
  const issues: Issue[] = [];
  const reachedLevels = new Set<string>();
  for (const rule of ruleset.rules) {
    if (rule.effect.kind === 'level' || rule.effect.kind === 'floor' || rule.effect.kind === 'override') reachedLevels.add(rule.effect.level);
  }
  for (const score of ruleset.scores) for (const band of score.bands) reachedLevels.add(band.level);
  ruleset.levels.forEach((level, rank) => {
    if (rank > 0 && !reachedLevels.has(level.id)) {
      issues.push({ code: 'unreachable_level', path: ['levels', rank], message: 'is not the level of any rule or band, so no screening can reach it' });
    }
  });

  const reachedSteps = new Set<string>([...ruleset.policy.concernSteps, ...(ruleset.policy.unknownAnswers?.steps ?? []), ...ruleset.scope.outOfScope.steps, ...(ruleset.links?.sharedReferenceSteps ?? [])]);
  for (const level of ruleset.levels) for (const id of level.steps) reachedSteps.add(id);
  for (const rule of ruleset.rules) for (const id of rule.steps) reachedSteps.add(id);
  ruleset.steps.forEach((step, s) => {
    if (!reachedSteps.has(step.id)) {
      issues.push({ code: 'step_never_reached', path: ['steps', s], message: 'is not brought in by any level, rule, concern, unknown-answer policy or scope route' });
    }
  });
  return issues;
}
