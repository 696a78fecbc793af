/**
 * Validation before and after the one-walk reader (issue 14), side by side in one process:
 * `full` is today's full path (guardInput, ScreeningSchema, checkScreening, factsOf), `fast` the one-walk
 * reader alone, `read` what readScreening now does (fast first, full when not sure). Microseconds per
 * screening, median of the repetitions, on the bench's generated set, its variants and the golden cases.
 *
 *   npx tsx bench/validation-fast-path.ts [screenings=2000] [repetitions=9]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { buildCompiledRuleset } from '../src/engine/compile/build-compiled-ruleset.js';
import { readScreening, readScreeningFully } from '../src/engine/read/read-screening.js';
import { readScreeningFast } from '../src/engine/read/read-screening-fast.js';
import { compileRuleset } from '../src/index.js';
import { parseRuleset } from '../src/ruleset/parse-ruleset.js';
import { format, measureSideBySide, type Contender } from './measure.js';
import { generateScreenings, loadGoldenCases, variantScreenings } from './screenings.js';

const count = Number(process.argv[2] ?? 2_000);
const repetitions = Number(process.argv[3] ?? 9);
const ruleset = parseRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const compiled = buildCompiledRuleset(ruleset);
const screener = compileRuleset(ruleset);
const generated = generateScreenings(ruleset, count);
const sets: [string, readonly unknown[]][] = [
  ['generated', generated],
  ['variants', variantScreenings(ruleset, screener.stamp, generated.slice(0, 500))],
  ['golden', loadGoldenCases().map((entry) => entry.screening)],
];

const silent = (): void => undefined;
console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
for (const [name, inputs] of sets) {
  const accepted = inputs.filter((input) => readScreeningFast(input, compiled, false) !== undefined).length;
  const pass = (read: (input: unknown) => unknown) => (): number => {
    let sink = 0;
    for (const input of inputs) if (read(input) !== undefined) sink++;
    return sink;
  };
  const contenders: Contender[] = [
    { key: 'full', name: 'full path', count: inputs.length, warmups: 3, pass: pass((input) => readScreeningFully(input, compiled)) },
    { key: 'fast', name: 'one walk', count: inputs.length, warmups: 3, pass: pass((input) => readScreeningFast(input, compiled, false)) },
    { key: 'read', name: 'readScreening', count: inputs.length, warmups: 3, pass: pass((input) => readScreening(input, compiled)) },
    { key: 'screen', name: 'safeScreen', count: inputs.length, warmups: 3, pass: pass((input) => screener.safeScreen(input)) },
  ];
  const { timings } = await measureSideBySide(contenders, repetitions, silent);
  const micros = new Map(timings.map((timing) => [timing.key, timing.median]));
  const full = micros.get('full') ?? Number.NaN;
  const read = micros.get('read') ?? Number.NaN;
  console.log(`${name} (${inputs.length} screenings, ${accepted} taken by the one walk): ` +
    timings.map((timing) => `${timing.key} ${format(timing.median)} µs`).join(', ') +
    `; full/read ${(full / read).toFixed(1)}x`);
}
