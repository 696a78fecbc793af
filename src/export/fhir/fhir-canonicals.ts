import type { Ruleset } from '../../schema/ruleset.js';
import type { FhirCanonicalMetadata } from './fhir-types.js';

/**
 * The base of the canonical URLs when the caller gives none. `.example` is reserved (RFC 2606): the
 * URLs are stable and derived from the ruleset id, but resolve nowhere. Publishers pass their own base.
 */
export const DEFAULT_CANONICAL_BASE = 'https://cse-screening.example/fhir';

/**
 * The canonical URLs of a ruleset's FHIR resources: stable, derived from the ruleset id and the base,
 * which is the one given, else the ruleset's own `meta.canonicalBase`, else the placeholder base.
 */
export function fhirCanonicals(ruleset: Ruleset, base?: string): { readonly questionnaire: string; readonly codeSystem: string } {
  const root = (base ?? ruleset.meta.canonicalBase ?? DEFAULT_CANONICAL_BASE).replace(/\/+$/, '');
  return {
    questionnaire: `${root}/Questionnaire/${ruleset.meta.id}`,
    codeSystem: `${root}/CodeSystem/${ruleset.meta.id}-answers`,
  };
}

/** The metadata every exported canonical resource carries, taken from the ruleset's meta. */
export function canonicalMetadata(ruleset: Ruleset, resource: 'Questionnaire' | 'CodeSystem', url: string, suffix: { readonly name: string; readonly title: string }): FhirCanonicalMetadata {
  const { meta } = ruleset;
  return {
    meta: { profile: [`http://hl7.org/fhir/4.0/StructureDefinition/${resource}`] },
    url,
    version: meta.version,
    name: `${meta.id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}${suffix.name}`,
    title: `${meta.title}${suffix.title}`,
    status: meta.status === 'approved' ? 'active' : 'draft',
    experimental: meta.status !== 'approved',
    date: meta.effectiveFrom,
    publisher: meta.publisher,
    description: meta.approval,
  };
}
