/**
 * Issue 14, "A lean engine", measured side by side in one run: `screen` with each detail against the lean
 * reference (bench/lean-reference/, issue 27: the default ruleset decided by hand from the raw input, checked
 * identical to `screen` decision before timing, on the golden cases and the generated set) and json-rules-engine; the batch CLI with
 * `--detail ids` and `--detail decision` against the plain NDJSON loop; cold start against `node -e 0`;
 * browser sizes of compileRuleset alone and of the precompiled entry; and how validation and scoring
 * grow with answered items and with the size of the ruleset. Each floor is reported as met or missed.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import type { Ruleset, RulesetInput, Screener, Screening } from '../src/index.js';
import type { Agreement } from './check-agreement.js';
import type * as Contenders from './contenders.js';
import type { ColdStart } from './cold-start.js';
import { format, measureSideBySide, median, type Contender, type Timing } from './measure.js';
import { scaledRuleset } from './protections.js';
import { checkReference, referenceContenders, renderReferenceFloor, screenDecisionOf } from './reference-floor.js';
import { loadGoldenCases } from './screenings.js';

type Decide = (input: unknown, options: { detail: 'decision' | 'ids' | 'full' }) => { level: unknown; firedRules: readonly unknown[]; steps?: readonly string[]; pathway?: readonly unknown[] };
type JreScreen = (screening: Screening) => Promise<{ pathway: readonly unknown[] }>;

/** What the issue-14 part of the bench found. */
export interface LeanReport {
  /** The lean reference against `screen` decision, checked before timing (the bench stops on a difference). */
  readonly referenceAgreements: readonly Agreement[];
  readonly detailAvailable: boolean;
  readonly timings: readonly Timing[];
  readonly batch: readonly { readonly what: string; readonly seconds: number | undefined; readonly outputBytes: number | undefined }[];
  readonly batchRecords: number;
  readonly coldStart: readonly ColdStart[];
  readonly sizes: readonly { readonly what: string; readonly gzippedBytes: number; readonly minifiedBytes: number; readonly parts: string }[];
  readonly growth: readonly GrowthRow[];
  readonly load: readonly number[];
}

/** One row of the growth table: microseconds per screening to validate (read) and to score (decision). */
export interface GrowthRow {
  readonly axis: 'answered items' | 'ruleset indicators';
  readonly size: number;
  readonly validateMicros: number;
  readonly scoreMicros: number;
}

