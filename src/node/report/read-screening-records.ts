import type { Screener } from '../../engine/screener/compile-ruleset.js';
import { createCsvReader } from '../cli/batch/create-csv-reader.js';
import type { CliIo } from '../cli/cli-io.js';
import { readBatchRecords, readNdjsonRecords, type NdjsonRecord } from './read-ndjson-records.js';

/** How the screenings of a report are written: as assess --batch reads them, NDJSON or CSV. */
export type ScreeningsFormat = 'ndjson' | 'csv';

/**
 * Reads the screenings a report joins to its results, as assess --batch reads them: NDJSON, or CSV
 * with a header row whose columns are read against the ruleset (so a CSV needs the ruleset that
 * screened it; without one it is a single `ruleset_mismatch` record at line 0). Records are numbered
 * by the line they start on, the `line` that assess --batch writes with each result.
 */
export async function* readScreeningRecords(source: string, format: ScreeningsFormat, screener: Screener | undefined, stdin: CliIo['stdin']): AsyncGenerator<NdjsonRecord> {
  if (format === 'ndjson') {
    yield* readNdjsonRecords(source, stdin);
    return;
  }
  if (screener === undefined) {
    yield { kind: 'unreadable', line: 0, issues: [{ code: 'ruleset_mismatch', path: [], message: 'is CSV, whose columns are read against the ruleset: give the ruleset that screened it with --ruleset' }] };
    return;
  }
  yield* readBatchRecords(source, stdin, createCsvReader(screener));
}
