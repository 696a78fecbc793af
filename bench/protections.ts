// The cost of loading a ruleset, split into its stages: shape and meaning (parse), building the
// engine's form (build), and the protections proved by evaluation (prove), for the default ruleset and
// the same ruleset made ten times larger (each indicator copied nine times under new ids, so every
// count rule reads ten times as many). Run alone: npx tsx bench/protections.ts
import { readFileSync } from 'node:fs';
import { buildCompiledRuleset } from '../src/engine/compile/build-compiled-ruleset.js';
import { proveProtections } from '../src/engine/prove/prove-protections.js';
import type { RulesetInput } from '../src/index.js';
import { parseRuleset } from '../src/ruleset/parse-ruleset.js';

/** One row of the load-cost table, in milliseconds (median of the runs). */
export interface LoadCostRow {
  readonly name: string;
  readonly indicators: number;
  readonly parseMs: number;
  readonly buildMs: number;
  readonly proveMs: number;
}

/** The default ruleset with every indicator copied `times - 1` more times under new ids. */
export function scaledRuleset(base: RulesetInput, times: number): RulesetInput {
  const copies = base.indicators.flatMap((indicator) => Array.from({ length: times - 1 }, (_unused, copy) => ({ ...indicator, id: `${indicator.id}-copy-${copy + 1}` })));
  return { ...base, indicators: [...base.indicators, ...copies] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Measures each stage of loading, `runs` times after one warm-up, and returns the medians. */
export function measureLoadCost(runs = 5): LoadCostRow[] {
  const base = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as RulesetInput;
  return [['default ruleset', base], ['default ruleset x10', scaledRuleset(base, 10)]].map(([name, input]) => {
    const parse: number[] = [];
    const build: number[] = [];
    const prove: number[] = [];
    for (let run = 0; run <= runs; run++) {
      let started = performance.now();
      const ruleset = parseRuleset(input);
      const parsed = performance.now();
      const compiled = buildCompiledRuleset(ruleset);
      const built = performance.now();
      const issues = proveProtections(compiled);
      const proved = performance.now();
      if (issues.length > 0) throw new Error(`the ${String(name)} fails a protection: ${issues.map((issue) => issue.code).join(', ')}`);
      if (run === 0) continue;
      parse.push(parsed - started);
      build.push(built - parsed);
      prove.push(proved - built);
      started = proved;
    }
    return { name: String(name), indicators: (input as RulesetInput).indicators.length, parseMs: median(parse), buildMs: median(build), proveMs: median(prove) };
  });
}

/** The load-cost table as Markdown, for bench/RESULTS.md. */
export function renderLoadCost(rows: readonly LoadCostRow[]): string {
  const [base] = rows;
  const lines = rows.map((row) => `| ${row.name} | ${row.indicators} | ${row.parseMs.toFixed(1)} | ${row.buildMs.toFixed(1)} | ${row.proveMs.toFixed(1)} | ${base === undefined ? '' : `${(row.proveMs / base.proveMs).toFixed(2)}x`} |`);
  return [
    '## Loading a ruleset, with the protections proved by evaluation (issue 10)',
    '',
    'Median of 5 runs after one warm-up (bench/protections.ts). Parse: shape and meaning (safeParseRuleset); build: the engine\'s form, fingerprint included;',
    'prove: the under-13 and learning-disability floors, "no" never raising a level, and 16/17 against 15, evaluated on made-up screenings.',
    'The larger ruleset copies every indicator nine times under new ids, so every count reads ten times as many.',
    '',
    '| ruleset | indicators | parse ms | build ms | prove ms | prove ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...lines,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const row of measureLoadCost()) {
    console.log(`${row.name} (${row.indicators} indicators): parse ${row.parseMs.toFixed(1)} ms, build ${row.buildMs.toFixed(1)} ms, prove ${row.proveMs.toFixed(1)} ms`);
  }
}
