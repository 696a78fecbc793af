import type { Issue } from '../../schema/issue.js';
import type { Trend } from '../../schema/result.js';
import type { AnswerLists } from '../decide/answer-standing.js';
import { compareResults, type ComparableResult } from '../decide/compare-results.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { evidenceOf } from '../explain/evidence-of.js';
import { previousIsConsistent } from '../decide/previous-is-consistent.js';
import { previousLevel } from '../decide/previous-level.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { SettledScreening } from '../decide/settle-screening.js';
import { warningCodes } from '../explain/warning-codes.js';
import { wordWarning } from '../explain/word-warning.js';

/** What the full and the ids result end with, in this order: the answer lists, completeness, review date, trend, evidence and warnings. */
export interface ResultTail extends AnswerLists {
  readonly completeness: { answered: number; total: number };
  readonly reviewBy?: string;
  readonly trend?: Trend;
  readonly evidence?: { indicator: string; evidence: string }[];
  readonly warnings: Issue[];
}

/**
 * The tail both the full result (scoreScreening) and the ids result (idsOfScreening) end with, written
 * once so that the two forms cannot word a warning or compare a trend differently. `scores` are the
 * result's own (a trend compares their ids and values); `undetermined` counts the rules still open.
 */
export function resultTail(
  compiled: CompiledRuleset, read: ReadScreening, settled: SettledScreening, lists: AnswerLists,
  scores: ComparableResult['scores'], undetermined: number, includeFreeText: boolean,
): ResultTail {
  const { screening } = read;
  const { present, possible, unknown, unanswered } = lists;
  const { reviewBy } = settled;
  const total = compiled.indicators.length;
  const finalLevel = compiled.levels[settled.judged.finalRank] ?? compiled.levels[0];
  const potentialLevel = compiled.levels[settled.potentialRank] ?? compiled.levels[0];
  const previous = screening.previous;
  const figures = {
    potentialLabel: potentialLevel?.label ?? '', couldBeHigher: (potentialLevel?.rank ?? 0) > (finalLevel?.rank ?? 0),
    unanswered: unanswered.length, unknown: unknown.length, undetermined, reviewBy,
    atLowest: settled.judged.finalRank === 0,
    previousLabel: previous === undefined ? undefined : compiled.levels[previousLevel(previous, compiled)?.rank ?? -1]?.label,
  };
  return {
    present, possible, unknown, unanswered,
    completeness: { answered: total - unanswered.length - unknown.length, total },
    ...(reviewBy === undefined ? {} : { reviewBy }),
    ...trendOf(compiled, read, settled, scores),
    ...(includeFreeText ? { evidence: evidenceOf(read, compiled) } : {}),
    warnings: warningCodes(read, compiled, settled, undetermined).map((code) => wordWarning(code, read, compiled, figures, settled.judged.warning)),
  };
}

/**
 * The trend from the screening's earlier result, when it is consistent and its level's rank is known. `scores` are the
 * result's own; without them (the ids result keeps none) the scores are worked out from the settled screening.
 */
export function trendOf(compiled: CompiledRuleset, read: ReadScreening, settled: SettledScreening, scores?: ComparableResult['scores']): { trend?: Trend } {
  const previous = read.screening.previous;
  const finalLevel = compiled.levels[settled.judged.finalRank] ?? compiled.levels[0];
  if (previous === undefined || finalLevel === undefined || !previousIsConsistent(previous, compiled)) return {};
  return trendFrom(previous, compiled, finalLevel, scores ?? settled.decision.scores.map((score, s) => ({ id: compiled.scores[s]?.source.id ?? '', value: score.value })));
}

/** The trend from an earlier result whose level's rank is known (a full result, or an ids or decision result of this very ruleset). */
function trendFrom(previous: NonNullable<ReadScreening['screening']['previous']>, compiled: CompiledRuleset, finalLevel: { id: string; rank: number }, scores: ComparableResult['scores']): { trend?: Trend } {
  const level = previousLevel(previous, compiled);
  if (level === undefined) return {};
  return { trend: compareResults({ ruleset: previous.ruleset, level, scores: previous.scores }, { ruleset: { ...compiled.stamp }, level: finalLevel, scores }) };
}
