/*
 * The linkIds of the items that are not indicators. Indicator ids are kebab-case and never hold a
 * "/", so every linkId here holds one and none can collide with an indicator's linkId (its id).
 */

/** The linkIds of the non-indicator items, and how a response's values map onto a screening. */
export const LINK_IDS = {
  subjectGroup: 'group/subject',
  contextGroup: 'group/context',
  ageYears: 'subject/ageYears',
  dateOfBirth: 'subject/dateOfBirth',
  assessedOn: 'screening/assessedOn',
  domain: (id: string): string => `domain/${id}`,
  domainDescription: (id: string): string => `domain/${id}/description`,
  attribute: (id: string): string => `subject/attributes/${id}`,
  context: (id: string): string => `context/${id}`,
  guidance: (indicatorId: string): string => `${indicatorId}/guidance`,
} as const;
