import type { CompiledMatch, CompiledRuleset } from '../compile/compiled-ruleset.js';
import { matchAnswer } from './match-answer.js';
import type { NormalizedAnswer } from '../read/screening-facts.js';
import type { Truth } from './truth.js';

/**
 * The classes of answer a count can read from a table: unanswered, then each answer code on a yes/no item
 * (its windows aside). Anything else (an ordinal item's answer) is OTHER, which matchAnswer reads itself.
 */
const CLASS_CODES = ['yes', 'no', 'possible', 'unknown'] as const;
/** The class of an answer the table does not hold. */
export const OTHER = CLASS_CODES.length + 1;

/** The class of one indicator's answer (0 when unanswered). */
export function answerClass(compiled: CompiledRuleset, position: number, answer: NormalizedAnswer | undefined): number {
  if (answer === undefined) return 0;
  const code = answer.code;
  return compiled.ordinalMax[position] !== undefined ? OTHER
    : code === 'yes' ? 1 : code === 'no' ? 2 : code === 'possible' ? 3 : code === 'unknown' ? 4 : OTHER;
}

/**
 * What a match makes of each class of answer on a yes/no item, by class: worked out by matchAnswer itself
 * from one answer of each class, so that a table never disagrees with it. Undefined for a match that asks
 * for windows, whose truth turns on each answer's windows; such a match reads every answer with matchAnswer.
 */
export function classTruths(match: CompiledMatch): readonly Truth[] | undefined {
  if (match.windows !== undefined) return undefined;
  const truths: Truth[] = [matchAnswer(undefined, match, undefined)];
  for (const code of CLASS_CODES) {
    const answer: NormalizedAnswer = { value: code, code, score: undefined, windows: undefined, evidence: undefined };
    truths.push(matchAnswer(answer, match, undefined));
  }
  return truths;
}
