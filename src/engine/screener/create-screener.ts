import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { scoreScreening } from '../result/score-screening.js';
import { createScreenerWith } from './create-screener-with.js';
import type { Screener } from './screener.js';

/**
 * The screener over an engine-ready ruleset with its texts, for every detail of result: compileRuleset builds
 * one after parsing and proving the ruleset, and the precompiled entry one without importing the ruleset
 * parser, schema or checks. `Answers` only types what `screen` takes: the screener reads every input as unknown.
 */
export function createScreener<Answers = unknown>(compiled: CompiledRuleset): Screener<Answers> {
  return createScreenerWith<Answers>(compiled, scoreScreening);
}
