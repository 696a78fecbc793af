import { existsSync, readFileSync } from 'node:fs';
import { compileRuleset, type Screener } from '../../src/index.js';

/** The rulesets every property must hold for: the test fixtures and every bundled ruleset. */
export const PROPERTY_RULESETS = ['test/fixtures/tiered.json', 'test/fixtures/weighted.json', 'rules/brighton-hove-cse.json'];

/** Compiles each property ruleset that exists, by path. */
export function propertyScreeners(): [string, Screener][] {
  return PROPERTY_RULESETS.filter((path) => existsSync(path))
    .map((path) => [path, compileRuleset(JSON.parse(readFileSync(path, 'utf8')))]);
}
