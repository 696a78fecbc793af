/**
 * The caseload report and the links command at scale: a generated caseload of N screenings carrying 3 association
 * references each (one shared from a pool, sometimes a second, and the rest held by one child only), screened with
 * `assess --batch`, then `report --screenings --out` and `links --format json`. Measures the wall time and peak
 * memory (max RSS, from /usr/bin/time, or the child's own process.resourceUsage()) of each run of the built CLI.
 * Files live in a temporary folder removed at the end. `npm run bench` runs it at 100,000 and 1,000,000 screenings
 * for issue 27's floor 5 (renderCaseloadMemory); alone, after a build:
 *   npm run build && npx tsx bench/caseload.ts [SCREENINGS...]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { caseloadScreenings, type CaseloadRuleset } from '../test/support/caseload-screenings.js';

const TIME = '/usr/bin/time';
const REFS_EACH = 3;
const CLI = process.env['CSE_CLI'] ?? 'dist/cli.js';
const RULESET = resolve('rules/brighton-hove-cse.json');

/** One run of the built CLI: wall seconds, peak memory in bytes, and its exit status. */
export interface Measured { readonly seconds: number; readonly maxRssBytes: number | undefined; readonly status: number | null }

/** What one caseload size gave. */
export interface CaseloadRun {
  readonly screenings: number;
  readonly references: number;
  readonly inputBytes: number;
  readonly resultBytes: number;
  readonly batch: Measured;
  readonly report: Measured;
  readonly links: Measured;
  readonly groups: number;
  /** 1-minute load average before and after the run. */
  readonly load: readonly [number, number];
}

