import { LINK_IDS } from './fhir-link-ids.js';
import type { FhirQuestionnaireItem } from './fhir-types.js';

/** The SDC extension whose FHIRPath expression a renderer evaluates to fill in an item. */
export const CALCULATED_EXPRESSION_URL = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A read-only item under a date item that shows the date as the renderer recorded it, in words
 * ("3 April 2013"), worked out by the renderer from the answer (SDC calculatedExpression, FHIRPath).
 * Renderers read a typed date in their own order, and some always month first (LHC-Forms reads
 * 03/04/2013 as 4 March, whatever the user's country); the words show the person what was recorded.
 * `fromQuestionnaireResponse` ignores the item.
 */
export function dateReadBack(dateLinkId: string, text: string): FhirQuestionnaireItem {
  const date = `%resource.repeat(item).where(linkId = '${dateLinkId}').answer.value.toString()`;
  // The month as a word: one iif per month keeps to FHIRPath that every engine evaluates.
  const month = MONTHS.reduceRight((otherwise, name, index) => `iif(substring(5, 2) = '${String(index + 1).padStart(2, '0')}', '${name}', ${otherwise})`, "''");
  return {
    linkId: LINK_IDS.readBack(dateLinkId),
    text,
    type: 'string',
    required: false,
    readOnly: true,
    extension: [{
      url: CALCULATED_EXPRESSION_URL,
      valueExpression: {
        description: 'The date as recorded, in words',
        language: 'text/fhirpath',
        expression: `${date}.select(substring(8, 2).toInteger().toString() + ' ' + ${month} + ' ' + substring(0, 4))`,
      },
    }],
  };
}
