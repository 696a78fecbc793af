import type { Ruleset } from '../schema/ruleset.js';
import { answerChoices } from './fhir/answer-choices.js';
import { canonicalMetadata, fhirCanonicals } from './fhir/fhir-canonicals.js';
import { BASIS_CHOICES, FHIR_CODES } from './fhir/fhir-link-ids.js';
import type { FhirCodeSystem, FhirConcept } from './fhir/fhir-types.js';

const DEFINITIONS: Record<string, string> = {
  yes: 'The indicator is present.',
  no: 'The indicator is not present.',
  possible: 'There is some concern, but the indicator is not established.',
  unknown: 'The practitioner does not know. Never read as "no".',
};

/**
 * The FHIR R4 CodeSystem of the codes the ruleset's Questionnaire uses: yes, no, possible and unknown;
 * one code per score of each ordinal indicator; and, prefixed so that they never collide with those,
 * the time windows (`window:<id>`), the bases of an answer (`basis:<value>`), the levels a judgement
 * may name (`level:<id>`) and the roles that may agree it (`role:<id>`).
 */
export function toFhirCodeSystem(ruleset: Ruleset, options: { readonly canonicalBase?: string } = {}): FhirCodeSystem {
  const concepts = new Map<string, FhirConcept>();
  const add = (code: string, display: string, definition: string): void => {
    if (!concepts.has(code)) concepts.set(code, { code, display, definition });
  };
  for (const indicator of ruleset.indicators) {
    for (const choice of answerChoices(indicator)) {
      add(choice.code, choice.label, typeof choice.value === 'number' ? `Score ${choice.value} on the indicator "${indicator.text}".` : DEFINITIONS[choice.code] ?? choice.label);
    }
  }
  for (const window of ruleset.windows) add(FHIR_CODES.window(window.id), window.label, window.description ?? `The time window "${window.label}".`);
  for (const basis of BASIS_CHOICES) add(FHIR_CODES.basis(basis.value), basis.label, `The answer rests on ${basis.label.toLowerCase()}.`);
  for (const level of ruleset.levels) add(FHIR_CODES.level(level.id), level.label, level.meaning);
  for (const role of ruleset.policy.judgement.agreementRoles) add(FHIR_CODES.role(role.id), role.label, `The role "${role.label}", whose agreement a judgement may need.`);
  return {
    resourceType: 'CodeSystem',
    ...canonicalMetadata(ruleset, 'CodeSystem', fhirCanonicals(ruleset, options.canonicalBase).codeSystem, { name: 'Answers', title: ': answer options' }),
    caseSensitive: true,
    content: 'complete',
    count: concepts.size,
    concept: [...concepts.values()],
  };
}
