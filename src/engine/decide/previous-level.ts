import type { Screening } from '../../schema/screening.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';

/**
 * An earlier result's level with its rank: as the result gives it (full form), or, for the ids and decision
 * forms that give the id alone, with the rank this ruleset gives that id when the earlier result came from
 * this very ruleset (same fingerprint). Undefined when the rank cannot be known.
 */
export function previousLevel(previous: NonNullable<Screening['previous']>, compiled: CompiledRuleset): { readonly id: string; readonly rank: number } | undefined {
  const { level } = previous;
  if (typeof level !== 'string') return { id: level.id, rank: level.rank };
  if (previous.ruleset.fingerprint !== compiled.stamp.fingerprint) return undefined;
  const rank = compiled.index.levelRank.get(level);
  return rank === undefined ? undefined : { id: level, rank };
}
