import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ScreeningFacts } from '../read/screening-facts.js';

/** How a screening's answers stand, as the decision needs it: what is open, and whether any records a concern. */
export interface AnswerStanding {
  readonly unanswered: number;
  readonly unknown: number;
  /** Any indicator answered yes or possible, or scored above zero. */
  readonly concernRecorded: boolean;
  /** Such a concern on an indicator that can move the level (not, say, a vulnerability factor read as context only). */
  readonly levelConcern: boolean;
  /** An indicator that can move the level is unanswered or answered unknown. */
  readonly levelOpen: boolean;
  /** An indicator the unknown-answer policy watches is answered unknown. */
  readonly watchedUnknown: boolean;
}

/** The ids of the indicators by how they are answered, in the ruleset's order, as the full result lists them. */
export interface AnswerLists {
  readonly present: string[];
  readonly possible: string[];
  readonly unknown: string[];
  readonly unanswered: string[];
}

/**
 * Reads every answer once: unanswered and unknown are both open (unknown is never read as no), yes or a
 * score above zero is present, possible is possible. Given lists, it also files each indicator's id.
 */
export function answerStanding(compiled: CompiledRuleset, facts: ScreeningFacts, lists?: AnswerLists): AnswerStanding {
  const { indicators, levelRelevant, unknownWatched } = compiled;
  const { answers } = facts;
  let unanswered = 0;
  let unknown = 0;
  let concernRecorded = false;
  let levelConcern = false;
  let levelOpen = false;
  let watchedUnknown = false;
  for (let position = 0; position < indicators.length; position++) {
    const answer = answers[position];
    if (answer === undefined) {
      unanswered++;
      lists?.unanswered.push(indicators[position]?.id ?? '');
      if (levelRelevant[position] === true) levelOpen = true;
    } else if (answer.code === 'unknown') {
      unknown++;
      lists?.unknown.push(indicators[position]?.id ?? '');
      if (levelRelevant[position] === true) levelOpen = true;
      if (unknownWatched[position] === true) watchedUnknown = true;
    } else if (answer.code === 'yes' || (answer.score ?? 0) > 0) {
      concernRecorded = true;
      if (levelRelevant[position] === true) levelConcern = true;
      lists?.present.push(indicators[position]?.id ?? '');
    } else if (answer.code === 'possible') {
      concernRecorded = true;
      if (levelRelevant[position] === true) levelConcern = true;
      lists?.possible.push(indicators[position]?.id ?? '');
    }
  }
  return { unanswered, unknown, concernRecorded, levelConcern, levelOpen, watchedUnknown };
}