/** Writes the generated caseload (test/support/caseload-screenings.ts) to a file; returns how many association references it holds. */
function writeCaseload(path: string, screenings: number): number {
  const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as CaseloadRuleset;
  const fd = openSync(path, 'w');
  let refs = 0;
  let buffer = '';
  for (const screening of caseloadScreenings(ruleset, { screenings, refsEach: REFS_EACH })) {
    refs += (screening['associations'] as unknown[]).length;
    buffer += `${JSON.stringify(screening)}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
  return refs;
}

/** Runs the CLI and measures it: wall seconds and max RSS (from /usr/bin/time, or the child's own report). */
function measure(args: readonly string[], stdoutFile: string | undefined): Measured {
  const out = stdoutFile === undefined ? 'ignore' : openSync(stdoutFile, 'w');
  const started = performance.now();
  const done = existsSync(TIME)
    ? spawnSync(TIME, ['-f', 'maxrss-kb %M', process.execPath, CLI, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss-kb "+process.resourceUsage().maxRSS+"\\n"))', CLI, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (typeof out === 'number') closeSync(out);
  const kb = /maxrss-kb (\d+)/.exec(done.stderr)?.[1];
  return { seconds, maxRssBytes: kb === undefined ? undefined : Number(kb) * 1024, status: done.status };
}

/** Generates a caseload of `screenings` in a temporary folder, screens it, and measures report and links on it. */
export function measureCaseloadRun(screenings: number, log: (line: string) => void): CaseloadRun {
  const folder = mkdtempSync(join(tmpdir(), 'cse-caseload-bench-'));
  const before = loadavg()[0] ?? 0;
  try {
    const input = join(folder, 'screenings.ndjson');
    const results = join(folder, 'results.ndjson');
    const references = writeCaseload(input, screenings);
    log(`  caseload: ${screenings} screenings, ${references} association references, ${(statSync(input).size / 1e6).toFixed(1)} MB`);
    const batch = measure(['assess', '--batch', input, '--ruleset', RULESET, '--quiet'], results);
    if (batch.status !== 0 && batch.status !== 1) throw new Error(`assess --batch exited ${batch.status}`);
    log(`  assess --batch: ${batch.seconds.toFixed(1)} s, max RSS ${mb(batch.maxRssBytes)} (exit ${batch.status})`);
    const report = measure(['report', results, '--screenings', input, '--as-of', '2026-11-01', '--ruleset', RULESET, '--out', join(folder, 'report')], undefined);
    log(`  report --screenings --out: ${report.seconds.toFixed(1)} s, max RSS ${mb(report.maxRssBytes)} (exit ${report.status})`);
    const links = measure(['links', input, '--ruleset', RULESET, '--format', 'json'], join(folder, 'links.json'));
    const groups = links.status === 0 ? (JSON.parse(readFileSync(join(folder, 'links.json'), 'utf8')) as { groups: unknown[] }).groups.length : 0;
    log(`  links --format json: ${links.seconds.toFixed(1)} s, max RSS ${mb(links.maxRssBytes)} (exit ${links.status}), ${groups} groups listed`);
    return { screenings, references, inputBytes: statSync(input).size, resultBytes: statSync(results).size, batch, report, links, groups, load: [before, loadavg()[0] ?? 0] };
  } finally {
    if (process.env['KEEP'] === undefined) rmSync(folder, { recursive: true, force: true }); else log(`  kept ${folder}`);
  }
}

const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1e6).toFixed(0)} MB`);
const int = (value: number): string => Math.round(value).toLocaleString('en-GB');

/** Floor 5's limits: at most this many times the peak at a tenth of the caseload, and at most this many bytes. */
const MAX_GROWTH = 2;
const MAX_BYTES = 400e6;

/** The table of runs and issue 27's floor 5 for the largest run against the one a tenth its size (MB: 10^6 bytes). */
export function renderCaseloadMemory(runs: readonly CaseloadRun[]): string {
  const out = ['## Issue 27: caseload report and links at scale (floor 5)', ''];
  out.push('A generated caseload (test/support/caseload-screenings.ts: 3 association references a screening, one shared from a pool), screened by `assess --batch` (ids, the default), then `node dist/cli.js report RESULTS --screenings FILE --as-of 2026-11-01 --out DIR` and `links FILE --format json`. Peak memory is the child\'s max RSS (/usr/bin/time); MB are 10^6 bytes.', '');
  out.push('| screenings | input MB | results MB | `report` s | `report` max RSS | `links` s | `links` max RSS | groups listed | load before, after |', '|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const run of runs) {
    out.push(`| ${int(run.screenings)} | ${(run.inputBytes / 1e6).toFixed(0)} | ${(run.resultBytes / 1e6).toFixed(0)} | ${run.report.seconds.toFixed(1)} | ${mb(run.report.maxRssBytes)} | ${run.links.seconds.toFixed(1)} | ${mb(run.links.maxRssBytes)} | ${run.groups} | ${run.load[0].toFixed(2)}, ${run.load[1].toFixed(2)} |`);
  }
  const big = runs.at(-1);
  const small = runs.find((run) => big !== undefined && run.screenings * 10 === big.screenings);
  out.push('');
  for (const command of ['report', 'links'] as const) {
    const at = (run: CaseloadRun | undefined): number | undefined => run?.[command].maxRssBytes;
    const [s, b] = [at(small), at(big)];
    if (big === undefined || small === undefined || s === undefined || b === undefined) {
      out.push(`- Floor 5, \`${command}\`: **not measured** (needs a run and one a tenth its size, each with a peak memory).`);
      continue;
    }
    const met = b <= MAX_GROWTH * s && b <= MAX_BYTES;
    out.push(`- Floor 5, \`${command}\` at ${int(big.screenings)} screenings: ${met ? '**MET**' : '**MISSED**'}: ${mb(b)}, ${(b / s).toFixed(2)}× the ${mb(s)} at ${int(small.screenings)} (limits ${MAX_GROWTH}× and ${mb(MAX_BYTES)}).`);
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100_000];
  const log = (line: string): void => { console.log(line); };
  const runs = sizes.map((screenings) => measureCaseloadRun(screenings, log));
  console.log(`\n${renderCaseloadMemory(runs)}`);
}
