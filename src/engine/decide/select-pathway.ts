import type { PathwayEntry, StepOrigin } from '../../schema/result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';

/** Steps brought in by one origin: a level, a rule, the concern policy or the scope route. */
export interface StepContribution {
  readonly positions: readonly number[];
  readonly origin: StepOrigin;
}

/** Merges the steps each origin brings in, lists them in the ruleset's order of steps, and says what brought each in. */
export function selectPathway(compiled: CompiledRuleset, contributions: readonly StepContribution[]): PathwayEntry[] {
  const pathway: PathwayEntry[] = [];
  originsOfSteps(compiled, contributions).forEach((broughtInBy, position) => {
    const entry = compiled.stepEntries[position];
    if (entry === undefined || broughtInBy === undefined) return;
    // Written out field by field, in the ruleset's order, rather than spread: this runs for every step of every screening.
    // The lists are copied: each result owns what it carries, so that changing one never changes another or the ruleset.
    const legalBasis = [...entry.legalBasis];
    const sources = entry.sources.map((source) => ({ ...source }));
    pathway.push(entry.timescale === undefined
      ? { id: entry.id, title: entry.title, actor: entry.actor, urgency: entry.urgency, strength: entry.strength, legalBasis, sources, broughtInBy }
      : { id: entry.id, title: entry.title, actor: entry.actor, urgency: entry.urgency, timescale: entry.timescale, strength: entry.strength, legalBasis, sources, broughtInBy });
  });
  return pathway;
}

/** By step position, the origins that bring the step in (each once, in the order they come), or undefined for a step none brings in. */
function originsOfSteps(compiled: CompiledRuleset, contributions: readonly StepContribution[]): (StepOrigin[] | undefined)[] {
  const origins: (StepOrigin[] | undefined)[] = new Array<StepOrigin[] | undefined>(compiled.stepEntries.length);
  for (const { positions, origin } of contributions) {
    for (const position of positions) {
      const known = origins[position];
      if (known === undefined) origins[position] = [origin];
      else if (!known.some((entry) => entry.kind === origin.kind && entry.id === origin.id)) known.push(origin);
    }
  }
  return origins;
}

/** The ids of the steps brought in (bringSteps), in the ruleset's order of steps: the pathway of {@link selectPathway}, without what brought each in. */
export function selectStepIds(compiled: CompiledRuleset, brought: readonly boolean[]): string[] {
  const entries = compiled.stepEntries;
  const ids: string[] = [];
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position];
    if (brought[position] === true && entry !== undefined) ids.push(entry.id);
  }
  return ids;
}
