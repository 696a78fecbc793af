/**
 * Cold start: wall time of a fresh `node` process for the CLI's --version, for one assessment, and for
 * `node -e 0` (the floor set by Node itself). Runs are interleaved, after one warm-up run each.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';

/** The median milliseconds of each command. */
export interface ColdStart {
  readonly command: string;
  readonly runs: number;
  readonly medianMs: number;
}

const COMMANDS: readonly (readonly string[])[] = [
  ['-e', '0'],
  ['dist/cli.js', '--version'],
  ['dist/cli.js', 'assess', 'examples/screening.json'],
];

/** Times each command `runs` times. */
export function measureColdStart(runs: number): ColdStart[] {
  const samples = COMMANDS.map(() => [] as number[]);
  for (let run = -1; run < runs; run++) {
    COMMANDS.forEach((args, c) => {
      const start = performance.now();
      const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const ms = performance.now() - start;
      if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${child.status ?? child.signal})`);
      if (run >= 0) samples[c]?.push(ms);
    });
  }
  return COMMANDS.map((args, c) => ({ command: `node ${args.join(' ')}`, runs, medianMs: median(samples[c] ?? []) }));
}
