import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCompiledRuleset } from '../../src/engine/compile/build-compiled-ruleset.js';
import { parseRuleset, type Ruleset } from '../../src/index.js';
import { selectIndicators } from '../../src/ruleset/select-indicators.js';
import type { IndicatorFilter } from '../../src/schema/indicator-filter.js';
import { largeRuleset } from '../support/generate-rulesets.js';

// A large legal ruleset (1,000 indicators, 40,000 count conditions) took seconds to validate and compile:
// every count filtered every indicator again. A selection is now worked out once per distinct filter.

const ruleset: Ruleset = parseRuleset(largeRuleset(200, 800));

/** What a filter selects, worked out the plain way. */
function naive(filter: IndicatorFilter): string[] {
  return ruleset.indicators.filter((indicator) =>
    (filter.indicators === undefined || filter.indicators.includes(indicator.id))
    && (filter.domains === undefined || filter.domains.includes(indicator.domain))
    && (filter.kinds === undefined || filter.kinds.includes(indicator.kind))
    && (filter.levels === undefined || filter.levels.includes(indicator.suggestedLevel))
    && (filter.tags === undefined || filter.tags.some((tag) => indicator.tags.includes(tag)))).map((indicator) => indicator.id);
}

describe('selectIndicators works each distinct filter out once, linear in the ruleset', () => {
  test('selects exactly what the filter says, in declaration order, for any filter (property)', () => {
    const pick = <T,>(values: readonly T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 4 }), { nil: undefined });
    const ids = ruleset.indicators.map((indicator) => indicator.id);
    const filter = fc.record({
      indicators: pick([...ids.slice(0, 30), 'no-such-id']),
      domains: pick(['general', 'no-such-domain']),
      kinds: pick(['risk', 'significant', 'vulnerability'] as const),
      levels: pick(['low', 'medium', 'high']),
      tags: pick(['group-0', 'group-1', 'group-7', 'no-such-tag']),
    }, { requiredKeys: [] });
    fc.assert(fc.property(filter, (where) => {
      expect(selectIndicators(ruleset.indicators, where as IndicatorFilter).map((indicator) => indicator.id)).toEqual(naive(where as IndicatorFilter));
    }), { numRuns: 300 });
  });

  test('equal filters share one selection, and count conditions with equal filters share one list of positions', () => {
    expect(selectIndicators(ruleset.indicators, { tags: ['group-3'] })).toBe(selectIndicators(ruleset.indicators, { tags: ['group-3'] }));
    const compiled = buildCompiledRuleset(ruleset);
    const lists = compiled.rules.flatMap((rule) => (rule.when.kind === 'any' ? rule.when.of : []))
      .flatMap((condition) => (condition.kind === 'count' ? [condition.positions] : []));
    expect(lists.length).toBe(800);
    expect(new Set(lists).size).toBeLessThanOrEqual(20 + 3);
  });
});
