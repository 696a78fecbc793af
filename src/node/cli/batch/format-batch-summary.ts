/** The counts a batch ends with, and why it stopped early, if it did. */
export interface BatchTally {
  readonly read: number;
  readonly scored: number;
  readonly failed: number;
  readonly elapsedMs: number;
  readonly stopped?: 'header' | 'output-closed' | 'output-failed' | 'interrupted';
}

const STOPPED: Readonly<Record<NonNullable<BatchTally['stopped']>, string>> = {
  header: '; stopped at the header, which does not fit the ruleset',
  'output-closed': '; stopped when standard output was closed',
  'output-failed': '; stopped: standard output could not be written',
  interrupted: '; stopped by a signal, after the last whole record',
};

/**
 * The one stderr line a batch ends with: records read, scored and failed, the time taken and the
 * rate. Counts only, never anything from the input.
 * @example
 * formatBatchSummary({ read: 3, scored: 2, failed: 1, elapsedMs: 20 });
 * // 'cse-screen: batch: 3 records read, 2 scored, 1 failed in 0.02 s (150 records/s)\n'
 */
export function formatBatchSummary(tally: BatchTally): string {
  const seconds = tally.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(tally.read / seconds) : 0;
  const stopped = tally.stopped === undefined ? '' : STOPPED[tally.stopped];
  return `cse-screen: batch: ${tally.read} record${tally.read === 1 ? '' : 's'} read, ${tally.scored} scored, ${tally.failed} failed`
    + ` in ${seconds.toFixed(2)} s (${rate} records/s)${stopped}\n`;
}
