import type { Ruleset } from '../../schema/ruleset.js';
import { LINK_IDS } from './fhir-link-ids.js';
import type { FhirQuestionnaireItem } from './fhir-types.js';

/**
 * The display item shown first in the form: whether the ruleset is a draft or signed off, by whom and
 * when, with its approval statement, so that no renderer shows a draft as if it were approved.
 */
export function statusNotice(ruleset: Ruleset): FhirQuestionnaireItem {
  const { meta } = ruleset;
  const signOff = meta.signOff;
  const decision = signOff === undefined ? '' : {
    approved: 'approved',
    'approved-with-changes': 'approved with changes',
    'not-approved': 'not approved',
  }[signOff.decision];
  const text = meta.status === 'approved'
    ? `Signed off: ${meta.title} ${meta.version}${signOff === undefined ? '' : `, ${decision} by ${signOff.name} (${signOff.role}) on ${signOff.date}`}. ${meta.approval}`
    : `DRAFT: ${meta.title} ${meta.version} has not been signed off for live use${signOff === undefined ? '' : ` (${decision} by ${signOff.role} on ${signOff.date})`}. ${meta.approval}`;
  return { linkId: LINK_IDS.rulesetStatus, text, type: 'display' };
}
