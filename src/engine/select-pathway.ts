import type { PathwayEntry, StepOrigin } from '../schema/result.js';
import type { CompiledRuleset } from './compiled-ruleset.js';

/** Steps brought in by one origin: a level, a rule, the concern policy or the scope route. */
export interface StepContribution {
  readonly positions: readonly number[];
  readonly origin: StepOrigin;
}

/** Merges the steps each origin brings in, lists them in the ruleset's order of steps, and says what brought each in. */
export function selectPathway(compiled: CompiledRuleset, contributions: readonly StepContribution[]): PathwayEntry[] {
  const origins: (StepOrigin[] | undefined)[] = new Array<StepOrigin[] | undefined>(compiled.stepEntries.length);
  for (const { positions, origin } of contributions) {
    for (const position of positions) {
      const known = origins[position];
      if (known === undefined) origins[position] = [origin];
      else if (!known.some((entry) => entry.kind === origin.kind && entry.id === origin.id)) known.push(origin);
    }
  }
  const pathway: PathwayEntry[] = [];
  origins.forEach((broughtInBy, position) => {
    const entry = compiled.stepEntries[position];
    if (entry === undefined || broughtInBy === undefined) return;
    // Written out field by field, in the ruleset's order, rather than spread: this runs for every step of every screening.
    pathway.push(entry.timescale === undefined
      ? { id: entry.id, title: entry.title, actor: entry.actor, urgency: entry.urgency, strength: entry.strength, legalBasis: entry.legalBasis, sources: entry.sources, broughtInBy }
      : { id: entry.id, title: entry.title, actor: entry.actor, urgency: entry.urgency, timescale: entry.timescale, strength: entry.strength, legalBasis: entry.legalBasis, sources: entry.sources, broughtInBy });
  });
  return pathway;
}

/** The ids of the steps the origins bring in, in the ruleset's order of steps: the pathway of {@link selectPathway}, without what brought each in. */
export function selectStepIds(compiled: CompiledRuleset, contributions: readonly StepContribution[]): string[] {
  const entries = compiled.stepEntries;
  // A plain array: a typed array costs more to allocate than this whole loop, once a screening.
  const brought = new Array<boolean>(entries.length).fill(false);
  for (const { positions } of contributions) for (const position of positions) brought[position] = true;
  const ids: string[] = [];
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position];
    if (brought[position] === true && entry !== undefined) ids.push(entry.id);
  }
  return ids;
}
