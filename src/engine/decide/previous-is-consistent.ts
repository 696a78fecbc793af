import type { Screening } from '../../schema/screening.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';

/** An earlier result from this very ruleset must name one of its levels by its own id and rank; from any other, it cannot be checked. */
export function previousIsConsistent(previous: NonNullable<Screening['previous']>, compiled: CompiledRuleset): boolean {
  if (previous.ruleset.fingerprint !== compiled.stamp.fingerprint) return true;
  const { level } = previous;
  // The ids and decision forms name the level by id alone: it must be one of this ruleset's levels.
  if (typeof level === 'string') return compiled.index.levelRank.has(level);
  return compiled.index.levelRank.get(level.id) === level.rank;
}
