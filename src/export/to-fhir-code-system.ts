import type { Ruleset } from '../schema/ruleset.js';
import { answerChoices } from './fhir/answer-choices.js';
import { canonicalMetadata, fhirCanonicals } from './fhir/fhir-canonicals.js';
import type { FhirCodeSystem } from './fhir/fhir-types.js';

const DEFINITIONS: Record<string, string> = {
  yes: 'The indicator is present.',
  no: 'The indicator is not present.',
  possible: 'There is some concern, but the indicator is not established.',
  unknown: 'The practitioner does not know. Never read as "no".',
};

/**
 * The FHIR R4 CodeSystem of a ruleset's answer options, whose codes the Questionnaire's options use:
 * yes, no, possible and unknown, and one code per score of each ordinal indicator.
 */
export function toFhirCodeSystem(ruleset: Ruleset, options: { readonly canonicalBase?: string } = {}): FhirCodeSystem {
  const concepts = new Map<string, { code: string; display: string; definition: string }>();
  for (const indicator of ruleset.indicators) {
    for (const choice of answerChoices(indicator)) {
      if (concepts.has(choice.code)) continue;
      concepts.set(choice.code, {
        code: choice.code,
        display: choice.label,
        definition: typeof choice.value === 'number' ? `Score ${choice.value} on the indicator "${indicator.text}".` : DEFINITIONS[choice.code] ?? choice.label,
      });
    }
  }
  return {
    resourceType: 'CodeSystem',
    ...canonicalMetadata(ruleset, 'CodeSystem', fhirCanonicals(ruleset, options.canonicalBase).codeSystem, { name: 'Answers', title: ': answer options' }),
    caseSensitive: true,
    content: 'complete',
    count: concepts.size,
    concept: [...concepts.values()],
  };
}
