/**
 * Loading a large ruleset from a file as the library and the CLI do (loadRulesetFile from dist/node: read,
 * JSON with duplicate-key check, shape, meaning, engine form and the protection proofs), each in a fresh Node
 * process so that its peak memory is its own. The rulesets are ports of a big council tool in shape
 * (councilPortRuleset in test/support/generate-rulesets.ts: the default ruleset's indicators and rules copied,
 * counts by shared tags growing with every copy, long texts), from about 1 MB to about 11 MB. Issue 26 asks
 * that time and memory grow linearly and that a 10 MB ruleset loads in a few seconds. Growth: the ratio of
 * time (or memory) to the size ratio against the smallest row; near 1 or below is linear.
 * Run alone (after npm run build): npx tsx bench/large-ruleset-load.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { councilPortRuleset } from '../test/support/generate-rulesets.js';
import { median } from './measure.js';

/** One measured ruleset. */
export interface LargeLoadRow {
  readonly copies: number;
  readonly indicators: number;
  readonly rules: number;
  readonly bytes: number;
  readonly ms: number;
  readonly peakMb: number;
  readonly outcome: string;
}

const COPIES = [1, 2, 5, 10] as const;
const TEXT_REPEAT = 40;

// Loads the file given and prints the time taken, the process's peak memory and the outcome, as JSON.
const LOADER = `
const { loadRulesetFile } = await import(${JSON.stringify(pathToFileURL(resolve('dist/node.js')).href)});
const started = performance.now();
const loaded = loadRulesetFile(process.argv[1]);
const ms = performance.now() - started;
const outcome = loaded.success ? 'loaded' : 'refused: ' + [...new Set(loaded.issues.map((issue) => issue.code))].join(', ');
process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, outcome }));
`;

/** Measures each size `runs` times in fresh processes; medians of time and peak memory. */
export function measureLargeRulesetLoad(log: (line: string) => void, runs = 3): LargeLoadRow[] {
  const folder = mkdtempSync(join(tmpdir(), 'cse-large-ruleset-'));
  try {
    return COPIES.map((copies) => {
      const ruleset = councilPortRuleset(copies, TEXT_REPEAT) as { indicators: unknown[]; rules: unknown[] };
      const text = JSON.stringify(ruleset);
      const file = join(folder, `port-${copies}.json`);
      writeFileSync(file, text);
      const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', LOADER, file], { encoding: 'utf8' })) as { ms: number; peakMb: number; outcome: string });
      const row: LargeLoadRow = {
        copies, indicators: ruleset.indicators.length, rules: ruleset.rules.length, bytes: Buffer.byteLength(text),
        ms: median(samples.map((sample) => sample.ms)), peakMb: median(samples.map((sample) => sample.peakMb)), outcome: samples[0]?.outcome ?? '',
      };
      log(`  ${(row.bytes / 1e6).toFixed(1)} MB, ${row.indicators} indicators, ${row.rules} rules: ${row.ms.toFixed(0)} ms, peak ${row.peakMb.toFixed(0)} MB (${row.outcome})`);
      return row;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The table as Markdown, with growth against the smallest row and the floor. */
export function renderLargeRulesetLoad(rows: readonly LargeLoadRow[]): string {
  const [first] = rows;
  const growth = (value: number, base: number, row: LargeLoadRow): string => (first === undefined ? '' : ((value / base) / (row.bytes / first.bytes)).toFixed(2));
  const largest = rows.at(-1);
  const verdict = largest === undefined ? 'not measured'
    : `${largest.outcome === 'loaded' && largest.ms <= 5_000 ? 'met' : '**missed**'}: ${(largest.bytes / 1e6).toFixed(1)} MB in ${(largest.ms / 1000).toFixed(1)} s, peak ${largest.peakMb.toFixed(0)} MB`;
  return [
    '## Loading a large ruleset from a file (issue 26)',
    '',
    'loadRulesetFile from dist/node in a fresh process per run (read, JSON, shape, meaning, engine form and the protection proofs), median of 3 runs;',
    'peak is the process\'s maximum resident memory, Node itself included. Rulesets: councilPortRuleset (test/support/generate-rulesets.ts),',
    `the default ruleset's indicators and rules copied, texts written out up to ${TEXT_REPEAT} times. Growth is against the first row, divided by the size ratio (1.00 is linear, below 1 is fixed costs spread).`,
    '',
    '| copies | indicators | rules | size (MB) | outcome | load (ms) | growth | peak (MB) | growth |',
    '|---:|---:|---:|---:|---|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.copies} | ${row.indicators} | ${row.rules} | ${(row.bytes / 1e6).toFixed(1)} | ${row.outcome} | ${row.ms.toFixed(0)} | ${first === undefined ? '' : growth(row.ms, first.ms, row)} `
      + `| ${row.peakMb.toFixed(0)} | ${first === undefined ? '' : growth(row.peakMb, first.peakMb, row)} |`),
    '',
    `Floor (a 10 MB ruleset loads in a few seconds; read here as at most 5 s): ${verdict}.`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const log = (line: string): void => { process.stderr.write(`${line}\n`); };
  process.stdout.write(`${renderLargeRulesetLoad(measureLargeRulesetLoad(log))}\n`);
}
