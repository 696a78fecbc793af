import type { Indicator } from '../../schema/indicator.js';
import type { Domain } from '../../schema/named-item.js';
import type { Ruleset } from '../../schema/ruleset.js';

/** A domain with its indicators, as a form shows it. */
export interface DomainGroup {
  readonly domain: Domain;
  readonly indicators: readonly Indicator[];
}

/**
 * The checklist as every form export orders it: each domain that has indicators, in the ruleset's
 * domain order, with its indicators in declaration order. Shared by the JSON Schema, UI schema and FHIR exports.
 */
export function domainGroups(ruleset: Ruleset): DomainGroup[] {
  return ruleset.domains
    .map((domain) => ({ domain, indicators: ruleset.indicators.filter((indicator) => indicator.domain === domain.id) }))
    .filter((group) => group.indicators.length > 0);
}
