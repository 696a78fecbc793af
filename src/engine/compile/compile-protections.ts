import type { Condition } from '../../schema/condition.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { walkCondition } from '../../ruleset/walk-condition.js';
import type { CompiledProtections } from './compiled-ruleset.js';

/** The tag that marks sexual activity when a ruleset declares no other. */
const SEXUAL_ACTIVITY_TAG = 'sexual-activity';

/**
 * Resolves the protections the engine applies to every screening from what the ruleset declares: its floor
 * levels (policy.protections, with defaults where it declares none), its indicator kinds and tags. Nothing
 * here reads a rule's condition but to know whether any rule reads the child's age.
 */
export function compileProtections(ruleset: Ruleset, positions: ReadonlyMap<string, number>, stepPositions: (ids: readonly string[]) => number[]): CompiledProtections {
  const rankOf = (id: string | undefined): number | undefined => (id === undefined ? undefined : ruleset.levels.findIndex((level) => level.id === id));
  const top = ruleset.levels.length - 1;
  const concernRank = Math.min(1, top);
  const declared = ruleset.policy.protections;
  const sexual = declared.under13SexualActivity;
  const tags = new Set(sexual?.tags ?? [SEXUAL_ACTIVITY_TAG]);
  const concern = ruleset.indicators.map((indicator) => indicator.kind !== 'vulnerability');
  const disability = declared.learningDisabilityFloor;
  return {
    concern,
    concernRank,
    under13Rank: Math.max(concernRank, rankOf(declared.under13Floor) ?? concernRank),
    sexualActivity: ruleset.indicators.map((indicator, position) => concern[position] === true && indicator.tags.some((tag) => tags.has(tag))),
    sexualActivityRank: Math.max(concernRank, rankOf(sexual?.level) ?? top),
    sexualActivitySteps: stepPositions(sexual?.steps ?? []),
    learningDisability: disability === undefined ? undefined : {
      attribute: disability.attribute,
      position: disability.indicator === undefined ? undefined : positions.get(disability.indicator),
      rank: Math.max(concernRank, rankOf(disability.level) ?? concernRank),
    },
    readsAge: ruleset.rules.some((rule) => readsAge(rule.when)),
  };
}

function readsAge(condition: Condition): boolean {
  let found = false;
  walkCondition(condition, [], (inner) => { if (inner.kind === 'age') found = true; });
  return found;
}
