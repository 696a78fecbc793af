/**
 * Reading a screening and a ruleset by their schemas written as data (parseShape, what the library does)
 * against zod's own parse of the same schemas, side by side in one process, on guardInput's plain copies:
 * the bench's generated screenings, the golden cases and the bundled default ruleset. Microseconds per
 * input, median of the repetitions.
 *
 *   npx tsx bench/shape-against-zod.ts [screenings=2000] [repetitions=9]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import * as z from 'zod/mini';
import { RULESET_SHAPE } from '../src/generated/ruleset-shape.js';
import { SCREENING_SHAPE } from '../src/generated/screening-shape.js';
import { guardInput } from '../src/issues/guard-input.js';
import { parseShape } from '../src/schema/parse-shape.js';
import type { ShapeNode } from '../src/schema/shape-node.js';
import { RulesetSchema } from '../src/schema/ruleset.js';
import { ScreeningSchema } from '../src/schema/screening.js';
import { parseRuleset } from '../src/ruleset/parse-ruleset.js';
import { format, measureSideBySide, type Contender } from './measure.js';
import { generateScreenings, loadGoldenCases } from './screenings.js';

const count = Number(process.argv[2] ?? 2_000);
const repetitions = Number(process.argv[3] ?? 9);
const rulesetJson: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));
const plain = (input: unknown): unknown => {
  const guarded = guardInput(input);
  if (!guarded.success) throw new Error('an input the bench reads was refused by guardInput');
  return guarded.data;
};
const sets: [string, readonly unknown[], z.core.$ZodType, ShapeNode][] = [
  ['generated screenings', generateScreenings(parseRuleset(rulesetJson), count).map(plain), ScreeningSchema, SCREENING_SHAPE],
  ['golden screenings', loadGoldenCases().map((entry) => plain(entry.screening)), ScreeningSchema, SCREENING_SHAPE],
  ['the default ruleset', [plain(rulesetJson)], RulesetSchema, RULESET_SHAPE],
];

const silent = (): void => undefined;
console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
for (const [name, inputs, schema, shape] of sets) {
  const times = Math.max(1, Math.round(2_000 / inputs.length));
  const pass = (read: (input: unknown) => boolean) => (): number => {
    let sink = 0;
    for (let time = 0; time < times; time++) for (const input of inputs) if (read(input)) sink++;
    return sink;
  };
  const contenders: Contender[] = [
    { key: 'zod', name: 'z.safeParse', count: inputs.length * times, warmups: 3, pass: pass((input) => z.safeParse(schema, input).success) },
    { key: 'shape', name: 'parseShape', count: inputs.length * times, warmups: 3, pass: pass((input) => parseShape(shape, input).issues.length === 0) },
  ];
  const { timings } = await measureSideBySide(contenders, repetitions, silent);
  const micros = new Map(timings.map((timing) => [timing.key, timing.median]));
  console.log(`${name} (${inputs.length}): ${timings.map((timing) => `${timing.key} ${format(timing.median)} µs`).join(', ')}; zod/shape ${((micros.get('zod') ?? Number.NaN) / (micros.get('shape') ?? Number.NaN)).toFixed(2)}x`);
}
