import type { Fact } from '../schema/named-item.js';
import type { Ruleset } from '../schema/ruleset.js';
import { dateReadBack } from './fhir/date-read-back.js';
import { domainGroups } from './fhir/domain-groups.js';
import { canonicalMetadata, fhirCanonicals } from './fhir/fhir-canonicals.js';
import { integerBounds, itemControl } from './fhir/fhir-extensions.js';
import { LINK_IDS } from './fhir/fhir-link-ids.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from './fhir/fhir-types.js';
import { indicatorItem } from './fhir/indicator-item.js';
import { judgementGroup } from './fhir/judgement-group.js';
import { optionWeights } from './fhir/option-weights.js';
import { statusNotice } from './fhir/status-notice.js';

/** How to write a Questionnaire. */
export interface FhirQuestionnaireOptions {
  /** The base of the canonical URLs (Questionnaire.url and the answers CodeSystem); use the same one when reading responses. Default: the ruleset's `meta.canonicalBase`, else a placeholder. */
  readonly canonicalBase?: string;
  /** The score whose weights go on the answer options as `itemWeight`; the ruleset's first score when not given. */
  readonly weightScore?: string;
  /** Also write the R4 `ordinalValue` extension beside `itemWeight`, for renderers that predate itemWeight. */
  readonly legacyOrdinalValue?: boolean;
}

/**
 * A FHIR R4 Questionnaire of the whole screening, for LHC-Forms and other SDC renderers: first a notice
 * of the ruleset's draft or sign-off status; a group for the child (age, date of birth, date of
 * assessment, attributes with their descriptions as help); one group per domain with a `choice` item per
 * indicator (linkId = indicator id, coded radio options, guidance as help, `itemWeight` where scored)
 * whose time windows, basis and evidence are enabled once it is answered yes or possible; the case
 * facts with help; and the professional judgement with who agreed it. No item is required: "unknown"
 * and unanswered are allowed. Scoring stays with the engine: read answers back with `fromQuestionnaireResponse`.
 * @example
 * LForms.Util.addFormToPage(toFhirQuestionnaire(ruleset), element, { fhirVersion: 'R4' });
 */
export function toFhirQuestionnaire(ruleset: Ruleset, options: FhirQuestionnaireOptions = {}): FhirQuestionnaire {
  const urls = fhirCanonicals(ruleset, options.canonicalBase);
  const context = {
    ruleset,
    codeSystem: urls.codeSystem,
    weights: optionWeights(ruleset, options.weightScore),
    legacyOrdinalValue: options.legacyOrdinalValue === true,
  };
  const help = (linkId: string, text: string | undefined): { item?: FhirQuestionnaireItem[] } =>
    (text === undefined ? {} : { item: [{ linkId: LINK_IDS.help(linkId), text, type: 'display', extension: [itemControl('help')] }] });
  const fact = (linkId: string, entry: Fact): FhirQuestionnaireItem => ({ linkId, text: entry.label, type: 'boolean', required: false, ...help(linkId, entry.description) });
  const groups: FhirQuestionnaireItem[] = [
    statusNotice(ruleset),
    {
      linkId: LINK_IDS.subjectGroup,
      text: 'The child',
      type: 'group',
      required: false,
      item: [
        { linkId: LINK_IDS.ageYears, text: 'Age in years', type: 'integer', required: false, extension: integerBounds(0, 30), ...help(LINK_IDS.ageYears, 'Give the age, or the date of birth with the date of assessment.') },
        {
          linkId: LINK_IDS.dateOfBirth, text: 'Date of birth', type: 'date', required: false,
          ...help(LINK_IDS.dateOfBirth, 'Needs the date of assessment. Given with an age, the two must agree. Type the date in the order the field shows (some forms read month first: 03/04/2013 as 4 March), then check it as recorded below.'),
        },
        dateReadBack(LINK_IDS.dateOfBirth, 'Date of birth as recorded: check the day and month'),
        { linkId: LINK_IDS.assessedOn, text: 'Date of assessment', type: 'date', required: false, ...help(LINK_IDS.assessedOn, 'Needed with a date of birth: the age is worked out on this date.') },
        dateReadBack(LINK_IDS.assessedOn, 'Date of assessment as recorded: check the day and month'),
        ...ruleset.attributes.map((attribute) => fact(LINK_IDS.attribute(attribute.id), attribute)),
      ],
    },
    ...domainGroups(ruleset).map(({ domain, indicators }): FhirQuestionnaireItem => ({
      linkId: LINK_IDS.domain(domain.id),
      text: domain.label,
      type: 'group',
      required: false,
      item: [
        ...(domain.description === undefined ? [] : [{ linkId: LINK_IDS.domainDescription(domain.id), text: domain.description, type: 'display' as const }]),
        ...indicators.map((indicator) => indicatorItem(indicator, context)),
      ],
    })),
    ...(ruleset.contextFacts.length === 0 ? [] : [{
      linkId: LINK_IDS.contextGroup,
      text: 'About the case',
      type: 'group' as const,
      required: false,
      item: ruleset.contextFacts.map((contextFact) => fact(LINK_IDS.context(contextFact.id), contextFact)),
    }]),
    judgementGroup(ruleset, urls.codeSystem),
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
