import type { Ruleset } from '../schema/ruleset.js';
import { fhirCanonicals } from './fhir/fhir-canonicals.js';
import { FHIR_CODES } from './fhir/fhir-link-ids.js';

type Json = Readonly<Record<string, unknown>>;

/** A FHIR R4 Reference: to a resource, or by an identifier when the app has no resource for it. */
export interface FhirReference {
  /** A relative or absolute reference, such as "Patient/123". */
  readonly reference?: string;
  /** A business identifier, such as the screening's case reference. */
  readonly identifier?: { readonly system?: string; readonly value: string };
  /** Text for a person. */
  readonly display?: string;
}

/** How to write a RiskAssessment. */
export interface FhirRiskAssessmentOptions {
  /** The ruleset that produced the result: the level's coding and the canonical URLs come from it. */
  readonly ruleset: Ruleset;
  /** The child, as the app refers to them. Default: the result's `ref` as an identifier. */
  readonly subject?: FhirReference;
  /** The date of assessment (the screening's `assessedOn`): the RiskAssessment's occurrence. */
  readonly assessedOn?: string;
  /** The QuestionnaireResponse the screening came from, such as "QuestionnaireResponse/abc": the RiskAssessment's basis. */
  readonly questionnaireResponse?: string;
  /** The base of the canonical URLs; as for `toFhirQuestionnaire`. */
  readonly canonicalBase?: string;
}

/** A FHIR R4 RiskAssessment as `toFhirRiskAssessment` writes it. */
export type FhirRiskAssessment = Readonly<Record<string, unknown>> & { readonly resourceType: 'RiskAssessment' };

/**
 * A FHIR R4 RiskAssessment of a screening's full result: the child (`subject`), the date of assessment
 * (`occurrenceDateTime`), the QuestionnaireResponse it came from (`basis`), the final level as
 * `prediction.qualitativeRisk` coded from the ruleset's answers CodeSystem (`level:<id>`), the rules that
 * fired as the prediction's `rationale`, and the next steps as `mitigation`, one line each with who acts and
 * when. Extensions under `<base>/StructureDefinition/` carry what R4 has no element for: the computed level
 * (`screening-computed-level`), the judgement (`screening-judgement`: judged level, status, why not applied,
 * agreeing role) and the ruleset (`screening-ruleset`: id, version, fingerprint). `status` is `preliminary`
 * for a draft ruleset or when the information is too thin to rule out a higher level, else `final`.
 * Reads the result defensively; no free text of the screening is copied.
 * @example
 * const { assessedOn } = read.data;
 * const assessment = toFhirRiskAssessment(screener.screen(read.data), {
 *   ruleset, questionnaireResponse: `QuestionnaireResponse/${response.id}`, ...(assessedOn === undefined ? {} : { assessedOn }),
 * });
 */
export function toFhirRiskAssessment(result: unknown, options: FhirRiskAssessmentOptions): FhirRiskAssessment {
  const data = record(result);
  const { ruleset } = options;
  const urls = fhirCanonicals(ruleset, options.canonicalBase);
  const base = urls.questionnaire.replace(/\/Questionnaire\/[^/]+$/, '');
  const extension = (name: string): string => `${base}/StructureDefinition/${name}`;
  const coding = (level: Json): Json => {
    const id = text(level['id']);
    return { system: urls.codeSystem, code: FHIR_CODES.level(id), display: text(level['label']) || (ruleset.levels.find((entry) => entry.id === id)?.label ?? id) };
  };
  const level = record(data['level']);
  const computed = record(data['computedLevel']);
  const judgement = data['judgement'] === undefined ? undefined : record(data['judgement']);
  const stamp = record(data['ruleset']);
  const rules = list(data['firedRules']).map((rule) => text(rule['title']) || text(rule['id'])).filter((entry) => entry !== '');
  const steps = list(data['pathway']).map((step) => [text(step['title']) || text(step['id']), text(step['actor']), text(step['timescale'])].filter((part) => part !== '').join(' | '));
  const preliminary = ruleset.meta.status !== 'approved' || data['insufficientInformation'] === true;
  const ref = text(data['ref']);
  const strings = (entries: [string, string][]): Json[] => entries.filter(([, value]) => value !== '').map(([url, value]) => ({ url, valueString: value }));
  return {
    resourceType: 'RiskAssessment',
    meta: { profile: ['http://hl7.org/fhir/4.0/StructureDefinition/RiskAssessment'] },
    extension: [
      { url: extension('screening-computed-level'), valueCoding: coding(computed) },
      ...(judgement === undefined ? [] : [{
        url: extension('screening-judgement'),
        extension: [
          { url: 'level', valueCoding: coding(record(judgement['level'])) },
          { url: 'applied', valueBoolean: judgement['applied'] === true },
          ...strings([['status', text(judgement['status'])], ['notAppliedBecause', text(judgement['notAppliedBecause'])], ['agreedByRole', text(record(judgement['agreedBy'])['role'])]]),
        ],
      }]),
      { url: extension('screening-ruleset'), extension: strings([['id', text(stamp['id'])], ['version', text(stamp['version'])], ['fingerprint', text(stamp['fingerprint'])]]) },
    ],
    ...(ref === '' ? {} : { identifier: [{ value: ref }] }),
    status: preliminary ? 'preliminary' : 'final',
    method: { text: `${ruleset.meta.title} ${ruleset.meta.version}` },
    subject: options.subject ?? (ref === '' ? { display: ruleset.meta.title } : { identifier: { value: ref } }),
    ...(options.assessedOn === undefined ? {} : { occurrenceDateTime: options.assessedOn }),
    ...(options.questionnaireResponse === undefined ? {} : { basis: [{ reference: options.questionnaireResponse }] }),
    prediction: [{ qualitativeRisk: { coding: [coding(level)], text: coding(level)['display'] }, ...(rules.length === 0 ? {} : { rationale: rules.join('; ') }) }],
    ...(steps.length === 0 ? {} : { mitigation: steps.map((step, index) => `${String(index + 1)}. ${step}`).join('\n') }),
  } as FhirRiskAssessment;
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Json : {};
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(record) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
