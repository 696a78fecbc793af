/**
 * Cold start: wall time of a fresh `node` process for the CLI's --version, for one assessment, and for
 * `node -e 0` (the floor set by Node itself), for the file the package's `bin` names (what `cse-screen`
 * runs; listed first, so the floors read it) and for dist/cli.js. Runs are interleaved, after one warm-up run each.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';

/** The median milliseconds of each command. */
export interface ColdStart {
  readonly command: string;
  readonly runs: number;
  readonly medianMs: number;
}

/** The file the package's `bin` names for `cse-screen`, relative to the package root (e.g. `dist/cse-screen.cjs`). */
export function binFile(): string {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { bin?: Record<string, string> };
  const bin = manifest.bin?.['cse-screen'];
  if (bin === undefined) throw new Error('package.json names no cse-screen bin');
  return bin.replace(/^\.\//, '');
}

const COMMANDS: readonly (readonly string[])[] = [
  ['-e', '0'],
  ...[...new Set([binFile(), 'dist/cli.js'])].flatMap((file) => [[file, '--version'], [file, 'assess', 'examples/screening.json']]),
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
