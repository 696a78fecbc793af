import { fail, succeed, type Safe } from '../../../issues/safe.js';

/** The most worker threads `--jobs` takes. */
export const MAX_JOBS = 64;

/**
 * The fewest threads `--jobs auto` takes, where it takes more than one: with two, the batch's own thread reads,
 * splits and writes every line and screens half the batches too, and one worker saved less than the hand-over
 * cost (bench/RESULTS.md: `--jobs 2` no faster than `--jobs 1` in wall time on 2-core machines, at 1.4 to 1.6 times the CPU).
 */
export const AUTO_MIN_THREADS = 3;

/** Reads `--jobs auto|N`: auto when not given; N a whole number from 1 (the batch's own thread only) to MAX_JOBS. */
export function readJobs(value: string | undefined): Safe<number | 'auto'> {
  if (value === undefined || value === 'auto') return succeed('auto');
  const count = /^[1-9][0-9]?$/.test(value) ? Number(value) : Number.NaN;
  return count >= 1 && count <= MAX_JOBS ? succeed(count) : fail([{ code: 'usage', path: ['--jobs'], message: `must be auto or a whole number from 1 to ${MAX_JOBS}` }]);
}
