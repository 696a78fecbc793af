import type { CompiledMatch } from '../compile/compiled-ruleset.js';
import type { NormalizedAnswer } from '../read/screening-facts.js';
import { FALSE, TRUE, UNKNOWN, type Truth } from './truth.js';

/**
 * Whether one answer counts as present under a match. Unanswered is unknown; "unknown" is unknown
 * unless the match counts it; a yes with no window is unknown for a rule that asks for a window.
 * A match on scores (minScore, atMax) never matches a yes/no item (the ruleset checks refuse such a
 * match where it can see it; this keeps the engine safe where it cannot).
 * `maxScore` is the indicator's top score (ordinal scales), or undefined for presence indicators.
 */
export function matchAnswer(answer: NormalizedAnswer | undefined, match: CompiledMatch, maxScore: number | undefined): Truth {
  if (answer === undefined) return UNKNOWN;
  if (maxScore !== undefined) {
    if (answer.score === undefined) return match.answers.has('unknown') ? TRUE : UNKNOWN;
    // A score on an ordinal scale is a graded "yes": a match that does not count yes never counts it.
    if (!match.answers.has('yes')) return FALSE;
    if (match.atMax) return answer.score === maxScore ? TRUE : FALSE;
    return answer.score >= match.minScore ? TRUE : FALSE;
  }
  const code = answer.code;
  if (code === undefined || match.scored) return FALSE;
  if (!match.answers.has(code)) return code === 'unknown' ? UNKNOWN : FALSE;
  if (match.windows === undefined) return TRUE;
  if (answer.windows === undefined) return UNKNOWN;
  for (const window of answer.windows) if (match.windows.has(window)) return TRUE;
  return FALSE;
}
