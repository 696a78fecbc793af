import type { ResultDetail } from '../../../schema/compact-result.js';
import { fail, succeed, type Safe } from '../../../issues/safe.js';

/** What `assess --batch` writes: NDJSON lines with a result of this detail, or compact CSV rows. */
export type BatchOutput = { readonly kind: 'ndjson'; readonly detail: ResultDetail } | { readonly kind: 'csv' };

/**
 * Reads `--output ndjson|csv` and `--detail decision|ids|full`. NDJSON with `ids` is the default: the
 * result with ids where the ruleset holds the text. CSV is one row per record and takes no detail.
 */
export function readBatchOutput(output: string | undefined, detail: string | undefined): Safe<BatchOutput> {
  if (output !== undefined && output !== 'ndjson' && output !== 'csv') return fail([{ code: 'usage', path: ['--output'], message: 'must be ndjson or csv' }]);
  if (detail !== undefined && detail !== 'decision' && detail !== 'ids' && detail !== 'full') return fail([{ code: 'usage', path: ['--detail'], message: 'must be decision, ids or full' }]);
  if (output === 'csv') {
    return detail === undefined ? succeed({ kind: 'csv' }) : fail([{ code: 'usage', path: ['--detail'], message: 'goes with NDJSON output: --output csv always writes ref, levels and step ids' }]);
  }
  return succeed({ kind: 'ndjson', detail: detail ?? 'ids' });
}
