import type { ScreeningInput } from '../../../src/index.js';
import { FHIR_CODES, LINK_IDS } from '../../../src/export/fhir/fhir-link-ids.js';
import type { FhirAnswerOption, FhirQuestionnaire, FhirQuestionnaireItem } from '../../../src/export/fhir/fhir-types.js';

type Value = string | number | boolean;
type Json = Record<string, unknown>;

const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';

/**
 * A QuestionnaireResponse shaped as LHC-Forms 40 writes one for an R4 Questionnaire (as observed in
 * /work/shared/reference/form-clients.md): `questionnaire` is "url|version"; answers stay nested
 * under their groups, and the items nested under a question sit under its answer; blank items and
 * empty groups are left out; display items never appear; each valueCoding carries system, code and
 * display, plus an `ordinalValue` extension where the option has a weight.
 */
export function lformsResponse(questionnaire: FhirQuestionnaire, screening: ScreeningInput, status = 'completed'): Json {
  const values = valuesByLinkId(screening);
  return {
    resourceType: 'QuestionnaireResponse',
    meta: { profile: ['http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse'] },
    status,
    authored: '2026-11-28T10:15:00.000Z',
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    item: responseItems(questionnaire.item, values),
  };
}

function responseItems(items: readonly FhirQuestionnaireItem[], values: ReadonlyMap<string, Value[]>): Json[] {
  const out: Json[] = [];
  for (const item of items) {
    if (item.type === 'display') continue;
    if (item.type === 'group') {
      const children = responseItems(item.item ?? [], values);
      if (children.length > 0) out.push({ linkId: item.linkId, text: item.text, item: children });
      continue;
    }
    const given = values.get(item.linkId);
    if (given === undefined) continue;
    const answers = given.map((value) => answerOf(item, value));
    const children = responseItems(item.item ?? [], values);
    if (children.length > 0 && answers[0] !== undefined) answers[0] = { ...answers[0], item: children };
    out.push({ linkId: item.linkId, text: item.text, answer: answers });
  }
  return out;
}

function answerOf(item: FhirQuestionnaireItem, value: Value): Json {
  switch (item.type) {
    case 'choice': {
      const codes = [String(value), `${item.linkId}-${value}`, FHIR_CODES.window(String(value)), FHIR_CODES.basis(String(value)), FHIR_CODES.level(String(value)), FHIR_CODES.role(String(value))];
      const option = (item.answerOption ?? []).find((entry) => codes.includes(entry.valueCoding.code));
      if (option === undefined) throw new Error(`no option for an answer to ${item.linkId}`);
      const weight = weightOf(option);
      return { valueCoding: { ...option.valueCoding, ...(weight === undefined ? {} : { extension: [{ url: ORDINAL_VALUE, valueDecimal: weight }] }) } };
    }
    case 'boolean': return { valueBoolean: value };
    case 'integer': return { valueInteger: value };
    case 'date': return { valueDate: value };
    case 'string':
    case 'text': return { valueString: value };
    default: throw new Error(`unexpected item type ${item.type}`);
  }
}

function weightOf(option: FhirAnswerOption): number | undefined {
  const extension = option.extension?.find((entry) => entry.url === ITEM_WEIGHT);
  return extension !== undefined && 'valueDecimal' in extension ? extension.valueDecimal : undefined;
}

/** What a practitioner entered in LHC-Forms for a screening, by linkId: one value, or several for time windows. */
function valuesByLinkId(screening: ScreeningInput): Map<string, Value[]> {
  const values = new Map<string, Value[]>();
  const put = (linkId: string, value: Value | undefined): void => { if (value !== undefined) values.set(linkId, [value]); };
  for (const [id, answer] of Object.entries(screening.answers)) {
    if (typeof answer !== 'object') {
      put(id, answer);
      continue;
    }
    put(id, answer.value);
    if (answer.window !== undefined) values.set(LINK_IDS.window(id), typeof answer.window === 'string' ? [answer.window] : [...answer.window]);
    put(LINK_IDS.basis(id), answer.basis);
    put(LINK_IDS.evidence(id), answer.evidence);
  }
  const { ageYears, dateOfBirth, attributes } = screening.subject;
  put(LINK_IDS.ageYears, ageYears);
  put(LINK_IDS.dateOfBirth, dateOfBirth);
  put(LINK_IDS.assessedOn, screening.assessedOn);
  for (const [id, value] of Object.entries(attributes ?? {})) put(LINK_IDS.attribute(id), value);
  for (const [id, value] of Object.entries(screening.context ?? {})) put(LINK_IDS.context(id), value);
  const { judgement } = screening;
  if (judgement !== undefined) {
    put(LINK_IDS.judgementLevel, judgement.level);
    put(LINK_IDS.judgementRationale, judgement.rationale);
    put(LINK_IDS.judgementBy, judgement.by);
    put(LINK_IDS.agreedByRole, judgement.agreedBy?.role);
    put(LINK_IDS.agreedByName, judgement.agreedBy?.name);
  }
  return values;
}