/** Measures everything issue 14 asks for. `quick` shrinks the sizes (for a look, not for RESULTS.md). */
export async function measureLean(options: {
  readonly screener: Screener;
  readonly inputs: readonly unknown[];
  readonly rulesetJson: RulesetInput;
  readonly contenders: typeof Contenders;
  readonly jre: JreScreen;
  readonly jreCount: number;
  readonly repetitions: number;
  readonly batchRecords: number;
  readonly coldStart: readonly ColdStart[];
  readonly log: (line: string) => void;
}): Promise<LeanReport> {
  const { screener, inputs, log } = options;
  const screen = screener.screen as unknown as Decide;
  const probe = screen(inputs[0], { detail: 'decision' });
  const detailAvailable = Array.isArray(probe.steps);
  const parsed: Screening[] = inputs.map((input) => {
    const outcome = screener.safeParseScreening(input);
    if (!outcome.success) throw new Error('a generated screening is not valid');
    return outcome.data;
  });

  log('issue 27: checking the lean reference against screen(…, { detail: \'decision\' }) before timing it');
  const reference = options.contenders.createLeanReference(screener.ruleset, screener.stamp);
  const sets = { golden: loadGoldenCases().map((entry) => entry.screening), generated: inputs };
  const referenceAgreements = checkReference(screener, reference, sets, log);

  const n = inputs.length;
  const jreInputs = parsed.slice(0, options.jreCount);
  const count = (result: { firedRules: readonly unknown[] }): number => result.firedRules.length;
  // G1 and L1, `screen` decision, against G4 and L4, the lean reference, on the golden cases (over and over, at least 20,000 a pass) and the generated set (reference-floor.ts).
  const floor = referenceContenders(screenDecisionOf(screener), reference, sets, Math.max(n, 20_000));
  const contenders: Contender[] = [
    floor.G1, floor.G4, floor.L1,
    { key: 'L2', name: "screener.screen(input, { detail: 'ids' }), validation included", count: n, warmups: 1, pass: () => inputs.reduce<number>((acc, input) => acc + count(screen(input, { detail: 'ids' })), 0) },
    { key: 'L3', name: "screener.screen(input, { detail: 'full' }), validation included", count: n, warmups: 1, pass: () => inputs.reduce<number>((acc, input) => acc + count(screen(input, { detail: 'full' })), 0) },
    floor.L4,
    {
      key: 'L5', name: `json-rules-engine: await engine.run per screening + post-processing, first ${jreInputs.length}`, count: jreInputs.length, warmups: 1,
      pass: async () => {
        let acc = 0;
        for (const screening of jreInputs) acc += (await options.jre(screening)).pathway.length;
        return acc;
      },
    },
  ];
  log(`issue 14: timing ${contenders.length} contenders, ${options.repetitions} repetitions each, interleaved`);
  const { timings } = await measureSideBySide(contenders, options.repetitions, log);

  log(`issue 14: batch --detail ids and decision against the plain NDJSON loop, ${options.batchRecords} records`);
  const batch = measureBatchDetails(inputs, options.batchRecords, log);
  log('issue 14: browser sizes');
  const sizes = await measureSizes();
  log('issue 14: growth with answered items and ruleset size');
  const growth = measureGrowth(options.rulesetJson, screener.ruleset, options.contenders);
  return { referenceAgreements, detailAvailable, timings, batch, batchRecords: options.batchRecords, coldStart: options.coldStart, sizes, growth, load: loadavg() };
}

