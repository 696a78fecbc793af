import type { AnswerCode } from '../../schema/answer-code.js';
import type { AnswerMatch } from '../../schema/answer-match.js';
import type { Indicator } from '../../schema/indicator.js';
import type { IndicatorFilter } from '../../schema/indicator-filter.js';
import { answerName, joinAnd, joinOr, quote, type RulesetLabels } from './ruleset-labels.js';

const ANSWER_ORDER: readonly AnswerCode[] = ['yes', 'possible', 'no', 'unknown'];

/** The answers a match counts, in a fixed order: its own list, or the ruleset's present answers. */
export function matchedAnswers(match: AnswerMatch | undefined, labels: RulesetLabels): AnswerCode[] {
  const listed: readonly AnswerCode[] = match?.answers ?? labels.ruleset.policy.presentAnswers;
  return ANSWER_ORDER.filter((code) => listed.includes(code));
}

/**
 * What an answer must be for a match to count it, after “is”: “answered Yes or Possible”,
 * “answered Yes for the time window “In the last 6 months””, “rated 2 or more”. `indicators` are the
 * indicators in question: their answer scales choose the wording, and for a mix both are given.
 */
export function phraseMatch(match: AnswerMatch | undefined, labels: RulesetLabels, indicators: readonly Indicator[]): string {
  const hasOrdinal = indicators.some((indicator) => indicator.answer.kind === 'ordinal');
  const hasPresence = indicators.length === 0 || indicators.some((indicator) => indicator.answer.kind === 'presence');
  const presence = phrasePresence(match, labels);
  const ordinal = phraseOrdinal(match, labels, indicators.length === 1 ? indicators[0] : undefined);
  if (hasPresence && hasOrdinal) return `${presence} (for an item rated on a scale: ${ordinal})`;
  return hasOrdinal ? ordinal : presence;
}

function phrasePresence(match: AnswerMatch | undefined, labels: RulesetLabels): string {
  const answers = `answered ${joinOr(matchedAnswers(match, labels).map(answerName))}`;
  const windows = match?.windows;
  if (windows === undefined) return answers;
  return `${answers} for the time window ${joinOr(windows.map((id) => quote(labels.window(id))))}`;
}

function phraseOrdinal(match: AnswerMatch | undefined, labels: RulesetLabels, only: Indicator | undefined): string {
  const unknown = matchedAnswers(match, labels).includes('unknown') ? ' or answered Unknown' : '';
  if (match?.atMax === true) return `rated at the top of its scale${unknown}`;
  const min = match?.minScore ?? 1;
  const descriptor = only?.answer.kind === 'ordinal' ? only.answer.scores.find((entry) => entry.score === min)?.label : undefined;
  return `rated ${min}${descriptor === undefined ? '' : ` (${quote(descriptor)})`} or more${unknown}`;
}

const KIND_WORDS = { vulnerability: 'vulnerability', risk: 'risk', significant: 'significant' } as const;

/**
 * The noun phrase for the indicators a filter selects, without a quantity: “risk or significant
 * indicators whose suggested level is High”. `plural` picks “indicator” or “indicators”.
 */
export function phraseFilter(where: IndicatorFilter, labels: RulesetLabels, plural: boolean): string {
  const kinds = where.kinds === undefined ? '' : `${joinOr(where.kinds.map((kind) => KIND_WORDS[kind]))} `;
  const noun = `${kinds}indicator${plural ? 's' : ''}`;
  const qualifiers: string[] = [];
  if (where.indicators !== undefined) qualifiers.push(`among ${joinAnd(where.indicators.map(labels.indicator))}`);
  if (where.domains !== undefined) qualifiers.push(`in the ${joinOr(where.domains.map((id) => quote(labels.domain(id))))} domain`);
  if (where.levels !== undefined) qualifiers.push(`whose suggested level is ${joinOr(where.levels.map(labels.level))}`);
  if (where.tags !== undefined) qualifiers.push(`tagged ${joinOr(where.tags.map(quote))}`);
  return qualifiers.length === 0 ? noun : `${noun} ${joinAnd(qualifiers)}`;
}

/** How many: the words before the noun, and whether the noun and verb are plural. */
export interface Quantity {
  readonly words: string;
  readonly plural: boolean;
}

/** The quantity of a count between `min` and `max` (inclusive); undefined when the range is empty or always true. */
export function quantityOf(min: number | undefined, max: number | undefined): Quantity | undefined {
  const low = min ?? 0;
  if (max === undefined) {
    if (low === 0) return undefined;
    return low === 1 ? { words: 'at least one', plural: false } : { words: `at least ${low}`, plural: true };
  }
  if (low > max) return undefined;
  if (low === 0) {
    if (max === 0) return { words: 'no', plural: false };
    return max === 1 ? { words: 'at most one', plural: false } : { words: `at most ${max}`, plural: true };
  }
  if (low === max) return low === 1 ? { words: 'exactly one', plural: false } : { words: `exactly ${low}`, plural: true };
  return { words: `between ${low} and ${max}`, plural: true };
}

/** The quantity that holds exactly when a count between `min` and `max` does not. */
export function negatedQuantityOf(min: number | undefined, max: number | undefined): Quantity | undefined {
  const low = min ?? 0;
  if (max === undefined) return low === 0 ? undefined : quantityOf(0, low - 1);
  if (low === 0) return quantityOf(max + 1, undefined);
  return { words: `fewer than ${low} or more than ${max}`, plural: true };
}
