import { fail, succeed, type Safe } from '../../../issues/safe.js';

/** How input is written: one JSON screening per line, CSV with a header row, or FHIR QuestionnaireResponses (one JSON per line in a batch). */
export type InputFormat = 'ndjson' | 'csv' | 'fhir';

/** Reads `--input`; when it is absent, a source ending in `.csv` (any case) is CSV and anything else NDJSON. The value is never echoed. */
export function readInputFormat(value: string | undefined, source: string): Safe<InputFormat> {
  if (value === undefined) return succeed(source.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  if (value === 'ndjson' || value === 'csv' || value === 'fhir') return succeed(value);
  return fail([{ code: 'usage', path: [], message: '--input must be ndjson, csv or fhir' }]);
}
