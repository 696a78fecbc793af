/**
 * Issue 27, floor 1: `screen(input, { detail: 'decision' })` is at most 4 times the lean reference
 * (bench/lean-reference/, brighton-hove-cse 1.2.0 decided by hand from the raw input, validation included),
 * on the golden cases and on the generated set, each reported. Before anything is timed, the reference must
 * give the same level, fired rules and steps as `screen` on the golden cases, the generated set, the variants
 * and the complete screenings: a difference stops the bench. bench/lean.ts times these contenders beside its
 * own; run alone, this file checks and times only them:
 *
 *   npx tsx bench/reference-floor.ts            (BENCH_SCREENINGS, default 2000; BENCH_REPETITIONS, default 5)
 *
 * Alone, a pass over the golden cases screens them over and over, at least 20,000 screenings, so that a pass
 * of the reference lasts long enough to time.
 *
 * It uses the built package (dist/index.js, `npm run build` first) as bench/run.ts does.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type * as Lib from '../src/index.js';
import type { Screener } from '../src/index.js';
import { compareReference, type Agreement, type DecisionIds } from './check-agreement.js';
import { importContenders } from './import-contenders.js';
import { format, measureSideBySide, type Contender, type Timing } from './measure.js';
import { completeScreenings, generateScreenings, loadGoldenCases, variantScreenings } from './screenings.js';

/** Decides one raw input: `screen` with the decision detail, or the lean reference. */
type Decide = (input: unknown) => DecisionIds;

/** The screenings the reference is checked on and timed on. */
export interface ReferenceSets {
  readonly golden: readonly unknown[];
  readonly generated: readonly unknown[];
}

/** How many screenings a pass over the golden cases screens: the cases, over and over, about as many as `atLeast`. */
export function goldenRounds(golden: readonly unknown[], atLeast: number): number {
  return Math.max(1, Math.ceil(atLeast / Math.max(1, golden.length)));
}

/** `screen` with the decision detail, as a function of the raw input. */
export function screenDecisionOf(screener: Screener): Decide {
  return (input) => screener.screen(input, { detail: 'decision' }) as unknown as DecisionIds;
}

/**
 * Checks the reference against `screen` decision on the golden cases, the generated set (both timed), the
 * variants and the complete screenings made from the generated set. Throws, stopping the bench, on a difference.
 */
export function checkReference(screener: Screener, reference: Decide, sets: ReferenceSets, log: (line: string) => void): Agreement[] {
  const screenDecision = screenDecisionOf(screener);
  const { golden, generated } = sets;
  const agreements = [
    compareReference('golden cases', screenDecision, reference, golden, true),
    compareReference('generated set', screenDecision, reference, generated, true),
    compareReference('variants (ref, judgement, previous, date of birth)', screenDecision, reference, variantScreenings(screener.ruleset, screener.stamp, generated.slice(0, 500)), false),
    compareReference('complete screenings', screenDecision, reference, completeScreenings(screener.ruleset, generated.slice(0, 500)), false),
  ];
  for (const agreement of agreements) {
    const differs = Object.keys(agreement.differences).length > 0;
    log(`  ${agreement.label}: ${agreement.checked} screenings, ${differs ? `DIFFER ${JSON.stringify(agreement.differences)}; first at ${agreement.firstDifference ?? '?'}` : 'agree'}`);
  }
  if (agreements.some((agreement) => Object.keys(agreement.differences).length > 0)) {
    throw new Error('the lean reference does not decide what screen decides: timings would compare different work. Fix bench/lean-reference/ to follow the engine.');
  }
  return agreements;
}

