import type { Ruleset } from '../../schema/ruleset.js';
import { itemControl } from './fhir-extensions.js';
import { FHIR_CODES, LINK_IDS } from './fhir-link-ids.js';
import type { FhirQuestionnaireItem } from './fhir-types.js';

/** Free-text limits, in characters: half the engine's limits in UTF-16 units. */
const RATIONALE_MAX = 10_000;
const NAME_MAX = 100;

/**
 * The group of the professional judgement: the level (radio buttons of the ruleset's levels), why, who
 * judged it, and the second person who agreed it (their role, from the roles the ruleset accepts where
 * it names them, and their name). A judgement that lowers the level is applied only when agreed.
 */
export function judgementGroup(ruleset: Ruleset, codeSystem: string): FhirQuestionnaireItem {
  const roles = ruleset.policy.judgement.agreementRoles;
  const help = (linkId: string, text: string): FhirQuestionnaireItem[] => [{ linkId: LINK_IDS.help(linkId), text, type: 'display', extension: [itemControl('help')] }];
  const role: FhirQuestionnaireItem = roles.length === 0
    ? {
      linkId: LINK_IDS.agreedByRole, text: 'Agreed by: their role', type: 'string', required: false, maxLength: 80,
      item: help(LINK_IDS.agreedByRole, 'The role as a short lower-case id with hyphens, for example designated-safeguarding-lead.'),
    }
    : {
      linkId: LINK_IDS.agreedByRole, text: 'Agreed by: their role', type: 'choice', required: false, extension: [itemControl('radio-button')],
      answerOption: roles.map((entry) => ({ valueCoding: { system: codeSystem, code: FHIR_CODES.role(entry.id), display: entry.label } })),
    };
  return {
    linkId: LINK_IDS.judgementGroup,
    text: 'Professional judgement (optional)',
    type: 'group',
    required: false,
    item: [
      {
        linkId: LINK_IDS.judgementLevel,
        text: 'The level you judge right',
        type: 'choice',
        required: false,
        extension: [itemControl('radio-button')],
        answerOption: ruleset.levels.map((level) => ({ valueCoding: { system: codeSystem, code: FHIR_CODES.level(level.id), display: level.label } })),
        item: help(LINK_IDS.judgementLevel, 'Leave it blank to keep the level the ruleset gives. A judgement that lowers the level is applied only when a second person agrees it.'),
      },
      { linkId: LINK_IDS.judgementRationale, text: 'Why (required with a judgement)', type: 'text', required: false, maxLength: RATIONALE_MAX },
      { linkId: LINK_IDS.judgementBy, text: 'Judged by', type: 'string', required: false, maxLength: NAME_MAX },
      role,
      { linkId: LINK_IDS.agreedByName, text: 'Agreed by: their name', type: 'string', required: false, maxLength: NAME_MAX },
    ],
  };
}
