/**
 * The mean size of a result in each detail on the golden cases (JSON.stringify length, in characters),
 * for the README's statement on how much each form carries:  npx tsx bench/result-sizes.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compileRuleset } from '../src/index.js';

const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const screenings = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort()
  .map((name) => (JSON.parse(readFileSync(`test/cases/${name}`, 'utf8')) as { screening: unknown }).screening);
const mean = (detail: 'full' | 'ids' | 'decision'): number =>
  Math.round(screenings.reduce<number>((sum, screening) => sum + JSON.stringify(screener.screen(screening, { detail })).length, 0) / screenings.length);
console.log(`${screener.ruleset.meta.id} ${screener.ruleset.meta.version}, ${screenings.length} golden cases: mean full ${mean('full')}, ids ${mean('ids')}, decision ${mean('decision')} characters`);
