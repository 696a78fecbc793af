import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import { ageHolds } from './age-holds.js';
import { walkCondition } from './walk-condition.js';

const OLDER_CHILD_AGES = [16, 17] as const;
const COMPARISON_AGE = 15;

/**
 * The protections no ruleset may configure away:
 * - 16 and 17 year olds are children: the scope must include them, and no rule that sets a level or
 *   escalates may treat them as lower risk than a 15 year old with the same answers;
 * - under-13s: at least one floor or override must apply to a child under 13.
 */
export function checkChildProtections(ruleset: Ruleset): Issue[] {
  const issues: Issue[] = [];
  const { from, below } = ruleset.scope.ages;
  if (from > OLDER_CHILD_AGES[0] || below <= OLDER_CHILD_AGES[1]) {
    issues.push({ code: 'scope_excludes_children', path: ['scope', 'ages'], message: 'must include ages 16 and 17: they are children and are screened like any child' });
  }
  let hasUnder13Floor = false;
  ruleset.rules.forEach((rule, r) => {
    const { effect } = rule;
    const kind = effect.kind;
    if (effect.kind === 'actions') return;
    // A floor or override above the lowest level, with an age condition that holds at 12: the
    // protection must be stated for under-13s explicitly, not left to rules written for everyone.
    const isFloor = (kind === 'floor' || kind === 'override') && ruleset.levels.findIndex((level) => level.id === effect.level) > 0;
    walkCondition(rule.when, ['rules', r, 'when'], (condition, where) => {
      if (condition.kind !== 'age') return;
      const holds = (age: number): boolean => ageHolds(condition, age) !== where.negated;
      if (holds(COMPARISON_AGE) && OLDER_CHILD_AGES.some((age) => !holds(age))) {
        issues.push({
          code: 'age_rule_lowers_older_children', path: [...where.path],
          message: 'would let this rule fire for a 15 year old but not for a 16 or 17 year old with the same answers',
        });
      }
      if (isFloor && holds(12)) hasUnder13Floor = true;
    });
  });
  if (!hasUnder13Floor) {
    issues.push({ code: 'missing_under_13_floor', path: ['rules'], message: 'must include a floor or override for a child under 13: sexual activity under 13 is never consensual in law' });
  }
  return issues;
}
