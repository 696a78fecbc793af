import type { Indicator } from '../../schema/indicator.js';

/** What an answer to one indicator may be, worked out once per ruleset for the check run on every answer. */
export interface AnswerRules {
  readonly position: number;
  readonly kind: 'presence' | 'ordinal';
  /** The scores an ordinal item offers (empty for a presence item). */
  readonly scores: ReadonlySet<number>;
  /** The highest score an ordinal item offers, for the message (-1 for a presence item). */
  readonly topScore: number;
  /** The windows an answer may name: the item's own that the ruleset also defines (none for an ordinal item). */
  readonly windows: ReadonlySet<string>;
}

/** The answer rules of each indicator, by id, worked out when a ruleset is compiled. */
export function buildAnswerRules(indicators: readonly Indicator[], windows: ReadonlySet<string>): ReadonlyMap<string, AnswerRules> {
  return new Map(indicators.map((indicator, position): [string, AnswerRules] => {
    const scale = indicator.answer;
    return [indicator.id, scale.kind === 'presence'
      ? { position, kind: 'presence', scores: new Set(), topScore: -1, windows: new Set(scale.windows.filter((id) => windows.has(id))) }
      : { position, kind: 'ordinal', scores: new Set(scale.scores.map((entry) => entry.score)), topScore: scale.scores.length - 1, windows: new Set() }];
  }));
}
