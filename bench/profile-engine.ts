/**
 * A small driver to profile one contender on its own:
 *   node --cpu-prof --cpu-prof-dir=bench/profiles --import tsx bench/profile-engine.ts [screen|decision|ids|score|scoredecision|validate|hand] [seconds] [generated|golden]
 * then summarise with: npx tsx bench/summarize-profile.ts bench/profiles/FILE.cpuprofile
 * It runs src/ bundled as dist/ is (bench/import-contenders.ts), not through tsx, so that the profile shows
 * what dist/ runs; positions refer to node_modules/.cache/cse-screening-bench/contenders.mjs (comments name the src file).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ReadScreening } from '../src/engine/read/read-screening.js';
import { importContenders } from './import-contenders.js';
import { generateScreenings, loadGoldenCases } from './screenings.js';

const mode = process.argv[2] ?? 'screen';
const seconds = Number(process.argv[3] ?? 10);
// The generated set (5,000 dense random screenings) or the golden cases (few answers, as real screenings have), over and over.
const set = process.argv[4] ?? 'generated';
const { buildCompiledRuleset, parseRuleset, readScreening, scoreScreening, decideScreening, compileRuleset, createLeanReference } = await importContenders();
const json: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));
const screener = compileRuleset(json);
const compiled = buildCompiledRuleset(parseRuleset(json));
const reference = createLeanReference(screener.ruleset, screener.stamp);
const golden = loadGoldenCases().map((entry) => entry.screening);
const inputs = set === 'golden' ? Array.from({ length: Math.ceil(5_000 / golden.length) }, () => golden).flat() : generateScreenings(screener.ruleset, 5_000);
const read = inputs.map((input) => readScreening(input, compiled)).flatMap((outcome) => (outcome.success ? [outcome.data] : [])) as ReadScreening[];

const passes: Record<string, () => number> = {
  screen: () => inputs.reduce<number>((acc, input) => acc + screener.screen(input).pathway.length, 0),
  decision: () => inputs.reduce<number>((acc, input) => acc + screener.screen(input, { detail: 'decision' }).steps.length, 0),
  ids: () => inputs.reduce<number>((acc, input) => acc + JSON.stringify(screener.screen(input, { detail: 'ids' })).length, 0),
  // The ids result without serialising it.
  idsonly: () => inputs.reduce<number>((acc, input) => acc + screener.screen(input, { detail: 'ids' }).firedRules.length, 0),
  score: () => read.reduce((acc, item) => acc + scoreScreening(compiled, item).pathway.length, 0),
  // Scoring alone with the decision detail: what `screen(input, { detail: 'decision' })` does once the input is read.
  scoredecision: () => read.reduce((acc, item) => acc + decideScreening(compiled, item).steps.length, 0),
  validate: () => inputs.reduce<number>((acc, input) => acc + (screener.safeParseScreening(input).success ? 1 : 0), 0),
  // The lean reference (bench/lean-reference/), from the raw input.
  hand: () => inputs.reduce<number>((acc, input) => acc + reference(input).steps.length, 0),
};
const pass = passes[mode];
if (pass === undefined) throw new Error(`mode must be one of ${Object.keys(passes).join(', ')}`);
const end = performance.now() + seconds * 1000;
let count = 0;
let sink = 0;
while (performance.now() < end) {
  sink += pass();
  count += inputs.length;
}
process.stderr.write(`${mode}: ${count} screenings in ${seconds} s, ${((seconds * 1e6) / count).toFixed(1)} µs each (sink ${sink})\n`);
