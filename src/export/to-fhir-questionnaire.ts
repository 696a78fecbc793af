import type { Indicator } from '../schema/indicator.js';
import type { Ruleset } from '../schema/ruleset.js';
import { answerChoices } from './fhir/answer-choices.js';
import { domainGroups } from './fhir/domain-groups.js';
import { canonicalMetadata, fhirCanonicals } from './fhir/fhir-canonicals.js';
import { integerBounds, itemControl, weightExtensions } from './fhir/fhir-extensions.js';
import { LINK_IDS } from './fhir/fhir-link-ids.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from './fhir/fhir-types.js';
import { optionWeights } from './fhir/option-weights.js';

/** How to write a Questionnaire. */
export interface FhirQuestionnaireOptions {
  /** The base of the canonical URLs (Questionnaire.url and the answers CodeSystem); use the same one when reading responses. */
  readonly canonicalBase?: string;
  /** The score whose weights go on the answer options as `itemWeight`; the ruleset's first score when not given. */
  readonly weightScore?: string;
  /** Also write the R4 `ordinalValue` extension beside `itemWeight`, for renderers that predate itemWeight. */
  readonly legacyOrdinalValue?: boolean;
}

/**
 * A FHIR R4 Questionnaire of the checklist, for LHC-Forms and other SDC renderers: a group for the
 * child, one per domain and one for the case; a `choice` item per indicator whose `linkId` is the
 * indicator id, with coded options from the ruleset's answers CodeSystem shown as radio buttons, the
 * guidance as a help item, and `itemWeight` on the options of scored indicators. No item is required:
 * "unknown" and unanswered are allowed. Scoring stays with the engine: read answers back with `fromQuestionnaireResponse`.
 * @example
 * LForms.Util.addFormToPage(toFhirQuestionnaire(ruleset), element, { fhirVersion: 'R4' });
 */
export function toFhirQuestionnaire(ruleset: Ruleset, options: FhirQuestionnaireOptions = {}): FhirQuestionnaire {
  const urls = fhirCanonicals(ruleset, options.canonicalBase);
  const weights = optionWeights(ruleset, options.weightScore);
  const legacy = options.legacyOrdinalValue === true;
  const question = (indicator: Indicator): FhirQuestionnaireItem => {
    const byCode = weights.get(indicator.id);
    return {
      linkId: indicator.id,
      text: indicator.text,
      type: 'choice',
      required: false,
      extension: [itemControl('radio-button')],
      answerOption: answerChoices(indicator).map((choice) => {
        const valueCoding = { system: urls.codeSystem, code: choice.code, display: choice.label };
        const weight = byCode?.get(choice.code);
        return weight === undefined ? { valueCoding } : { valueCoding, extension: weightExtensions(weight, legacy) };
      }),
      item: [{ linkId: LINK_IDS.guidance(indicator.id), text: indicator.guidance, type: 'display', extension: [itemControl('help')] }],
    };
  };
  const fact = (linkId: string, text: string): FhirQuestionnaireItem => ({ linkId, text, type: 'boolean', required: false });
  const groups: FhirQuestionnaireItem[] = [
    {
      linkId: LINK_IDS.subjectGroup,
      text: 'The child',
      type: 'group',
      required: false,
      item: [
        { linkId: LINK_IDS.ageYears, text: 'Age in years', type: 'integer', required: false, extension: integerBounds(0, 30) },
        { linkId: LINK_IDS.dateOfBirth, text: 'Date of birth (give the age or the date of birth, not both)', type: 'date', required: false },
        { linkId: LINK_IDS.assessedOn, text: 'Date of assessment', type: 'date', required: false },
        ...ruleset.attributes.map((attribute) => fact(LINK_IDS.attribute(attribute.id), attribute.label)),
      ],
    },
    ...domainGroups(ruleset).map(({ domain, indicators }): FhirQuestionnaireItem => ({
      linkId: LINK_IDS.domain(domain.id),
      text: domain.label,
      type: 'group',
      required: false,
      item: [
        ...(domain.description === undefined ? [] : [{ linkId: LINK_IDS.domainDescription(domain.id), text: domain.description, type: 'display' as const }]),
        ...indicators.map(question),
      ],
    })),
    ...(ruleset.contextFacts.length === 0 ? [] : [{
      linkId: LINK_IDS.contextGroup,
      text: 'About the case',
      type: 'group' as const,
      required: false,
      item: ruleset.contextFacts.map((contextFact) => fact(LINK_IDS.context(contextFact.id), contextFact.label)),
    }]),
  ];
  return {
    resourceType: 'Questionnaire',
    ...canonicalMetadata(ruleset, 'Questionnaire', urls.questionnaire, { name: '', title: '' }),
    purpose: ruleset.meta.provenance,
    effectivePeriod: { start: ruleset.meta.effectiveFrom },
    subjectType: ['Patient'],
    item: groups,
  };
}
