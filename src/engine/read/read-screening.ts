import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { failOr, succeed, type Safe } from '../../issues/safe.js';
import type { Screening } from '../../schema/screening.js';
import { checkScreening } from './check-screening.js';
import { factsOf } from './facts-of.js';
import { readScreeningFast } from './read-screening-fast.js';
import { safeParseScreening } from '../../screening/parse-screening.js';

export type { ReadScreening, ReadWholeScreening, ScreeningBesideAnswers } from './screening-facts.js';
import type { ReadScreening, ReadWholeScreening } from './screening-facts.js';

/**
 * Validates unknown input as a screening for this ruleset and extracts its facts, for scoring. The one-walk
 * reader goes first; whatever it is not sure of (anything invalid or unusual) goes the full way, shape then
 * meaning, which lists every issue.
 */
export function readScreening(input: unknown, compiled: CompiledRuleset): Safe<ReadScreening> {
  const fast = readScreeningFast(input, compiled, false);
  return fast === undefined ? readScreeningFully(input, compiled) : succeed(fast);
}

/** Validates unknown input as a screening for this ruleset and gives it whole, as checked (the same way as {@link readScreening}). */
export function readWholeScreening(input: unknown, compiled: CompiledRuleset): Safe<Screening> {
  const fast = readScreeningFast(input, compiled, true);
  if (fast !== undefined) return succeed(fast.screening);
  const full = readScreeningFully(input, compiled);
  return full.success ? succeed(full.data.screening) : full;
}

/** The full path: guardInput and the screening schema (safeParseScreening), checkScreening, then factsOf. */
export function readScreeningFully(input: unknown, compiled: CompiledRuleset): Safe<ReadWholeScreening> {
  const parsed = safeParseScreening(input);
  if (!parsed.success) return parsed;
  const screening = parsed.data;
  return failOr(checkScreening(screening, compiled), () => ({ screening, facts: factsOf(screening, compiled) }));
}
