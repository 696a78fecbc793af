import type { Condition } from '../schema/condition.js';

/** Where a condition sits: its path in the ruleset, and whether an odd number of `not`s lies above it. */
export interface ConditionVisit {
  readonly path: readonly (string | number)[];
  readonly negated: boolean;
}

/** Calls `visit` on a condition and every condition inside it, depth first, in declaration order. */
export function walkCondition(
  condition: Condition,
  path: readonly (string | number)[],
  visit: (condition: Condition, where: ConditionVisit) => void,
  negated = false,
): void {
  visit(condition, { path, negated });
  switch (condition.kind) {
    case 'all': case 'any': case 'at-least':
      condition.of.forEach((inner, index) => walkCondition(inner, [...path, 'of', index], visit, negated));
      return;
    case 'not':
      walkCondition(condition.condition, [...path, 'condition'], visit, !negated);
      return;
    default:
      return;
  }
}