function measureBatchDetails(inputs: readonly unknown[], records: number, log: (line: string) => void): LeanReport['batch'] {
  const dir = mkdtempSync(join(tmpdir(), 'cse-bench-lean-'));
  try {
    const lines = inputs.map((input) => JSON.stringify(input));
    const chunk = `${lines.join('\n')}\n`;
    const file = join(dir, 'screenings.ndjson');
    const fd = openSync(file, 'w');
    for (let written = 0; written < records; written += lines.length) writeFileSync(fd, written + lines.length <= records ? chunk : `${lines.slice(0, records - written).join('\n')}\n`);
    closeSync(fd);
    const cases: [string, string[]][] = [
      ['`node bench/plain-ndjson-loop.mjs FILE > out`', ['bench/plain-ndjson-loop.mjs', file]],
      ['`node dist/cli.js assess --batch FILE --quiet --detail ids > out` (default `--jobs auto`: worker threads, one a core, at most 4)', ['dist/cli.js', 'assess', '--batch', file, '--quiet', '--detail', 'ids']],
      ['`node dist/cli.js assess --batch FILE --quiet --detail decision > out` (default `--jobs auto`)', ['dist/cli.js', 'assess', '--batch', file, '--quiet', '--detail', 'decision']],
      ['`node dist/cli.js assess --batch FILE --quiet --detail ids --jobs 1 > out` (one thread)', ['dist/cli.js', 'assess', '--batch', file, '--quiet', '--detail', 'ids', '--jobs', '1']],
      ['`node dist/cli.js assess --batch FILE --quiet --detail decision --jobs 1 > out` (one thread)', ['dist/cli.js', 'assess', '--batch', file, '--quiet', '--detail', 'decision', '--jobs', '1']],
    ];
    const samples = cases.map(() => [] as number[]);
    const bytes: (number | undefined)[] = cases.map(() => undefined);
    for (let rep = 0; rep < 2; rep++) {
      cases.forEach(([what, args], c) => {
        const out = join(dir, `out-${c}`);
        const outFd = openSync(out, 'w');
        const started = performance.now();
        const child = spawnSync(process.execPath, args, { stdio: ['ignore', outFd, 'pipe'], encoding: 'utf8' });
        const seconds = (performance.now() - started) / 1000;
        closeSync(outFd);
        if (child.status !== 0) {
          log(`  ${what}: exit ${child.status ?? 'signal'} (${child.stderr.split('\n')[0] ?? ''})`);
          return;
        }
        samples[c]?.push(seconds);
        bytes[c] = readFileSync(out).byteLength;
        log(`  ${what}: ${seconds.toFixed(2)} s`);
      });
    }
    return cases.map(([what], c) => ({ what, seconds: (samples[c]?.length ?? 0) > 0 ? median(samples[c] ?? []) : undefined, outputBytes: bytes[c] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Modules of dist/esm replaced when bundling a lower bound: the path's end, and the module put in its place
 * (same exports). The result is not a working library: it only weighs what is left.
 */
type LeftOut = readonly (readonly [ending: string, contents: string])[];

/** The screening's validation left out: a screening is taken as read, so what is left is the engine. */
const WITHOUT_VALIDATION: LeftOut = [
  ['engine/read/read-screening.js', 'export function readScreening(input) { return { success: true, data: input }; } export function readWholeScreening(input) { return { success: true, data: input }; } export function readScreeningFully(input) { return { success: true, data: input }; }'],
];

/** Also the ids and full results left out: what is left is the engine's decision. */
const DECISION_ONLY: LeftOut = [
  ...WITHOUT_VALIDATION,
  ['engine/result/score-screening.js', 'export function scoreScreening() { throw new Error("left out"); }'],
  ['engine/result/ids-of-screening.js', 'export function idsOfScreening() { throw new Error("left out"); }'],
];

function leaveOut(modules: LeftOut): Plugin {
  return {
    name: 'leave-out',
    setup(plugin) {
      // A module that moved would leave nothing out, and the lower bound would quietly be the whole bundle: each must be met.
      const unmet = new Set(modules.map(([ending]) => ending));
      for (const [ending, contents] of modules) {
        plugin.onLoad({ filter: new RegExp(`dist/esm/${ending.replace(/[./]/g, (c) => `\\${c}`)}$`) }, () => {
          unmet.delete(ending);
          return { contents, loader: 'js' };
        });
      }
      plugin.onEnd(() => {
        if (unmet.size > 0) throw new Error(`bench/lean.ts: no module of dist/esm ends with ${[...unmet].join(', ')}: a lower bound would leave nothing out`);
      });
    },
  };
}

/** Browser bundle sizes: the two of the floor, then two lower bounds that are not working bundles. */
export async function measureSizes(): Promise<LeanReport['sizes']> {
  const precompiledEntry = "import { compilePrecompiled } from './dist/esm/precompiled/index.js'; globalThis.compile = compilePrecompiled;";
  const bundle = async (what: string, contents: string, leftOut: LeftOut = []): Promise<LeanReport['sizes'][number]> => {
    const out = await build({
      stdin: { contents, resolveDir: process.cwd(), sourcefile: 'bench-entry.js', loader: 'js' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', metafile: true,
      plugins: [leaveOut(leftOut)],
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    // Where the minified bytes come from: zod, and each folder of dist/esm.
    const byPart = new Map<string, number>();
    for (const output of Object.values(out.metafile.outputs)) {
      for (const [path, input] of Object.entries(output.inputs)) {
        const part = path.includes('node_modules/zod/') ? 'zod' : path.startsWith('dist/esm/') ? path.slice('dist/esm/'.length).split('/')[0]?.replace(/\.js$/, '') ?? path : path;
        byPart.set(part, (byPart.get(part) ?? 0) + input.bytesInOutput);
      }
    }
    const parts = [...byPart].filter(([, bytes]) => bytes >= 500).sort((a, b) => b[1] - a[1]).map(([part, bytes]) => `${part} ${(bytes / 1000).toFixed(1)}`).join(', ');
    return { what, minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength, parts };
  };
  return [
    await bundle('compileRuleset alone (dist/esm as a browser bundler reads it, with the package\'s browser map; tree-shaken, no data)', "import { compileRuleset } from './dist/esm/index.js'; globalThis.compile = compileRuleset;"),
    await bundle('cse-screening/precompiled: compilePrecompiled with the engine (dist/esm/precompiled, with the browser map, no data)', precompiledEntry),
    // Lower bounds, not working bundles: how much of the precompiled entry is the engine itself.
    await bundle('lower bound, not a working bundle: the precompiled entry with the screening\'s validation left out (the engine alone)', precompiledEntry, WITHOUT_VALIDATION),
    await bundle('lower bound, not a working bundle: the engine alone, deciding only (ids and full results left out too)', precompiledEntry, DECISION_ONLY),
    await bundle('cse-screening/precompiled: compilePrecompiledCore alone (a core without its texts: decision and ids results; no data)',
      "import { compilePrecompiledCore } from './dist/esm/precompiled/index.js'; globalThis.compile = compilePrecompiledCore;"),
    await bundle('an app screening with the default ruleset: compilePrecompiledCore + rules/brighton-hove-cse.core.json, decision and ids results (texts loadable apart)',
      "import { compilePrecompiledCore } from './dist/esm/precompiled/index.js'; import core from './rules/brighton-hove-cse.core.json'; const s = compilePrecompiledCore(core); globalThis.screen = (x) => [s.screen(x, { detail: 'decision' }), s.screen(x, { detail: 'ids' })];"),
    await bundle('the same app with the whole precompiled file (compilePrecompiled + rules/brighton-hove-cse.compiled.json, texts included)',
      "import { compilePrecompiled } from './dist/esm/precompiled/index.js'; import whole from './rules/brighton-hove-cse.compiled.json'; const s = compilePrecompiled(whole); globalThis.screen = (x) => [s.screen(x, { detail: 'decision' }), s.screen(x, { detail: 'ids' })];"),
  ];
}

/** Screenings answering the first `answered` indicators of the ruleset (yes, no or possible in turn), for a 14 year old. */
function screeningsAnswering(ruleset: Ruleset, answered: number, count: number): unknown[] {
  const values = ['no', 'yes', 'no', 'possible', 'no'];
  return Array.from({ length: count }, (_unused, i) => ({
    subject: { ageYears: 10 + (i % 8), attributes: {} },
    answers: Object.fromEntries(ruleset.indicators.slice(0, answered).map((indicator, k) => [indicator.id, values[(i + k) % values.length]])),
    context: {},
  }));
}

function measureGrowth(rulesetJson: RulesetInput, ruleset: Ruleset, lib: typeof Contenders): GrowthRow[] {
  const time = (pass: () => number, count: number): number => {
    let sink = pass();
    const samples: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const started = performance.now();
      sink += pass();
      samples.push(((performance.now() - started) * 1000) / count);
    }
    return sink >= 0 ? median(samples) : Number.NaN;
  };
  const row = (axis: GrowthRow['axis'], size: number, compiled: ReturnType<typeof lib.buildCompiledRuleset>, inputs: readonly unknown[]): GrowthRow => {
    const read = inputs.map((input) => {
      const outcome = lib.readScreening(input, compiled);
      if (!outcome.success) throw new Error(`a growth screening is not valid: ${outcome.issues[0].code} at ${outcome.issues[0].path.join('.')}`);
      return outcome.data;
    });
    const validateMicros = time(() => inputs.reduce<number>((acc, input) => acc + (lib.readScreening(input, compiled).success ? 1 : 0), 0), inputs.length);
    const scoreMicros = time(() => read.reduce((acc, item) => acc + lib.decideScreening(compiled, item).firedRules.length, 0), read.length);
    return { axis, size, validateMicros, scoreMicros };
  };
  const compiled = lib.buildCompiledRuleset(lib.parseRuleset(rulesetJson));
  const all = ruleset.indicators.length;
  const rows = [1, 10, all].map((answered) => row('answered items', answered, compiled, screeningsAnswering(ruleset, answered, 2000)));
  // The format caps a ruleset at 1,000 indicators, so the larger rulesets are built from the parsed default without parsing.
  for (const times of [1, 10, 100]) {
    const scaled = times === 1 ? compiled : lib.buildCompiledRuleset(scaledRuleset(ruleset as RulesetInput, times) as Ruleset);
    rows.push(row('ruleset indicators', all * times, scaled, screeningsAnswering(ruleset, 10, times === 100 ? 1000 : 2000)));
  }
  return rows;
}

const x = (ratio: number): string => `${ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
const verdict = (met: boolean, shown: string, limit: string): string => `${met ? '**MET**' : '**MISSED**'}: ${shown} (${limit})`;

/** The issue-14 section of bench/RESULTS.md. */
export function renderLean(report: LeanReport): string {
  const t = (key: string): number => report.timings.find((timing) => timing.key === key)?.median ?? Number.NaN;
  const out: string[] = ['## Issue 14: a lean engine (side by side in one run)', ''];
  out.push(`Load (1-minute, 5-minute, 15-minute averages) at the end of this part: ${report.load.map((value) => value.toFixed(2)).join(', ')}.`);
  if (!report.detailAvailable) out.push('', '**`screen` has no `detail` option in this build: every contender built the full result.**');
  out.push('', '### Issue 27, floor 1: `screen` decision at most 4 times the lean reference', '', ...renderReferenceFloor(report.timings, report.referenceAgreements));
  out.push('', '| contender | screenings per pass | median µs / screening | all repetitions (µs) |', '|---|---:|---:|---|');
  for (const timing of report.timings) out.push(`| (${timing.key}) ${timing.name} | ${timing.count.toLocaleString('en-GB')} | ${format(timing.median)} | ${timing.samples.map(format).join(' ')} |`);
  out.push('', '| batch, ' + report.batchRecords.toLocaleString('en-GB') + ' records (median of 2) | s | output MB |', '|---|---:|---:|');
  for (const entry of report.batch) out.push(`| ${entry.what} | ${entry.seconds?.toFixed(2) ?? 'failed'} | ${entry.outputBytes === undefined ? 'n/a' : (entry.outputBytes / 1e6).toFixed(1)} |`);
  out.push('', '| browser bundle (esbuild, minified, gzip -9) | minified bytes | gzipped bytes | minified kB by part (zod, and each folder of dist/esm) |', '|---|---:|---:|---|');
  for (const size of report.sizes) out.push(`| ${size.what} | ${size.minifiedBytes.toLocaleString('en-GB')} | ${size.gzippedBytes.toLocaleString('en-GB')} | ${size.parts} |`);
  out.push('', '| growth: axis | size | validate µs | score µs (decision) | size ratio | validate ratio | score ratio |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const axis of ['answered items', 'ruleset indicators'] as const) {
    const rows = report.growth.filter((row) => row.axis === axis);
    const first = rows[0];
    for (const row of rows) {
      if (first === undefined) continue;
      out.push(`| ${axis} | ${row.size.toLocaleString('en-GB')} | ${format(row.validateMicros)} | ${format(row.scoreMicros)} | ${x(row.size / first.size)} | ${x(row.validateMicros / first.validateMicros)} | ${x(row.scoreMicros / first.scoreMicros)} |`);
    }
  }
  const cold = (fragment: string): number => report.coldStart.find((entry) => entry.command.includes(fragment))?.medianMs ?? Number.NaN;
  const node = cold('-e 0');
  const plain = report.batch[0]?.seconds;
  const share = (index: number): number => (plain === undefined || report.batch[index]?.seconds === undefined ? Number.NaN : plain / (report.batch[index]?.seconds ?? Number.NaN));
  const pct = (value: number): string => `${(value * 100).toFixed(0)}%`;
  const size = (index: number): number => report.sizes[index]?.gzippedBytes ?? Number.NaN;
  const textsGzip = gzipSync(readFileSync('rules/brighton-hove-cse.texts.json'), { level: 9 }).byteLength;
  out.push('', '### Floors of issues 14 and 27', '');
  out.push(`1. \`screen\` decision / lean reference (issue 27's floor 1, the table above): golden cases, (G1) / (G4): ${verdict(t('G1') / t('G4') <= 4, x(t('G1') / t('G4')), 'at most 4×')}; generated set, (L1) / (L4): ${verdict(t('L1') / t('L4') <= 4, x(t('L1') / t('L4')), 'at most 4×')}.`);
  out.push(`2. \`screen\` full / lean reference, (L3) / (L4): ${verdict(t('L3') / t('L4') <= 15, x(t('L3') / t('L4')), 'at most 15×, issue 14\'s floor, now against the lean reference, which validates its input')}. (ids: ${x(t('L2') / t('L4'))}.)`);
  out.push(`3. json-rules-engine / \`screen\` decision, (L5) / (L1): ${verdict(t('L5') / t('L1') >= 20, x(t('L5') / t('L1')), 'at least 20×')}.`);
  out.push(`4. Batch with ids / plain loop: ${verdict(share(1) >= 0.5, pct(share(1)), 'at least 50%')}; with decision: ${verdict(share(2) >= 0.7, pct(share(2)), 'at least 70%')}. On one thread (\`--jobs 1\`): ids ${pct(share(3))}, decision ${pct(share(4))}. The plain loop runs on one thread; this machine has ${availableParallelism()} cores.`);
  out.push(`5. Cold start \`--version\` / \`node -e 0\`: ${verdict(cold('--version') / node <= 1.15, x(cold('--version') / node), 'at most 1.15×')}; \`assess\`: ${verdict(cold('assess') / node <= 1.6, x(cold('assess') / node), 'at most 1.6× (issue 27)')}.`);
  out.push(`6. Browser (issue 27's floor 6): compileRuleset alone ${verdict(size(0) <= 20_000, `${(size(0) / 1000).toFixed(1)} kB`, 'at most 20 kB gzip')}; precompiled entry with the engine (compilePrecompiled) ${verdict(size(1) <= 14_000, `${(size(1) / 1000).toFixed(1)} kB`, 'at most 14 kB gzip')}, compilePrecompiledCore alone ${(size(4) / 1000).toFixed(1)} kB; an app screening with the default ruleset (core, decision and ids, texts apart) ${verdict(size(5) <= 25_000, `${(size(5) / 1000).toFixed(1)} kB`, 'at most 25 kB gzip')} (with the whole precompiled file instead: ${(size(6) / 1000).toFixed(1)} kB). The texts file (rules/brighton-hove-cse.texts.json) is ${(textsGzip / 1000).toFixed(1)} kB gzip, loaded only for full results and explanations.`);
  if (report.sizes.length >= 4) out.push(`   For scale: the engine alone, with the screening's validation left out, is ${(size(2) / 1000).toFixed(1)} kB gzip, and only its decision ${(size(3) / 1000).toFixed(1)} kB (the lower-bound rows of the bundle table: not working bundles).`);
  const growthRows = report.growth.filter((row) => row.axis === 'ruleset indicators');
  const last = growthRows.at(-1);
  const firstRow = growthRows[0];
  if (last !== undefined && firstRow !== undefined) {
    const sizeRatio = last.size / firstRow.size;
    out.push(`7. Growth, linear: at ${x(sizeRatio)} the indicators, validation ${x(last.validateMicros / firstRow.validateMicros)} and scoring ${x(last.scoreMicros / firstRow.scoreMicros)} (${last.scoreMicros / firstRow.scoreMicros <= sizeRatio * 1.5 && last.validateMicros / firstRow.validateMicros <= sizeRatio * 1.5 ? '**MET**: no worse than linear' : '**MISSED**: worse than linear'}).`);
  }
  out.push('', 'The lean reference (G4, L4) and (G1)–(L3) take the raw input and validate it as a caller would; json-rules-engine (L5) takes validated input. The cold start rows are those of the cold start table above. The growth rows past 1,000 indicators (the format\'s cap) are built from the parsed default ruleset without parsing; validation there is of the screening only.');
  return out.join('\n');
}
