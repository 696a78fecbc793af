import type { Screener } from '../../../engine/screener/compile-ruleset.js';
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
import { CSV_HEADER } from './render-csv-row.js';
import { createLineSplitter, type SplitLine } from './create-line-splitter.js';
import { BatchWorkerFailed, createWorkerPool } from './create-worker-pool.js';
import { packLines } from './line-batch.js';
import { idleCores } from './idle-cores.js';
import { AUTO_MIN_THREADS } from './read-jobs.js';
import { screenLineBatch, screenRecordWith, type ScreenedLines } from './screen-line-batch.js';
import { MAX_JSON_BYTES } from '../../json-size-limit.js';
import { untilInterrupted } from './until-interrupted.js';
import type { WorkerCapacity } from './worker-capacity.js';

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
  /**
   * Threads for NDJSON input (`--jobs`): with N of them, the batch's own thread and N - 1 workers (`workerFile`,
   * the built dist/batch-worker.cjs) take batches of lines in turn, and the batch's own thread also splits the
   * lines and writes the results. The output is the same, in the same order. `auto`, for a file of at least
   * 1 MiB, takes as many threads as the machine has idle cores now (idleCores), at most four and at least three
   * (AUTO_MIN_THREADS; else one), so that work already running beside the batch never makes it slower than one
   * thread; `idle` gives that number (the CLI's watchIdleCores, started as the command begins; tests give their own).
   * CSV and FHIR input, and a batch with no jobs given, are screened on the batch's own thread. `capacity`
   * (see workerCapacity) caps the number, saying so on stderr when memory or address space set the cap;
   * `heapMb` is each worker's heap limit (default WORKER_HEAP_MB).
   */
  readonly jobs?: {
    readonly requested: number | 'auto'; readonly workerFile: string; readonly capacity?: WorkerCapacity; readonly heapMb?: number; readonly idle?: () => Promise<number>;
  };
}

const PROGRESS_EVERY = 256;

