import { readFileSync } from 'node:fs';
import type { RulesetInput } from '../../src/index.js';

/** The rulesets in test/fixtures, by file name without `.json`. */
export type FixtureName = 'tiered' | 'weighted';

/** A fresh copy of a fixture ruleset as written (before parsing), safe to change in a test. */
export function loadFixture(name: FixtureName): RulesetInput {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as RulesetInput;
}
