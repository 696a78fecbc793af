import type { Screener } from '../../../engine/compile-ruleset.js';
import type { Issue } from '../../../schema/issue.js';
import type { CliIo } from '../cli-io.js';
import type { CommandOutcome } from '../command-outcome.js';
import { EXIT } from '../exit-codes.js';
import type { BatchOutput } from './batch-output.js';
import type { BatchReader, BatchRecord } from './batch-reader.js';
import { createBatchWriter } from './create-batch-writer.js';
import { createCsvReader } from './create-csv-reader.js';
import { createFhirReader } from './create-fhir-reader.js';
import { createNdjsonReader } from './create-ndjson-reader.js';
import { createProgressMeter } from './create-progress-meter.js';
import { formatBatchSummary, type BatchTally } from './format-batch-summary.js';
import type { InputFormat } from './input-format.js';
import { openBatchSource } from './open-batch-source.js';
import { CSV_HEADER, renderCsvRow } from './render-csv-row.js';
import { screenBatchRecord, type ScreenedRecord } from './screen-batch-record.js';

/** What `cse-screen assess --batch` was asked to do. */
export interface BatchOptions {
  /** A file path, or `-` for standard input. */
  readonly source: string;
  readonly input: InputFormat;
  /** No progress line and no summary: stderr carries only errors. */
  readonly quiet: boolean;
  readonly includeFreeText: boolean;
  /** NDJSON with a result of some detail, or CSV rows; full NDJSON results when not given (the CLI asks for ids unless told). */
  readonly output?: BatchOutput;
}

const PROGRESS_EVERY = 256;

/**
 * Screens a stream of screenings with one compiled screener and writes one NDJSON line per record,
 * in input order, as it goes. Unlike the other commands it writes stdout itself, since a batch can
 * be larger than memory; it waits for 'drain' whenever stdout is full, so the input is read only as
 * fast as results are taken. Ends with a summary on stderr (counts, never values). Exit 0 when every
 * record scored, 1 when any failed or the input could not be read to the end, 74 when stdout failed.
 * When `io.interrupt` aborts (SIGINT, SIGTERM) it stops reading, drops output not yet handed to stdout,
 * lets the write under way finish (whole lines only), and exits 130 or 143: the output ends on a whole record.
 */
export async function runBatch(screener: Screener, options: BatchOptions, io: CliIo): Promise<CommandOutcome> {
  const opened = await openBatchSource(options.source, io.stdin);
  if (!opened.success) return { exit: EXIT.invalidScreening, stdout: '', issues: opened.issues };
  const started = performance.now();
  const reader: BatchReader = options.input === 'csv' ? createCsvReader(screener) : options.input === 'fhir' ? createFhirReader(screener) : createNdjsonReader();
  const writer = createBatchWriter(io.stdout);
  const progress = createProgressMeter(io.stderr, {
    enabled: !options.quiet && isTerminal(io.stderr),
    totalBytes: opened.data.size,
    now: () => performance.now(),
  });
  const output = options.output ?? { kind: 'ndjson', detail: 'full' };
  const screenOptions = { includeFreeText: options.includeFreeText, detail: output.kind === 'ndjson' ? output.detail : 'decision' } as const;
  const screen = (record: BatchRecord): ScreenedRecord => (output.kind === 'csv' ? renderCsvRow(screener, record) : screenBatchRecord(screener, record, screenOptions));
  if (output.kind === 'csv') writer.write(CSV_HEADER);
  const counts = { read: 0, scored: 0, failed: 0 };
  let bytesRead = 0;
  let stopped: BatchTally['stopped'];
  const interrupt = io.interrupt;
  const whenInterrupted = new Promise<'interrupted'>((resolve) => {
    if (interrupt?.aborted === true) resolve('interrupted');
    else interrupt?.addEventListener('abort', () => resolve('interrupted'), { once: true });
  });
  const interrupted = (): boolean => interrupt?.aborted === true;

  /** Why the batch must stop now, if it must: stdout is closed or failing. */
  const outputStopped = (): BatchTally['stopped'] => {
    const status = writer.status();
    return status === 'ok' ? undefined : status === 'closed' ? 'output-closed' : 'output-failed';
  };

  /** Screens and writes records in order; false once the batch must stop. */
  const emit = async (records: readonly BatchRecord[]): Promise<boolean> => {
    for (const record of records) {
      const screened = screen(record);
      counts.read++;
      if (screened.scored) counts.scored++;
      else counts.failed++;
      if (!writer.write(screened.text)) await Promise.race([writer.drain(), whenInterrupted]);
      stopped = interrupted() ? 'interrupted' : outputStopped() ?? (record.kind === 'unreadable' && record.fatal ? 'header' : undefined);
      if (stopped !== undefined) return false;
      if (counts.read % PROGRESS_EVERY === 0) progress.update(counts.read, bytesRead);
    }
    return true;
  };

  const issues: Issue[] = [];
  const iterator = opened.data.chunks[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([nextChunk(iterator), whenInterrupted]);
    if (next === 'interrupted') {
      stopped = 'interrupted';
      void iterator.return?.();
      break;
    }
    if (next.kind === 'failed') {
      issues.push(next.issue);
      break;
    }
    if (next.kind === 'done') {
      await emit(reader.end());
      break;
    }
    bytesRead += next.bytes.byteLength;
    let going = await emit(reader.push(next.bytes));
    if (going) {
      // Hand over each chunk's results now, so that a slow trickle of input is answered as it comes.
      await Promise.race([writer.drain(), whenInterrupted]);
      stopped = interrupted() ? 'interrupted' : outputStopped();
      going = stopped === undefined;
    }
    if (!going) {
      if (stopped === 'interrupted') void iterator.return?.();
      else await iterator.return?.();
      break;
    }
    progress.update(counts.read, bytesRead);
  }
  if (stopped === 'interrupted') writer.abandon();
  await writer.end();
  stopped ??= outputStopped();
  progress.clear();
  const tally: BatchTally = { ...counts, elapsedMs: performance.now() - started, ...(stopped === undefined ? {} : { stopped }) };
  if (!options.quiet) await writeText(io.stderr, formatBatchSummary(tally));
  if (stopped === 'interrupted') return { exit: interrupt?.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted, stdout: '', issues };
  const exit = writer.status() === 'failed' ? EXIT.ioError : counts.failed > 0 || issues.length > 0 ? EXIT.invalidScreening : EXIT.ok;
  return { exit, stdout: '', issues };
}

type Next =
  | { readonly kind: 'chunk'; readonly bytes: Uint8Array }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly issue: Issue };

/** The next chunk as bytes; a read error, or a chunk that is not text, is `file_unreadable` without the error's message. */
async function nextChunk(iterator: AsyncIterator<unknown>): Promise<Next> {
  let step: IteratorResult<unknown>;
  try {
    step = await iterator.next();
  } catch {
    return { kind: 'failed', issue: { code: 'file_unreadable', path: [], message: 'could not be read to the end' } };
  }
  if (step.done === true) return { kind: 'done' };
  const chunk = step.value;
  if (chunk instanceof Uint8Array) return { kind: 'chunk', bytes: chunk };
  if (typeof chunk === 'string') return { kind: 'chunk', bytes: Buffer.from(chunk, 'utf8') };
  return { kind: 'failed', issue: { code: 'file_unreadable', path: [], message: 'gave data that is not text' } };
}

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return 'isTTY' in stream && stream.isTTY === true;
}

function writeText(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}
