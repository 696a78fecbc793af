import type { CompiledRule } from '../compile/compiled-ruleset.js';

/**
 * Whether an undetermined rule could still change anything, and so is listed: a rule that adds steps always
 * could; a level rule only if it would raise the level, a floor or override only if it would raise the floor.
 */
export function couldMatter(rule: CompiledRule, computedRank: number, bindingRank: number): boolean {
  if (!rule.decidesLevel) return true;
  return rule.rank > computedRank || (rule.source.effect.kind !== 'level' && rule.rank > bindingRank);
}