/** The floor's contenders: `screen` decision (G1, L1) and the lean reference (G4, L4), on the golden cases and on the generated set. */
export function referenceContenders(screenDecision: Decide, reference: Decide, sets: ReferenceSets, goldenCount: number): Record<'G1' | 'G4' | 'L1' | 'L4', Contender> {
  const { golden, generated } = sets;
  const rounds = goldenRounds(golden, goldenCount);
  const overGolden = (decide: Decide) => (): number => {
    let acc = 0;
    for (let round = 0; round < rounds; round++) for (const input of golden) acc += decide(input).firedRules.length;
    return acc;
  };
  const overGenerated = (decide: Decide) => (): number => generated.reduce<number>((acc, input) => acc + decide(input).firedRules.length, 0);
  const goldenName = `${golden.length} golden cases × ${rounds}`;
  return {
    G1: { key: 'G1', name: `screener.screen(input, { detail: 'decision' }), validation included, ${goldenName}`, count: golden.length * rounds, warmups: 1, pass: overGolden(screenDecision) },
    G4: { key: 'G4', name: `lean reference, validation included (bench/lean-reference/), ${goldenName}`, count: golden.length * rounds, warmups: 1, pass: overGolden(reference) },
    L1: { key: 'L1', name: "screener.screen(input, { detail: 'decision' }), validation included", count: generated.length, warmups: 1, pass: overGenerated(screenDecision) },
    L4: { key: 'L4', name: 'lean reference, validation included (bench/lean-reference/)', count: generated.length, warmups: 1, pass: overGenerated(reference) },
  };
}

const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

/** The floor's table: on each set, the reference, `screen` decision, their ratio and whether the floor is met. */
export function renderReferenceFloor(timings: readonly Timing[], agreements: readonly Agreement[]): string[] {
  const median = (key: string): number => timings.find((timing) => timing.key === key)?.median ?? Number.NaN;
  const checked = agreements.map((agreement) => `${agreement.checked.toLocaleString('en-GB')} ${agreement.label.replace(/^lean reference vs screen decision, /, '')}`).join(', ');
  const out = [
    `Lean reference against \`screen(…, { detail: 'decision' })\`, checked before timing on ${checked}: ${agreements.every((agreement) => Object.keys(agreement.differences).length === 0) ? 'identical level, fired rules and steps' : '**they differ**'}.`,
    '',
    '| screenings | lean reference µs / screening | `screen` decision µs / screening | `screen` / reference | floor 1 of issue 27 (at most 4×) |',
    '|---|---:|---:|---:|---|',
  ];
  for (const [set, screenKey, referenceKey] of [['golden cases', 'G1', 'G4'], ['generated set', 'L1', 'L4']] as const) {
    const ratio = median(screenKey) / median(referenceKey);
    out.push(`| ${set} (${screenKey}, ${referenceKey}) | ${format(median(referenceKey))} | ${format(median(screenKey))} | ${times(ratio)} | ${ratio <= 4 ? '**MET**' : '**MISSED**'} |`);
  }
  return out;
}

/** Run alone: check, time the floor's four contenders side by side, and print the table with the load. */
async function main(): Promise<void> {
  const log = (line: string): void => { process.stderr.write(`${line}\n`); };
  const screenings = Number(process.env.BENCH_SCREENINGS ?? 2000);
  const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);
  const lib = await import(pathToFileURL('dist/index.js').href) as typeof Lib;
  const { createLeanReference } = await importContenders();
  const screener = lib.compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
  const reference = createLeanReference(screener.ruleset, screener.stamp);
  const sets = { golden: loadGoldenCases().map((entry) => entry.screening), generated: generateScreenings(screener.ruleset, screenings) };
  log('checking the lean reference against screen(…, { detail: \'decision\' })');
  const agreements = checkReference(screener, reference, sets, log);
  log(`timing 4 contenders, ${repetitions} repetitions each, interleaved`);
  const { timings, sink } = await measureSideBySide(Object.values(referenceContenders(screenDecisionOf(screener), reference, sets, Math.max(screenings, 20_000))), repetitions, log);
  const lines = ['## Issue 27, floor 1: `screen` decision against the lean reference', '', ...renderReferenceFloor(timings, agreements), '',
    '| contender | screenings per pass | median µs / screening | all repetitions (µs) |', '|---|---:|---:|---|',
    ...timings.map((timing) => `| (${timing.key}) ${timing.name} | ${timing.count.toLocaleString('en-GB')} | ${format(timing.median)} | ${timing.samples.map(format).join(' ')} |`),
    '', `Load (1, 5, 15 minutes) at the end: ${loadavg().map((value) => value.toFixed(2)).join(', ')}. Command: \`BENCH_SCREENINGS=${screenings} BENCH_REPETITIONS=${repetitions} npx tsx bench/reference-floor.ts\` (sink ${sink}).`];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
