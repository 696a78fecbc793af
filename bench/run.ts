/**
 * `npm run bench`: the engine side by side with json-rules-engine and validation alone, in one process on one
 * data set; then the batch CLI against a plain NDJSON loop, peak memory, cold start and bundle size; then
 * issue 14's lean engine against the lean reference (bench/lean-reference/, the one hand-written reference,
 * checked identical to `screen` decision before it is timed: otherwise the bench stops). Prints a report; nothing here asserts on time: each floor is reported as met or
 * missed, by how much. Before timing, json-rules-engine must agree with the engine on the screenings it is
 * timed on (level, computed level, fired rules, pathway; the steps brought in by unknown answers aside, which
 * it cannot have by design): otherwise the bench stops.
 *
 * Settings (environment): BENCH_SCREENINGS (20000), BENCH_REPETITIONS (5), BENCH_JRE_SCREENINGS (2000),
 * BENCH_BATCH_RECORDS (100000), BENCH_BIG_RECORDS (1000000), BENCH_BATCH_REPETITIONS (2), BENCH_COLD_RUNS (10),
 * BENCH_SKIP_BATCH (unset), BENCH_LEAN_BATCH_RECORDS (100000), BENCH_CASELOAD_SCREENINGS (100000: report and links are
 * measured on it and on ten times it, issue 27's floor 5).
 *
 * bench/RESULTS.md is written when no setting is given (the full run: about 30 minutes on 2 cores, most of it
 * the 1,000,000-record batch), or with BENCH_WRITE=1 from any run; the file then says at the top which settings
 * differ from the defaults and what was skipped. The reduced run used for RESULTS.md on a 2-core machine:
 *
 *   BENCH_WRITE=1 BENCH_SCREENINGS=10000 BENCH_JRE_SCREENINGS=1000 BENCH_SKIP_BATCH=1 BENCH_LEAN_BATCH_RECORDS=20000 npm run bench
 *
 * A section of RESULTS.md measured separately (below the line KEPT_MARKER in report.ts) is kept when it is rewritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ReadScreening } from '../src/engine/read/read-screening.js';
import type * as Lib from '../src/index.js';
import type { RulesetInput, Screening } from '../src/index.js';
import { measureBatch } from './batch.js';
import { measureBatchFloors, renderBatchFloors } from './batch-floors.js';
import { measureBundleSizes } from './bundle-size.js';
import { measureCaseloadRun, renderCaseloadMemory } from './caseload.js';
import { compareJre, timedAgree, type Agreement } from './check-agreement.js';
import { measureColdStart } from './cold-start.js';
import { importContenders } from './import-contenders.js';
import { measureLargeRulesetLoad, renderLargeRulesetLoad } from './large-ruleset-load.js';
import { measureLean, renderLean } from './lean.js';
import { measureLoadCost, renderLoadCost } from './protections.js';
import { measureProtectionCost, renderProtectionCost } from './run-time-protections.js';
import { measureRulesetScaling, renderRulesetScaling } from './ruleset-scaling.js';
import { measureSideBySide, type Contender } from './measure.js';
import { keptSections, renderReport } from './report.js';
import { measureIdsOutputRatio, renderIdsOutputRatio } from './result-sizes.js';
import { completeScreenings, generateScreenings, loadGoldenCases, SEED, variantScreenings } from './screenings.js';

// `--quick`: small sizes for a look at the numbers (RESULTS.md is written only with BENCH_WRITE=1).
const quick = process.argv.includes('--quick');
const QUICK: Record<string, number> = { BENCH_SCREENINGS: 2000, BENCH_REPETITIONS: 3, BENCH_JRE_SCREENINGS: 500, BENCH_COLD_RUNS: 5, BENCH_LEAN_BATCH_RECORDS: 20_000, BENCH_CASELOAD_SCREENINGS: 10_000 };
const setting = (name: string, fallback: number): number => Number(process.env[name] ?? (quick ? QUICK[name] ?? fallback : fallback));
/** The full run's settings. */
const DEFAULTS = {
  screenings: 20_000, repetitions: 5, jreScreenings: 2_000, batchRecords: 100_000, bigRecords: 1_000_000,
  batchRepetitions: 2, coldRuns: 10, skipBatch: false, leanBatchRecords: 100_000, caseloadScreenings: 100_000,
} as const;
const settings = {
  screenings: setting('BENCH_SCREENINGS', DEFAULTS.screenings),
  repetitions: setting('BENCH_REPETITIONS', DEFAULTS.repetitions),
  jreScreenings: setting('BENCH_JRE_SCREENINGS', DEFAULTS.jreScreenings),
  batchRecords: setting('BENCH_BATCH_RECORDS', DEFAULTS.batchRecords),
  bigRecords: setting('BENCH_BIG_RECORDS', DEFAULTS.bigRecords),
  batchRepetitions: setting('BENCH_BATCH_REPETITIONS', DEFAULTS.batchRepetitions),
  coldRuns: setting('BENCH_COLD_RUNS', DEFAULTS.coldRuns),
  skipBatch: process.env.BENCH_SKIP_BATCH !== undefined || quick,
  leanBatchRecords: setting('BENCH_LEAN_BATCH_RECORDS', DEFAULTS.leanBatchRecords),
  caseloadScreenings: setting('BENCH_CASELOAD_SCREENINGS', DEFAULTS.caseloadScreenings),
};
/** The settings that differ from the full run's, as `name value (default d)`. */
const reduced = (Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]).filter((name) => settings[name] !== DEFAULTS[name]).map((name) => `${name} ${String(settings[name])} (default ${String(DEFAULTS[name])})`);
const write = reduced.length === 0 || process.env.BENCH_WRITE === '1';
/** The command as run: the BENCH_* settings given, then npm run bench. */
const command = [
  ...Object.keys(process.env).filter((name) => name.startsWith('BENCH_')).sort().map((name) => `${name}=${process.env[name] ?? ''}`),
  'npm run bench', ...(quick ? ['-- --quick'] : []),
].join(' ');
const log = (line: string): void => { process.stderr.write(`${line}\n`); };
const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;

