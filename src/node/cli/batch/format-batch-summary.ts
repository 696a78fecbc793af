import { assertNever } from '../../../assert-never.js';

/** The counts a batch ends with, and why it stopped early, if it did. */
export interface BatchTally {
  readonly read: number;
  readonly scored: number;
  readonly failed: number;
  readonly elapsedMs: number;
  /** The threads it screened on, when more than one (`--jobs`). */
  readonly threads?: number;
  readonly stopped?: 'header' | 'output-closed' | 'output-failed' | 'interrupted' | 'workers-failed';
  /** How many records standard output took whole: said whenever the batch stopped before its end. */
  readonly written?: number;
  /** The signal that stopped it (SIGINT, SIGTERM), the system's code of the output's error (EPIPE, ENOSPC), or Node's of the workers' (ERR_WORKER_OUT_OF_MEMORY). */
  readonly cause?: string;
}

/**
 * The one stderr line a batch ends with: records read, scored and failed, the time taken and the
 * rate, the threads when more than one, and, when it stopped early, why and how many records were written (the last one whole). Counts
 * and codes only, never anything from the input.
 * @example
 * formatBatchSummary({ read: 3, scored: 2, failed: 1, elapsedMs: 20 });
 * // 'cse-screen: batch: 3 records read, 2 scored, 1 failed in 0.02 s (150 records/s)\n'
 */
export function formatBatchSummary(tally: BatchTally): string {
  const seconds = tally.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(tally.read / seconds) : 0;
  return `cse-screen: batch: ${records(tally.read)} read, ${tally.scored} scored, ${tally.failed} failed`
    + ` in ${seconds.toFixed(2)} s (${rate} records/s)${(tally.threads ?? 1) > 1 ? ` on ${tally.threads ?? 1} threads` : ''}${stoppedBecause(tally)}\n`;
}

function stoppedBecause(tally: BatchTally): string {
  const cause = tally.cause === undefined ? '' : ` (${tally.cause})`;
  const written = `: ${records(tally.written ?? 0)} written, the last one whole`;
  switch (tally.stopped) {
    case undefined:
      return '';
    case 'header':
      return '; stopped at the header, which does not fit the ruleset';
    case 'output-closed':
      return `; stopped when standard output was closed${cause}${written}`;
    case 'output-failed':
      return `; stopped: standard output could not be written${cause}${written}`;
    case 'interrupted':
      return `; stopped by ${tally.cause ?? 'a signal'}${written}`;
    case 'workers-failed':
      return `; stopped: worker threads could not start or ran out of memory${cause}: ${records(tally.written ?? 0)} written; run it again with --jobs 1`;
    default:
      return assertNever(tally.stopped);
  }
}

function records(count: number): string {
  return `${count} record${count === 1 ? '' : 's'}`;
}
