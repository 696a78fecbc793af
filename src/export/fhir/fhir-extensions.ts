import type { FhirExtension } from './fhir-types.js';

/** The SDC item-control extension: how a renderer shows an item. */
export const ITEM_CONTROL_URL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
/** The weight of an answer option (the SDC successor of ordinalValue). */
export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** The R4 core extension that older renderers read for a weight. */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
const ITEM_CONTROL_DISPLAY = { 'radio-button': 'Radio Button', help: 'Help-Button' } as const;

/** An item-control extension: radio buttons for a short scale, or help for a guidance display item. */
export function itemControl(code: keyof typeof ITEM_CONTROL_DISPLAY): FhirExtension {
  return {
    url: ITEM_CONTROL_URL,
    valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code, display: ITEM_CONTROL_DISPLAY[code] }], text: ITEM_CONTROL_DISPLAY[code] },
  };
}

/** The weight extensions of an answer option: itemWeight, and ordinalValue too where asked for older renderers. */
export function weightExtensions(weight: number, legacyOrdinalValue: boolean): FhirExtension[] {
  return legacyOrdinalValue
    ? [{ url: ITEM_WEIGHT_URL, valueDecimal: weight }, { url: ORDINAL_VALUE_URL, valueDecimal: weight }]
    : [{ url: ITEM_WEIGHT_URL, valueDecimal: weight }];
}

/** Bounds of an integer item. */
export function integerBounds(min: number, max: number): FhirExtension[] {
  return [
    { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: min },
    { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: max },
  ];
}