/**
 * Screens a stream of screenings with one compiled screener and writes one NDJSON line per record,
 * in input order, as it goes. Unlike the other commands it writes stdout itself, since a batch can
 * be larger than memory; it waits for 'drain' whenever stdout is full, so the input is read only as
 * fast as results are taken. Ends with a summary on stderr (counts, never values). Exit 0 when every
 * record scored, 1 when any failed or the input could not be read to the end, 74 when stdout failed (a
 * file it wrote is cut back to its last whole record), 141 when the reader closed it (EPIPE, `| head`).
 * When `io.interrupt` aborts (SIGINT, SIGTERM) it stops reading, drops output not yet handed to stdout,
 * lets the write under way finish (whole lines only), and exits 130 or 143: the output ends on a whole record.
 * A batch stopped before its end says why and how many records were written on stderr, even when quiet.
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
  const screen = screenRecordWith(screener, output, options.includeFreeText);
  const wanted = options.jobs === undefined || options.input !== 'ndjson' ? 1 : await jobCount(options.jobs.requested, opened.data.size, options.jobs.idle ?? idleCores);
  const capacity = options.jobs?.capacity;
  const jobs = capacity === undefined ? wanted : Math.min(wanted, capacity.jobs);
  if (jobs < wanted && capacity !== undefined && capacity.limitedBy !== 'cores' && !options.quiet) {
    await writeText(io.stderr, `cse-screen: batch: --jobs ${options.jobs?.requested ?? wanted} lowered to ${jobs}: as many worker threads as the ${capacity.limitedBy === 'memory' ? 'free memory' : 'address space left'} can hold\n`);
  }
  // The batch's own thread is one of the threads: it screens every `jobs`-th batch itself.
  const pool = options.jobs === undefined || jobs < 2 ? undefined : createWorkerPool(jobs - 1, options.jobs.workerFile, {
    ruleset: screener.ruleset, fingerprint: screener.stamp.fingerprint, output, includeFreeText: options.includeFreeText,
  }, options.jobs.heapMb);
  const splitter = createLineSplitter(MAX_JSON_BYTES);
  let firstLines = true;
  // Replies of the workers still to be written, in input order; at most two a worker are awaited at once.
  const queued: { readonly reply: Promise<ScreenedLines>; done: boolean }[] = [];
  if (output.kind === 'csv') writer.write(CSV_HEADER, 0);
  const counts = { read: 0, scored: 0, failed: 0 };
  let bytesRead = 0;
  let stopped: BatchTally['stopped'];
  const interrupt = io.interrupt;
  const orInterrupted = <T>(promise: Promise<T>): Promise<T | 'interrupted'> => untilInterrupted(promise, interrupt);
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
      if (!writer.write(screened.text, 1)) await orInterrupted(writer.drain());
      stopped = interrupted() ? 'interrupted' : outputStopped() ?? (record.kind === 'unreadable' && record.fatal ? 'header' : undefined);
      if (stopped !== undefined) return false;
      if (counts.read % PROGRESS_EVERY === 0) progress.update(counts.read, bytesRead);
    }
    return true;
  };

  /**
   * Writes the lines the workers have screened, in input order: every reply already in, and more, awaited,
   * until at most `keep` batches are still out. False once the batch must stop.
   */
  const emitQueued = async (keep: number): Promise<boolean> => {
    for (let head = queued[0]; head !== undefined && (head.done || queued.length > keep); head = queued[0]) {
      queued.shift();
      const screened = await orInterrupted(head.reply);
      if (screened === 'interrupted') {
        stopped = 'interrupted';
        return false;
      }
      counts.read += screened.read;
      counts.scored += screened.scored;
      counts.failed += screened.failed;
      if (!writer.write(screened.text, screened.read)) await orInterrupted(writer.drain());
      stopped = interrupted() ? 'interrupted' : outputStopped();
      if (stopped !== undefined) return false;
      progress.update(counts.read, bytesRead);
    }
    return true;
  };
  /** Sends the lines a chunk completes to the workers, and writes what they have screened; false once the batch must stop. */
  const dispatch = async (lines: readonly SplitLine[], keep: number): Promise<boolean> => {
    if (pool === undefined) return true;
    if (lines.length > 0) {
      const batch = packLines(lines, firstLines);
      // Every `jobs`-th batch is screened here, after the workers have theirs, so that all threads work at once.
      const here = sent++ % jobs === jobs - 1;
      const entry = { reply: here ? Promise.resolve(screenLineBatch(batch, screen)) : pool.screen(batch), done: here };
      void entry.reply.then(() => { entry.done = true; }, () => { entry.done = true; });
      queued.push(entry);
      firstLines = false;
    }
    return emitQueued(keep);
  };
  const ahead = 2 * jobs;
  let sent = 0;

  const issues: Issue[] = [];
  let workerCode: string | undefined;
  const iterator = opened.data.chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await orInterrupted(nextChunk(iterator));
      if (next === 'interrupted') {
        stopped = 'interrupted';
        void iterator.return?.();
        break;
      }
      if (next.kind === 'failed') {
        issues.push(next.issue);
        // What was read before the failure is still written, as on the batch's own thread.
        await dispatch([], 0);
        break;
      }
      if (next.kind === 'done') {
        if (pool === undefined) await emit(reader.end());
        else await dispatch(splitter.end(), 0);
        break;
      }
      bytesRead += next.bytes.byteLength;
      let going = pool === undefined ? await emit(reader.push(next.bytes)) : await dispatch(splitter.push(next.bytes), ahead);
      if (going) {
        // Hand over each chunk's results now, so that a slow trickle of input is answered as it comes.
        await orInterrupted(writer.drain());
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
  } catch (error) {
    // Worker threads that could not start or ran out of memory: the machine's doing, said plainly (exit 71), not a bug.
    if (!(error instanceof BatchWorkerFailed) || error.code === undefined) throw error;
    stopped = 'workers-failed';
    workerCode = error.code;
  } finally {
    await pool?.close();
  }
  if (stopped === 'interrupted') writer.abandon();
  await writer.end();
  stopped ??= outputStopped();
  progress.clear();
  const cause = stopped === 'interrupted' ? signalName(interrupt?.reason) : stopped === 'workers-failed' ? workerCode : writer.errorCode();
  const tally: BatchTally = {
    ...counts, elapsedMs: performance.now() - started, ...(pool === undefined ? {} : { threads: jobs }),
    ...(stopped === undefined ? {} : { stopped, written: writer.written() }), ...(cause === undefined ? {} : { cause }),
  };
  // A batch stopped before its end says so, and how many records were written, even with --quiet.
  const stoppedEarly = stopped !== undefined && stopped !== 'header';
  if (!options.quiet || stoppedEarly) await writeText(io.stderr, formatBatchSummary(tally));
  if (stopped === 'interrupted') return { exit: interrupt?.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted, stdout: '', issues };
  if (stopped === 'workers-failed') return { exit: EXIT.workersUnavailable, stdout: '', issues };
  const exit = writer.status() === 'failed' ? EXIT.ioError
    : writer.status() === 'closed' ? EXIT.outputClosed
      : counts.failed > 0 || issues.length > 0 ? EXIT.invalidScreening : EXIT.ok;
  return { exit, stdout: '', issues };
}

/** The smallest file that `--jobs auto` screens with worker threads: below it, starting them costs more than they save. */
export const PARALLEL_FROM_BYTES = 1024 * 1024;

/** The most threads `--jobs auto` takes. */
const AUTO_MAX_THREADS = 4;


/**
 * How many threads a batch asks for: as asked, or for `auto` one for each core idle now (rounded down, with a
 * little slack for the sampling), at most AUTO_MAX_THREADS, for a file of PARALLEL_FROM_BYTES or more, where
 * that is at least AUTO_MIN_THREADS; else one.
 */
async function jobCount(requested: number | 'auto', size: number | undefined, idle: () => Promise<number>): Promise<number> {
  if (requested !== 'auto') return requested;
  if (size === undefined || size < PARALLEL_FROM_BYTES) return 1;
  const threads = Math.min(AUTO_MAX_THREADS, Math.floor((await idle()) + 0.2));
  return threads >= AUTO_MIN_THREADS ? threads : 1;
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

/** The name of the signal an interrupt was aborted with, only when it is one. */
function signalName(reason: unknown): string | undefined {
  return reason === 'SIGINT' || reason === 'SIGTERM' ? reason : undefined;
}

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return 'isTTY' in stream && stream.isTTY === true;
}

function writeText(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}
