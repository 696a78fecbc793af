/**
 * How ruleset validation (safeParseRuleset: guard, shape, semantic checks) and compilation (buildCompiledRuleset)
 * grow with the ruleset: generated rulesets of 100, 1,000 and 10,000 indicators (the format allows 1,000, so the
 * last is refused, and the time to refuse it is what is measured) with four count conditions per indicator, and
 * conditions nested up to the input depth limit. The growth ratio is time ratio over size ratio against the row
 * before: near 1 means linear. The protections proved at load (safeCompileRuleset) are not included.
 * Run alone: npx tsx bench/ruleset-scaling.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildCompiledRuleset } from '../src/engine/compile/build-compiled-ruleset.js';
import { INPUT_LIMITS } from '../src/issues/guard-input.js';
import { safeParseRuleset } from '../src/ruleset/parse-ruleset.js';
import { largeRuleset, nestedCondition, rulesetWithCondition, type NestingKind } from '../test/support/generate-rulesets.js';
import { median } from './measure.js';

/** One measured ruleset. */
export interface ScalingRow {
  readonly label: string;
  /** The size the growth ratio is taken against: JSON characters, or nesting depth. */
  readonly size: number;
  readonly bytes: number;
  readonly outcome: string;
  readonly validateMs: number;
  readonly compileMs: number | undefined;
}

function time(run: () => void, repetitions: number): number {
  const samples: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function measure(label: string, size: number, input: unknown, repetitions: number): ScalingRow {
  const parsed = safeParseRuleset(input);
  const validateMs = time(() => safeParseRuleset(input), repetitions);
  const outcome = parsed.success ? 'valid' : `refused: ${[...new Set(parsed.issues.map((issue) => issue.code))].join(', ')}`;
  const compileMs = parsed.success ? time(() => buildCompiledRuleset(parsed.data), repetitions) : undefined;
  return { label, size, bytes: JSON.stringify(input).length, outcome, validateMs, compileMs };
}

/** The deepest nesting of `kind` the input depth limit lets through in a rule's condition. */
function deepest(kind: NestingKind): number {
  return Math.floor((INPUT_LIMITS.maxDepth - 4) / (kind === 'not' ? 1 : 2));
}

/** Measures every row, logging as it goes. */
export function measureRulesetScaling(log: (line: string) => void, repetitions = 3): { sizes: ScalingRow[]; nesting: ScalingRow[] } {
  const sizes = ([[100, 400], [1_000, 4_000], [1_000, 40_000], [10_000, 40_000]] as const).map(([indicators, counts]) => {
    const input = largeRuleset(indicators, counts);
    const row = measure(`${indicators.toLocaleString('en-GB')} indicators, ${counts.toLocaleString('en-GB')} count nodes`, JSON.stringify(input).length, input, repetitions);
    log(`  ${row.label}: validate ${row.validateMs.toFixed(1)} ms, compile ${row.compileMs?.toFixed(1) ?? '-'} ms (${row.outcome})`);
    return row;
  });
  const nesting = (['at-least', 'any', 'not'] as const).flatMap((kind) => [Math.ceil(deepest(kind) / 2), deepest(kind)].map((depth) => {
    const row = measure(`${kind} nested ${depth} deep`, depth, rulesetWithCondition(nestedCondition(kind, depth)), repetitions);
    log(`  ${row.label}: validate ${row.validateMs.toFixed(1)} ms, compile ${row.compileMs?.toFixed(1) ?? '-'} ms (${row.outcome})`);
    return row;
  }));
  return { sizes, nesting };
}

/** The two tables as Markdown, with growth ratios against the row before: by JSON size for rulesets, by depth for nesting. */
export function renderRulesetScaling(result: { sizes: readonly ScalingRow[]; nesting: readonly ScalingRow[] }): string {
  const ratio = (now: number | undefined, before: number | undefined, grow: number): string =>
    now === undefined || before === undefined || before <= 0 ? '' : (now / before / grow).toFixed(2);
  const table = (rows: readonly ScalingRow[], sameKind: (a: ScalingRow, b: ScalingRow) => boolean): string[] => [
    '| Ruleset | Size (JSON chars) | Outcome | Validate (ms) | Growth | Compile (ms) | Growth |',
    '|---|---:|---|---:|---:|---:|---:|',
    ...rows.map((row, at) => {
      const before = at > 0 && sameKind(row, rows[at - 1] as ScalingRow) ? rows[at - 1] : undefined;
      const grow = before === undefined ? 1 : row.size / before.size;
      return `| ${row.label} | ${row.bytes.toLocaleString('en-GB')} | ${row.outcome} | ${row.validateMs.toFixed(1)} | ${ratio(row.validateMs, before?.validateMs, grow)} `
        + `| ${row.compileMs?.toFixed(1) ?? '-'} | ${ratio(row.compileMs, before?.compileMs, grow)} |`;
    }),
  ];
  return [
    '## Ruleset validation and compilation',
    '',
    'Generated rulesets (test/support/generate-rulesets.ts); median of 3 runs. Growth: the time ratio divided by the size ratio (JSON',
    'characters; depth for nesting) against the row above (1.00 is linear, below 1 is fixed costs spread). Validate is safeParseRuleset; compile is buildCompiledRuleset on the parsed ruleset (the protections',
    'proved by evaluation in compileRuleset are not in these numbers). The format allows at most 1,000 indicators, so 10,000 is refused.',
    '',
    ...table(result.sizes, () => true),
    '',
    `Nesting, up to the input depth limit (${INPUT_LIMITS.maxDepth} levels of JSON):`,
    '',
    ...table(result.nesting, (a, b) => a.label.split(' ')[0] === b.label.split(' ')[0]),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const log = (line: string): void => { process.stderr.write(`${line}\n`); };
  process.stdout.write(renderRulesetScaling(measureRulesetScaling(log)));
}