// The engine as published: the built browser-safe entry.
const lib = await import(pathToFileURL('dist/index.js').href) as typeof Lib;
// json-rules-engine and the engine's internals, bundled as dist/ is.
const contendersModule = await importContenders();
const { buildCompiledRuleset, createJreScreen, parseRuleset, readScreening, scoreScreening } = contendersModule;
const rulesetJson: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));
const screener = lib.compileRuleset(rulesetJson);
const jre = createJreScreen(screener.ruleset, screener.stamp, lib.VERSION);

log(`generating ${settings.screenings} screenings (fast-check seed ${SEED})`);
const inputs = generateScreenings(screener.ruleset, settings.screenings);
const golden = loadGoldenCases();
const variants = variantScreenings(screener.ruleset, screener.stamp, inputs.slice(0, 500));
const complete = completeScreenings(screener.ruleset, inputs.slice(500, 1000));

log('checking that json-rules-engine agrees with the engine before timing it');
const agreements: Agreement[] = [
  await compareJre('golden cases', screener, jre, golden.map((entry) => entry.screening), false),
  await compareJre(`generated set, first ${settings.jreScreenings} (the screenings it is timed on)`, screener, jre, inputs.slice(0, settings.jreScreenings), true),
  await compareJre('variants (ref, judgement, previous, date of birth)', screener, jre, variants, false),
  await compareJre('complete screenings (every item answered yes, no or possible; age and every fact given)', screener, jre, complete, false),
];
for (const agreement of agreements) {
  const differs = Object.keys(agreement.differences).length > 0;
  const verdict = differs ? `DIFFER ${JSON.stringify(agreement.differences)}; first at ${agreement.firstDifference ?? '?'}` : 'agree';
  log(`  ${agreement.label}: ${agreement.checked} screenings, ${verdict}${agreement.byDesign > 0 ? ` (${agreement.byDesign} without the unknown-answer steps, by design)` : ''}`);
}
if (!timedAgree(agreements)) {
  log('json-rules-engine does not compute what the engine computes on the screenings it is timed on: timings would');
  log('compare different work. Fix bench/json-rules-engine.ts to follow the engine.');
  process.exit(1);
}

// Inputs prepared outside the timed passes.
const parsed: Screening[] = inputs.map((input) => {
  const outcome = screener.safeParseScreening(input);
  if (!outcome.success) throw new Error('a generated screening is not valid');
  return outcome.data;
});
const compiled = buildCompiledRuleset(parseRuleset(rulesetJson));
const read: ReadScreening[] = inputs.map((input) => {
  const outcome = readScreening(input, compiled);
  if (!outcome.success) throw new Error('a generated screening is not valid');
  return outcome.data;
});
const jreInputs = parsed.slice(0, settings.jreScreenings);
const sum = (result: { level: { rank: number }; pathway: readonly unknown[] }): number => result.level.rank + result.pathway.length;
const n = inputs.length;
const contenders: Contender[] = [
  { key: 'a', name: '(a) engine: screener.screen(input), validation included', count: n, warmups: 1, pass: () => inputs.reduce<number>((acc, input) => acc + sum(screener.screen(input)), 0) },
  { key: 'a2', name: '(a2) engine scoring only: internal scoreScreening on pre-read input (src, bundled like dist)', count: n, warmups: 1, pass: () => read.reduce((acc, item) => acc + sum(scoreScreening(compiled, item)), 0) },
  {
    key: 'c', name: `(c) json-rules-engine: await engine.run per screening + post-processing, first ${jreInputs.length}`, count: jreInputs.length, warmups: 1,
    pass: async () => {
      let acc = 0;
      for (const screening of jreInputs) acc += (await jre(screening)).pathway.length;
      return acc;
    },
  },
  { key: 'd', name: '(d) validation alone: screener.safeParseScreening(input)', count: n, warmups: 1, pass: () => inputs.reduce<number>((acc, input) => acc + (screener.safeParseScreening(input).success ? 1 : 0), 0) },
];
log(`timing ${contenders.length} contenders, ${settings.repetitions} repetitions each, interleaved`);
const { timings, sink } = await measureSideBySide(contenders, settings.repetitions, log);

