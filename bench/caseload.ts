/**
 * The caseload report and the links command at scale: a generated caseload of 100,000 screenings
 * carrying 300,000 association references (3 each: one shared from a pool, sometimes a second, and the
 * rest held by one child only), screened with `assess --batch`, then `report --screenings` and `links`.
 * Prints the wall time and peak memory (max RSS) of each run of the built CLI. Files live in a
 * temporary folder removed at the end. Run after a build:
 *   npm run build && npx tsx bench/caseload.ts [SCREENINGS]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { caseloadScreenings, type CaseloadRuleset } from '../test/support/caseload-screenings.js';

const TIME = '/usr/bin/time';
const screenings = Number(process.argv[2] ?? 100_000);
const REFS_EACH = 3;
const CLI = process.env['CSE_CLI'] ?? 'dist/cli.js';
const RULESET = resolve('rules/brighton-hove-cse.json');

const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as CaseloadRuleset;

/** Writes the generated caseload (test/support/caseload-screenings.ts) to a file; returns how many association references it holds. */
function writeCaseload(path: string): number {
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
function measure(args: readonly string[], stdoutFile: string | undefined): { seconds: number; maxRssMb: number | undefined; status: number | null } {
  const out = stdoutFile === undefined ? 'ignore' : openSync(stdoutFile, 'w');
  const started = performance.now();
  const useTime = existsSync(TIME);
  const done = useTime
    ? spawnSync(TIME, ['-f', 'maxrss-kb %M', process.execPath, CLI, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss-kb "+process.resourceUsage().maxRSS+"\\n"))', CLI, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (typeof out === 'number') closeSync(out);
  const kb = /maxrss-kb (\d+)/.exec(done.stderr)?.[1];
  return { seconds, maxRssMb: kb === undefined ? undefined : Number(kb) / 1024, status: done.status };
}

const folder = mkdtempSync(join(tmpdir(), 'cse-caseload-bench-'));
try {
  const input = join(folder, 'screenings.ndjson');
  const results = join(folder, 'results.ndjson');
  const refs = writeCaseload(input);
  console.log(`caseload: ${screenings} screenings, ${refs} association references, ${(statSync(input).size / 1e6).toFixed(1)} MB`);
  const batch = measure(['assess', '--batch', input, '--ruleset', RULESET, '--quiet'], results);
  if (batch.status !== 0 && batch.status !== 1) throw new Error(`assess --batch exited ${batch.status}`);
  console.log(`assess --batch: ${batch.seconds.toFixed(1)} s, max RSS ${batch.maxRssMb?.toFixed(0) ?? '?'} MB (exit ${batch.status}), results ${(statSync(results).size / 1e6).toFixed(1)} MB`);
  const report = measure(['report', results, '--screenings', input, '--as-of', '2026-11-01', '--ruleset', RULESET, '--out', join(folder, 'report')], undefined);
  console.log(`report --screenings --out: ${report.seconds.toFixed(1)} s, max RSS ${report.maxRssMb?.toFixed(0) ?? '?'} MB (exit ${report.status})`);
  const links = measure(['links', input, '--ruleset', RULESET, '--format', 'json'], join(folder, 'links.json'));
  const groups = (JSON.parse(readFileSync(join(folder, 'links.json'), 'utf8')) as { groups: unknown[] }).groups.length;
  console.log(`links --format json: ${links.seconds.toFixed(1)} s, max RSS ${links.maxRssMb?.toFixed(0) ?? '?'} MB (exit ${links.status}), ${groups} groups listed`);
} finally {
  if (process.env.KEEP === undefined) rmSync(folder, { recursive: true, force: true }); else console.log(folder);
}
