import type { Indicator } from '../../schema/indicator.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { answerChoices } from './answer-choices.js';
import { itemControl, weightExtensions } from './fhir-extensions.js';
import { BASIS_CHOICES, FHIR_CODES, LINK_IDS } from './fhir-link-ids.js';
import type { FhirEnableWhen, FhirQuestionnaireItem } from './fhir-types.js';

/** What an indicator's item needs beyond the indicator: the answers CodeSystem and the option weights. */
export interface IndicatorItemContext {
  readonly ruleset: Ruleset;
  readonly codeSystem: string;
  readonly weights: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly legacyOrdinalValue: boolean;
}

/** Free-text limit of evidence, in characters: half the engine's limit in UTF-16 units. */
const EVIDENCE_MAX = 10_000;

/**
 * The `choice` item of an indicator (linkId = indicator id): coded options shown as radio buttons, with
 * `itemWeight` where a score weights them; nested under it, the guidance as help, then the details of
 * the answer, enabled only once it is answered yes or possible (a score above zero, for an ordinal indicator):
 * the time windows it offers (several may be ticked), the basis, and the evidence.
 */
export function indicatorItem(indicator: Indicator, context: IndicatorItemContext): FhirQuestionnaireItem {
  const { codeSystem } = context;
  const byCode = context.weights.get(indicator.id);
  const coding = (code: string, display: string): { system: string; code: string; display: string } => ({ system: codeSystem, code, display });
  // The details show for the answers that raise a concern: yes or possible, or a score above zero (as in the JSON Forms export).
  const enableWhen: FhirEnableWhen[] = answerChoices(indicator)
    .filter((choice) => (typeof choice.value === 'number' ? choice.value > 0 : choice.value === 'yes' || choice.value === 'possible'))
    .map((choice) => ({ question: indicator.id, operator: '=', answerCoding: coding(choice.code, choice.label) }));
  const enabled = { enableWhen, ...(enableWhen.length > 1 ? { enableBehavior: 'any' as const } : {}) };
  const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
  const details: FhirQuestionnaireItem[] = [
    ...(windows.length === 0 ? [] : [{
      linkId: LINK_IDS.window(indicator.id),
      text: 'When? Tick each time window that applies.',
      type: 'choice' as const,
      required: false,
      repeats: true,
      ...enabled,
      answerOption: windows.map((id) => ({ valueCoding: coding(FHIR_CODES.window(id), context.ruleset.windows.find((window) => window.id === id)?.label ?? id) })),
    }]),
    {
      linkId: LINK_IDS.basis(indicator.id),
      text: 'Does the answer rest on evidence or on professional concern?',
      type: 'choice',
      required: false,
      ...enabled,
      extension: [itemControl('radio-button')],
      answerOption: BASIS_CHOICES.map((choice) => ({ valueCoding: coding(FHIR_CODES.basis(choice.value), choice.label) })),
    },
    { linkId: LINK_IDS.evidence(indicator.id), text: 'Evidence (optional)', type: 'text', required: false, maxLength: EVIDENCE_MAX, ...enabled },
  ];
  return {
    linkId: indicator.id,
    text: indicator.text,
    type: 'choice',
    required: false,
    extension: [itemControl('radio-button')],
    answerOption: answerChoices(indicator).map((choice) => {
      const valueCoding = coding(choice.code, choice.label);
      const weight = byCode?.get(choice.code);
      return weight === undefined ? { valueCoding } : { valueCoding, extension: weightExtensions(weight, context.legacyOrdinalValue) };
    }),
    item: [{ linkId: LINK_IDS.guidance(indicator.id), text: indicator.guidance, type: 'display', extension: [itemControl('help')] }, ...details],
  };
}
