import { fail, succeed, type Safe } from '../../../issues/safe.js';

/** How a batch is written: one JSON screening per line, or CSV with a header row. */
export type InputFormat = 'ndjson' | 'csv';

/** Reads `--input`; when it is absent, a source ending in `.csv` (any case) is CSV and anything else NDJSON. The value is never echoed. */
export function readInputFormat(value: string | undefined, source: string): Safe<InputFormat> {
  if (value === undefined) return succeed(source.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  if (value === 'ndjson' || value === 'csv') return succeed(value);
  return fail([{ code: 'usage', path: [], message: '--input must be ndjson or csv' }]);
}
