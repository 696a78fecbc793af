import * as z from 'zod/mini';
import { CaseloadSummarySchema } from '../schema/caseload-summary.js';
import { DecisionResultSchema, IdsResultV2Schema } from '../schema/compact-result.js';
import { IdsResultSchema } from '../schema/ids-result.js';
import { ResultSchema } from '../schema/result.js';
import { RulesetSchema } from '../schema/ruleset.js';
import { ScreeningSchema } from '../schema/screening.js';

/** Where the committed JSON Schemas are published, as `$id`s, relative to the package. */
const SCHEMA_FILES = [
  { file: 'ruleset.schema.json', schema: RulesetSchema, io: 'input' },
  { file: 'screening.schema.json', schema: ScreeningSchema, io: 'input' },
  { file: 'result.schema.json', schema: ResultSchema, io: 'output' },
  { file: 'result-ids.schema.json', schema: IdsResultSchema, io: 'output' },
  { file: 'result-ids-v2.schema.json', schema: IdsResultV2Schema, io: 'output' },
  { file: 'decision.schema.json', schema: DecisionResultSchema, io: 'output' },
  { file: 'caseload-summary.schema.json', schema: CaseloadSummarySchema, io: 'output' },
] as const;

/**
 * The JSON Schemas (draft 2020-12) of the ruleset, screening and result formats, generated from the
 * zod schemas, keyed by file name. Rulesets and screenings are described as written (input), results as produced (output).
 */
export function toJsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const { file, schema, io } of SCHEMA_FILES) {
    out[file] = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' });
  }
  return out;
}
