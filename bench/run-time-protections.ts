// The cost of the protections the engine applies at screening time. A 16 or 17 year old is screened a second
// time as at 15 where a rule reads age, so that they never get less than a 15 year old: this compares the
// same golden screenings at 15 and at 16, decision detail, side by side in one run.
// Run alone: npx tsx bench/run-time-protections.ts
import { readdirSync, readFileSync } from 'node:fs';
import { compileRuleset } from '../src/index.js';

/** One row: the mean time of a decision screening at an age, in microseconds. */
export interface ProtectionCostRow {
  readonly age: number;
  readonly microseconds: number;
}

/** Screens every golden case at ages 15 and 16, `rounds` times after a warm-up, and gives the mean time of each. */
export function measureProtectionCost(rounds = 200): ProtectionCostRow[] {
  const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
  const cases = readdirSync('test/cases').filter((name) => name.endsWith('.json'))
    .map((name) => (JSON.parse(readFileSync(`test/cases/${name}`, 'utf8')) as { screening: { subject: Record<string, unknown> } }).screening);
  const atAge = (age: number) => cases.map((screening) => ({ ...screening, subject: { ...screening.subject, ageYears: age, dateOfBirth: undefined } }))
    .map((screening) => JSON.parse(JSON.stringify(screening)) as unknown);
  const inputs = new Map([15, 16].map((age) => [age, atAge(age)]));
  const spent = new Map([15, 16].map((age) => [age, 0]));
  // Warm both up first, then alternate the ages round by round, so that neither is timed colder or under other load.
  for (let round = 0; round < 20; round++) for (const list of inputs.values()) for (const input of list) screener.screen(input, { detail: 'decision' });
  for (let round = 0; round < rounds; round++) {
    for (const [age, list] of inputs) {
      const started = performance.now();
      for (const input of list) screener.screen(input, { detail: 'decision' });
      spent.set(age, (spent.get(age) ?? 0) + performance.now() - started);
    }
  }
  return [...spent].map(([age, ms]) => ({ age, microseconds: (ms * 1000) / (rounds * cases.length) }));
}

/** The table as Markdown, for bench/RESULTS.md. */
export function renderProtectionCost(rows: readonly ProtectionCostRow[]): string {
  const [young] = rows;
  return [
    '### Protections at screening time',
    '',
    'The golden screenings at 15 and at 16, decision detail. At 16 or 17 the engine also evaluates the screening as at 15 (the default ruleset has rules that read age).',
    '',
    '| age | µs per screening | against 15 |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.age} | ${row.microseconds.toFixed(1)} | ${young === undefined ? '' : `${(row.microseconds / young.microseconds).toFixed(2)}x`} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) console.log(renderProtectionCost(measureProtectionCost()));
