import type { Ruleset } from '../schema/ruleset.js';

/** Lookups by id over a parsed ruleset, built once. Maps, so that no id can reach an inherited member. */
export interface RulesetIndex {
  readonly levelRank: ReadonlyMap<string, number>;
  readonly indicators: ReadonlyMap<string, Ruleset['indicators'][number]>;
  readonly domains: ReadonlySet<string>;
  readonly windows: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
  readonly contextFacts: ReadonlySet<string>;
  readonly scores: ReadonlyMap<string, Ruleset['scores'][number]>;
  readonly steps: ReadonlyMap<string, number>;
  readonly sources: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

/** Builds the id lookups of a ruleset (the first of any duplicate id wins; duplicates are reported elsewhere). */
export function indexRuleset(ruleset: Ruleset): RulesetIndex {
  const firstWins = <T>(entries: [string, T][]): Map<string, T> => {
    const map = new Map<string, T>();
    for (const [key, value] of entries) if (!map.has(key)) map.set(key, value);
    return map;
  };
  return {
    levelRank: firstWins(ruleset.levels.map((level, rank) => [level.id, rank])),
    indicators: firstWins(ruleset.indicators.map((indicator) => [indicator.id, indicator])),
    domains: new Set(ruleset.domains.map((domain) => domain.id)),
    windows: new Set(ruleset.windows.map((window) => window.id)),
    attributes: new Set(ruleset.attributes.map((fact) => fact.id)),
    contextFacts: new Set(ruleset.contextFacts.map((fact) => fact.id)),
    scores: firstWins(ruleset.scores.map((score) => [score.id, score])),
    steps: firstWins(ruleset.steps.map((step, index) => [step.id, index])),
    sources: new Set(ruleset.meta.sources.map((source) => source.id)),
    tags: new Set(ruleset.indicators.flatMap((indicator) => indicator.tags)),
  };
}
