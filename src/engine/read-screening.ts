import type { CompiledRuleset } from './compiled-ruleset.js';
import type { ScreeningFacts } from './screening-facts.js';
import { failOr, succeed, type Safe } from '../issues/safe.js';
import type { Screening } from '../schema/screening.js';
import { checkScreening } from './check-screening.js';
import { factsOf } from './facts-of.js';
import { readScreeningFast } from './read-screening-fast.js';
import { safeParseScreening } from '../screening/parse-screening.js';

/** A screening that passed every check, with the facts the engine reads from it. */
export interface ReadScreening {
  readonly screening: Screening;
  readonly facts: ScreeningFacts;
}

/**
 * Validates unknown input as a screening for this ruleset and extracts its facts. The one-walk reader
 * goes first; whatever it is not sure of (anything invalid or unusual) goes the full way, shape then
 * meaning, which lists every issue.
 */
export function readScreening(input: unknown, compiled: CompiledRuleset): Safe<ReadScreening> {
  const fast = readScreeningFast(input, compiled);
  return fast === undefined ? readScreeningFully(input, compiled) : succeed(fast);
}

/** The full path: guardInput and the screening schema (safeParseScreening), checkScreening, then factsOf. */
export function readScreeningFully(input: unknown, compiled: CompiledRuleset): Safe<ReadScreening> {
  const parsed = safeParseScreening(input);
  if (!parsed.success) return parsed;
  const screening = parsed.data;
  return failOr(checkScreening(screening, compiled), () => ({ screening, facts: factsOf(screening, compiled) }));
}
