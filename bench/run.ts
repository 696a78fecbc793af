/**
 * `npm run bench`: the engine side by side with a hand-written function, json-rules-engine and validation
 * alone, in one process on one data set; then the batch CLI against a plain NDJSON loop, peak memory,
 * cold start and bundle size. Prints a report and writes bench/RESULTS.md. Nothing here asserts on time:
 * the floors of the issue are reported as met or missed, by how much.
 *
 * Settings (environment; any override means RESULTS.md is not written):
 * BENCH_SCREENINGS (20000), BENCH_REPETITIONS (5), BENCH_JRE_SCREENINGS (2000), BENCH_BATCH_RECORDS (100000),
 * BENCH_BIG_RECORDS (1000000), BENCH_BATCH_REPETITIONS (2), BENCH_COLD_RUNS (10), BENCH_SKIP_BATCH (unset).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ReadScreening } from '../src/engine/read-screening.js';
import type * as Lib from '../src/index.js';
import type { RulesetInput, Screening } from '../src/index.js';
import { measureBatch } from './batch.js';
import { measureBundleSizes } from './bundle-size.js';
import { allAgree, compareHandWritten, compareJre, type Agreement } from './check-agreement.js';
import { measureColdStart } from './cold-start.js';
import { importContenders } from './import-contenders.js';
import { measureLean, renderLean } from './lean.js';
import { measureLoadCost, renderLoadCost } from './protections.js';
import { measureRulesetScaling, renderRulesetScaling } from './ruleset-scaling.js';
import { measureSideBySide, type Contender } from './measure.js';
import { renderReport } from './report.js';
import { completeScreenings, generateScreenings, loadGoldenCases, SEED, variantScreenings } from './screenings.js';

// `--quick`: small sizes for a look at the numbers (RESULTS.md is not written).
const quick = process.argv.includes('--quick');
const setting = (name: string, fallback: number): number => Number(process.env[name] ?? (quick ? QUICK[name] ?? fallback : fallback));
const QUICK: Record<string, number> = { BENCH_SCREENINGS: 2000, BENCH_REPETITIONS: 3, BENCH_JRE_SCREENINGS: 500, BENCH_COLD_RUNS: 5, BENCH_LEAN_BATCH_RECORDS: 20_000 };
const settings = {
  screenings: setting('BENCH_SCREENINGS', 20_000),
  repetitions: setting('BENCH_REPETITIONS', 5),
  jreScreenings: setting('BENCH_JRE_SCREENINGS', 2_000),
  batchRecords: setting('BENCH_BATCH_RECORDS', 100_000),
  bigRecords: setting('BENCH_BIG_RECORDS', 1_000_000),
  batchRepetitions: setting('BENCH_BATCH_REPETITIONS', 2),
  coldRuns: setting('BENCH_COLD_RUNS', 10),
  skipBatch: process.env.BENCH_SKIP_BATCH !== undefined || quick,
  leanBatchRecords: setting('BENCH_LEAN_BATCH_RECORDS', 100_000),
};
// BENCH_ALLOW_MISMATCH changes no size: the agreement table shows every difference.
const customised = quick || Object.keys(process.env).some((name) => name.startsWith('BENCH_') && name !== 'BENCH_ALLOW_MISMATCH');
const log = (line: string): void => { process.stderr.write(`${line}\n`); };
const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;

// The engine as published: the built browser-safe entry.
const lib = await import(pathToFileURL('dist/index.js').href) as typeof Lib;
// The hand-written function, json-rules-engine and the engine's internals, bundled as dist/ is.
const contendersModule = await importContenders();
const { buildCompiledRuleset, createHandWrittenScreen, createJreScreen, parseRuleset, readScreening, scoreScreening } = contendersModule;
const rulesetJson: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));
const screener = lib.compileRuleset(rulesetJson);
// The full hand-written result builder implements an earlier release of the default ruleset; when the ruleset
// has moved on it is left out (issue 14's decision-only function, bench/hand-written-decision.ts, follows 1.1.0).
const handWritten = ((): ReturnType<typeof createHandWrittenScreen> | undefined => {
  try {
    return createHandWrittenScreen(screener.ruleset, screener.stamp, lib.VERSION);
  } catch (error) {
    log(`full hand-written result builder left out: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
})();
const jre = createJreScreen(screener.ruleset, screener.stamp, lib.VERSION);

log(`generating ${settings.screenings} screenings (fast-check seed ${SEED})`);
const inputs = generateScreenings(screener.ruleset, settings.screenings);
const golden = loadGoldenCases();
const variants = variantScreenings(screener.ruleset, screener.stamp, inputs.slice(0, 500));
const complete = completeScreenings(screener.ruleset, inputs.slice(500, 1000));

log('checking that the contenders agree before timing them');
const agreements: Agreement[] = [
  ...(handWritten === undefined ? [] : [
    compareHandWritten('golden cases', screener, handWritten, golden.map((entry) => entry.screening)),
    compareHandWritten('generated set', screener, handWritten, inputs),
    compareHandWritten('variants (ref, judgement, previous, date of birth)', screener, handWritten, variants),
  ]),
  await compareJre('golden cases', screener, jre, golden.map((entry) => entry.screening)),
  await compareJre(`generated set, first ${settings.jreScreenings}`, screener, jre, inputs.slice(0, settings.jreScreenings)),
  await compareJre('variants', screener, jre, variants),
  await compareJre('complete screenings (every item answered yes, no or possible; age and every fact given)', screener, jre, complete),
];
for (const agreement of agreements) {
  const verdict = Object.keys(agreement.differences).length === 0 ? 'agree' : `DIFFER ${JSON.stringify(agreement.differences)}; first at ${agreement.firstDifference ?? '?'}`;
  log(`  ${agreement.label}: ${agreement.checked} screenings, ${verdict}`);
}
if (!allAgree(agreements) && process.env.BENCH_ALLOW_MISMATCH === undefined) {
  log('The contenders do not compute the same results: timings would compare different work. Fix bench/hand-written.ts or');
  log('bench/json-rules-engine.ts to follow the engine (or set BENCH_ALLOW_MISMATCH=1 to time anyway).');
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
  ...(handWritten === undefined ? [] : [
    { key: 'b', name: '(b) hand-written function on pre-validated input', count: n, warmups: 1, pass: () => parsed.reduce((acc, item) => acc + sum(handWritten(item)), 0) },
    {
      key: 'b2', name: '(b2) screener.safeParseScreening + hand-written', count: n, warmups: 1,
      pass: () => inputs.reduce<number>((acc, input) => {
        const outcome = screener.safeParseScreening(input);
        return acc + (outcome.success ? sum(handWritten(outcome.data)) : 0);
      }, 0),
    },
  ]),
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
if (settings.batchRecords % lines.length !== 0 || settings.bigRecords % lines.length !== 0) throw new Error('batch sizes must be multiples of BENCH_SCREENINGS');
const batch = settings.skipBatch ? undefined : measureBatch(lines, { records: settings.batchRecords, bigRecords: settings.bigRecords, repetitions: settings.batchRepetitions }, log);
if (batch?.available === false) log(`  ${batch.reason ?? ''}`);

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
  agreements, timings, batch, coldStart, bundles, elapsedSeconds: (Date.now() - started) / 1000,
  loadAtStart,
  resultBytes: inputs.slice(0, 1000).reduce<number>((acc, input) => acc + JSON.stringify(screener.screen(input)).length, 0) / Math.min(1000, inputs.length),
});
log('ruleset validation and compilation, generated rulesets');
const scaling = renderRulesetScaling(measureRulesetScaling(log));
log('ruleset loading with the protection proofs, default ruleset and ten times its size');
const loadCost = renderLoadCost(measureLoadCost());
const fullReport = `${report}\n\n${renderLean(lean)}\n\n${scaling}\n\n${loadCost}`;
process.stdout.write(`${fullReport}\n`);
if (customised) log(`bench/RESULTS.md not written: BENCH_* settings are in effect (sink ${sink})`);
else writeFileSync('bench/RESULTS.md', `${fullReport}\n`);
