import type { ScreeningInput } from '../../../src/index.js';
import { LINK_IDS } from '../../../src/export/fhir/fhir-link-ids.js';
import type { FhirAnswerOption, FhirQuestionnaire, FhirQuestionnaireItem } from '../../../src/export/fhir/fhir-types.js';

type Value = string | number | boolean;
type Json = Record<string, unknown>;

const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';

/**
 * A QuestionnaireResponse shaped as LHC-Forms 40 writes one for an R4 Questionnaire (as observed in
 * /work/shared/reference/form-clients.md): `questionnaire` is "url|version"; answers stay nested
 * under their groups; blank items and empty groups are left out; display items never appear; each
 * valueCoding carries system, code and display, plus an `ordinalValue` extension where the option has a weight.
 */
export function lformsResponse(questionnaire: FhirQuestionnaire, screening: ScreeningInput): Json {
  const values = valuesByLinkId(screening);
  return {
    resourceType: 'QuestionnaireResponse',
    meta: { profile: ['http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse'] },
    status: 'completed',
    authored: '2026-11-28T10:15:00.000Z',
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    item: responseItems(questionnaire.item, values),
  };
}

function responseItems(items: readonly FhirQuestionnaireItem[], values: ReadonlyMap<string, Value>): Json[] {
  const out: Json[] = [];
  for (const item of items) {
    if (item.type === 'display') continue;
    if (item.type === 'group') {
      const children = responseItems(item.item ?? [], values);
      if (children.length > 0) out.push({ linkId: item.linkId, text: item.text, item: children });
      continue;
    }
    const value = values.get(item.linkId);
    if (value !== undefined) out.push({ linkId: item.linkId, text: item.text, answer: [answerOf(item, value)] });
  }
  return out;
}

function answerOf(item: FhirQuestionnaireItem, value: Value): Json {
  switch (item.type) {
    case 'choice': {
      const option = (item.answerOption ?? []).find((entry) => entry.valueCoding.code === codeOf(item.linkId, value));
      if (option === undefined) throw new Error(`no option for an answer to ${item.linkId}`);
      const weight = weightOf(option);
      return { valueCoding: { ...option.valueCoding, ...(weight === undefined ? {} : { extension: [{ url: ORDINAL_VALUE, valueDecimal: weight }] }) } };
    }
    case 'boolean': return { valueBoolean: value };
    case 'integer': return { valueInteger: value };
    case 'date': return { valueDate: value };
    default: throw new Error(`unexpected item type ${item.type}`);
  }
}

/** The documented option codes: the answer code itself, or `<indicator id>-<score>` for a score. */
function codeOf(linkId: string, value: Value): string {
  return typeof value === 'number' ? `${linkId}-${value}` : String(value);
}

function weightOf(option: FhirAnswerOption): number | undefined {
  const extension = option.extension?.find((entry) => entry.url === ITEM_WEIGHT);
  return extension !== undefined && 'valueDecimal' in extension ? extension.valueDecimal : undefined;
}

/** What a practitioner entered in LHC-Forms for a screening with bare answers, by linkId. */
function valuesByLinkId(screening: ScreeningInput): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const [id, answer] of Object.entries(screening.answers)) {
    if (typeof answer === 'object') throw new Error('a questionnaire collects bare answers only');
    values.set(id, answer);
  }
  const { ageYears, dateOfBirth, attributes } = screening.subject;
  if (ageYears !== undefined) values.set(LINK_IDS.ageYears, ageYears);
  if (dateOfBirth !== undefined) values.set(LINK_IDS.dateOfBirth, dateOfBirth);
  if (screening.assessedOn !== undefined) values.set(LINK_IDS.assessedOn, screening.assessedOn);
  for (const [id, value] of Object.entries(attributes ?? {})) values.set(LINK_IDS.attribute(id), value);
  for (const [id, value] of Object.entries(screening.context ?? {})) values.set(LINK_IDS.context(id), value);
  return values;
}
