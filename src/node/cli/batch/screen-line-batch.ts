import type { Screener } from '../../../engine/screener/compile-ruleset.js';
import type { BatchOutput } from './batch-output.js';
import type { BatchRecord } from './batch-reader.js';
import { readNdjsonLine } from './create-ndjson-reader.js';
import type { LineBatch } from './line-batch.js';
import { unpackLines } from './line-batch.js';
import { renderCsvRow } from './render-csv-row.js';
import { screenBatchRecord, type ScreenedRecord } from './screen-batch-record.js';

/** The output lines of a batch of input lines, in order, and how many records they hold, scored and not. */
export interface ScreenedLines {
  readonly text: string;
  readonly read: number;
  readonly scored: number;
  readonly failed: number;
}

/** How each record of a batch is screened and written: the same for the batch's own thread and for its workers. */
export function screenRecordWith(screener: Screener, output: BatchOutput, includeFreeText: boolean): (record: BatchRecord) => ScreenedRecord {
  if (output.kind === 'csv') return (record) => renderCsvRow(screener, record);
  const options = { includeFreeText, detail: output.detail } as const;
  return (record) => screenBatchRecord(screener, record, options);
}

/** Reads and screens a batch of NDJSON lines (blank lines give no record), as a worker thread does. */
export function screenLineBatch(batch: LineBatch, screen: (record: BatchRecord) => ScreenedRecord): ScreenedLines {
  let text = '';
  let read = 0;
  let scored = 0;
  unpackLines(batch).forEach((split, i) => {
    const record = readNdjsonLine(split, batch.first && i === 0);
    if (record === undefined) return;
    const screened = screen(record);
    text += screened.text;
    read++;
    if (screened.scored) scored++;
  });
  return { text, read, scored, failed: read - scored };
}
