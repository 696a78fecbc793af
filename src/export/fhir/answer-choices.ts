import { assertNever } from '../../assert-never.js';
import type { AnswerCode } from '../../schema/answer-code.js';
import type { AnswerValue } from '../../schema/answer.js';
import type { Indicator } from '../../schema/indicator.js';

/** One option a form offers for an indicator: the answer value it records, its code in the answers CodeSystem, and a plain label. */
export interface AnswerChoice {
  readonly value: AnswerValue;
  readonly code: string;
  readonly label: string;
}

/** Plain labels of the presence codes, in the order forms show them. "unknown" reads as "Not known": it is an answer, never "no". */
const PRESENCE: readonly { readonly code: AnswerCode; readonly label: string }[] = [
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
  { code: 'possible', label: 'Possible' },
  { code: 'unknown', label: 'Not known' },
];

const UNKNOWN: AnswerChoice = { value: 'unknown', code: 'unknown', label: 'Not known' };

/**
 * The options of an indicator, shared by every form export so that labels and codes never drift:
 * yes/no/possible/unknown for presence items; each score with its descriptor, then "unknown", for ordinal ones.
 * An ordinal option's code is `<indicator id>-<score>`, unique across the ruleset because ids are kebab-case.
 */
export function answerChoices(indicator: Indicator): AnswerChoice[] {
  const scale = indicator.answer;
  switch (scale.kind) {
    case 'presence':
      return PRESENCE.map(({ code, label }) => ({ value: code, code, label }));
    case 'ordinal':
      return [...scale.scores.map((entry) => ({ value: entry.score, code: `${indicator.id}-${entry.score}`, label: entry.label })), UNKNOWN];
    default:
      return assertNever(scale);
  }
}
