import type { Indicator } from '../schema/indicator.js';
import type { IndicatorFilter } from '../schema/indicator-filter.js';

/** The indicators a filter selects, in declaration order. */
export function selectIndicators(indicators: readonly Indicator[], filter: IndicatorFilter): Indicator[] {
  return indicators.filter((indicator) =>
    (filter.indicators === undefined || filter.indicators.includes(indicator.id))
    && (filter.domains === undefined || filter.domains.includes(indicator.domain))
    && (filter.kinds === undefined || filter.kinds.includes(indicator.kind))
    && (filter.levels === undefined || filter.levels.includes(indicator.suggestedLevel))
    && (filter.tags === undefined || filter.tags.some((tag) => indicator.tags.includes(tag))));
}
