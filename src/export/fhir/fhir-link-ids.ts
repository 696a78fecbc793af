/*
 * The linkIds of the items that are not indicators. Indicator ids are kebab-case and never hold a
 * "/", so every linkId here holds one and none can collide with an indicator's linkId (its id).
 */

/** The linkIds of the non-indicator items, and how a response's values map onto a screening. */
export const LINK_IDS = {
  rulesetStatus: 'ruleset/status',
  subjectGroup: 'group/subject',
  contextGroup: 'group/context',
  judgementGroup: 'group/judgement',
  ageYears: 'subject/ageYears',
  dateOfBirth: 'subject/dateOfBirth',
  assessedOn: 'screening/assessedOn',
  judgementLevel: 'judgement/level',
  judgementRationale: 'judgement/rationale',
  judgementBy: 'judgement/by',
  agreedByRole: 'judgement/agreedBy/role',
  agreedByName: 'judgement/agreedBy/name',
  domain: (id: string): string => `domain/${id}`,
  domainDescription: (id: string): string => `domain/${id}/description`,
  attribute: (id: string): string => `subject/attributes/${id}`,
  context: (id: string): string => `context/${id}`,
  help: (linkId: string): string => `${linkId}/help`,
  readBack: (linkId: string): string => `${linkId}/as-recorded`,
  guidance: (indicatorId: string): string => `${indicatorId}/guidance`,
  window: (indicatorId: string): string => `${indicatorId}/window`,
  basis: (indicatorId: string): string => `${indicatorId}/basis`,
  evidence: (indicatorId: string): string => `${indicatorId}/evidence`,
} as const;

/**
 * The codes of the answers CodeSystem that are not indicator answers. Answer codes are kebab-case
 * (a presence code, or `<indicator id>-<score>`) and never hold a ":", so these never collide with them.
 */
export const FHIR_CODES = {
  window: (id: string): string => `window:${id}`,
  basis: (value: string): string => `basis:${value}`,
  level: (id: string): string => `level:${id}`,
  role: (id: string): string => `role:${id}`,
} as const;

/** The bases an answer may rest on, with the labels forms show. */
export const BASIS_CHOICES = [
  { value: 'evidence', label: 'Evidence' },
  { value: 'professional-concern', label: 'Professional concern' },
] as const;