log(settings.skipBatch ? 'skipping the batch CLI (BENCH_SKIP_BATCH)' : 'batch CLI against the plain NDJSON loop');
const lines = inputs.map((input) => JSON.stringify(input));
if (!settings.skipBatch && (settings.batchRecords % lines.length !== 0 || settings.bigRecords % lines.length !== 0)) throw new Error('batch sizes must be multiples of BENCH_SCREENINGS');
const batch = settings.skipBatch ? undefined : measureBatch(lines, { records: settings.batchRecords, bigRecords: settings.bigRecords, repetitions: settings.batchRepetitions }, log);
if (batch?.available === false) log(`  ${batch.reason ?? ''}`);
log(settings.skipBatch ? 'skipping the batch floors (BENCH_SKIP_BATCH)' : 'batch floors: threads, a busy core, and throughput per CPU second');
const batchFloors = settings.skipBatch ? '## Batch: threads and throughput against the plain loop (issue 27, floors 2 and 3)\n\nSkipped (BENCH_SKIP_BATCH).'
  : renderBatchFloors(measureBatchFloors(lines, settings.batchRecords, log));

log(`cold start, ${settings.coldRuns} runs each`);
const coldStart = measureColdStart(settings.coldRuns);
log('bundle sizes');
const bundles = await measureBundleSizes();

const lean = await measureLean({
  screener, inputs, rulesetJson: rulesetJson as RulesetInput, contenders: contendersModule, jre, jreCount: settings.jreScreenings,
  repetitions: settings.repetitions, batchRecords: settings.leanBatchRecords, coldStart, log,
});

const report = renderReport({
  date: new Date(), settings, seed: SEED, rulesetStamp: screener.stamp, counts: { indicators: screener.ruleset.indicators.length, rules: screener.ruleset.rules.length, steps: screener.ruleset.steps.length },
  reduced, command, agreements, timings, batch, coldStart, bundles, elapsedSeconds: (Date.now() - started) / 1000,
  loadAtStart,
  resultBytes: inputs.slice(0, 1000).reduce<number>((acc, input) => acc + JSON.stringify(screener.screen(input)).length, 0) / Math.min(1000, inputs.length),
});
log('ruleset validation and compilation, generated rulesets');
const scaling = renderRulesetScaling(measureRulesetScaling(log));
log('ruleset loading with the protection proofs, default ruleset and ten times its size');
const loadCost = renderLoadCost(measureLoadCost());
const protectionCost = renderProtectionCost(measureProtectionCost());
log('large rulesets loaded from a file, each in a fresh process');
const largeLoad = renderLargeRulesetLoad(measureLargeRulesetLoad(log));
log('ids output against its input on caseload-like records (issue 27, floor 4)');
const idsOutput = `## Issue 27: result size\n\n${renderIdsOutputRatio(measureIdsOutputRatio(screener))}`;
log(`caseload report and links at ${settings.caseloadScreenings} and ${settings.caseloadScreenings * 10} screenings (issue 27, floor 5)`);
const caseloadRuns = [settings.caseloadScreenings, settings.caseloadScreenings * 10].map((screenings) => measureCaseloadRun(screenings, log));
const fullReport = `${report}\n\n${batchFloors}\n\n${renderLean(lean)}\n\n${scaling}\n\n${loadCost}\n\n${largeLoad}\n\n${protectionCost}\n\n${idsOutput}\n\n${renderCaseloadMemory(caseloadRuns)}`;
process.stdout.write(`${fullReport}\n`);
const path = 'bench/RESULTS.md';
if (write) {
  const kept = existsSync(path) ? keptSections(readFileSync(path, 'utf8')) : '';
  writeFileSync(path, `${fullReport}\n${kept === '' ? '' : `\n${kept}`}`);
  log(`${path} written${reduced.length > 0 ? ' (a reduced run: the file says so at the top)' : ''}${kept === '' ? '' : '; the separately measured sections below its marker kept'} (sink ${sink})`);
} else {
  log(`${path} not written: a reduced run (${reduced.join(', ')}); BENCH_WRITE=1 writes it anyway (sink ${sink})`);
}
