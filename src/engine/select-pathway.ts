import type { PathwayEntry, StepOrigin } from '../schema/result.js';
import type { CompiledRuleset } from './compiled-ruleset.js';

/** Steps brought in by one origin: a level, a rule, the concern policy or the scope route. */
export interface StepContribution {
  readonly positions: readonly number[];
  readonly origin: StepOrigin;
}

/** Merges the steps each origin brings in, lists them in the ruleset's order of steps, and says what brought each in. */
export function selectPathway(compiled: CompiledRuleset, contributions: readonly StepContribution[]): PathwayEntry[] {
  const origins = new Map<number, StepOrigin[]>();
  for (const { positions, origin } of contributions) {
    for (const position of positions) {
      const known = origins.get(position);
      if (known === undefined) origins.set(position, [origin]);
      else if (!known.some((entry) => entry.kind === origin.kind && entry.id === origin.id)) known.push(origin);
    }
  }
  return [...origins.keys()].sort((a, b) => a - b).flatMap((position) => {
    const entry = compiled.stepEntries[position];
    const broughtInBy = origins.get(position);
    return entry === undefined || broughtInBy === undefined ? [] : [{ ...entry, broughtInBy }];
  });
}
