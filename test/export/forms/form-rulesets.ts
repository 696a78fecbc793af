import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { compileRuleset, type Screener } from '../../../src/index.js';
import { loadFixture } from '../../support/load-fixture.js';

/** The default ruleset as written. */
export function loadDefaultRuleset(): unknown {
  return JSON.parse(readFileSync(new URL('../../../rules/brighton-hove-cse.json', import.meta.url), 'utf8')) as unknown;
}

let screeners: [string, Screener][] | undefined;

/** The rulesets the form exports are tested on, by name: both fixtures (one ordinal and windowed) and the default ruleset. */
export function formScreeners(): [string, Screener][] {
  screeners ??= [
    ['tiered', compileRuleset(loadFixture('tiered'))],
    ['weighted', compileRuleset(loadFixture('weighted'))],
    ['brighton-hove-cse', compileRuleset(loadDefaultRuleset())],
  ];
  return screeners;
}

/** An Ajv for draft 2020-12 in strict mode, with the standard formats, as a form app would set it up. */
export function strictAjv(options: { verbose?: boolean; allowUnionTypes?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: options.verbose === true, allowUnionTypes: options.allowUnionTypes === true });
  addFormats(ajv);
  return ajv;
}
