import type { AnswerCode } from '../../schema/answer-code.js';
import type { AnswerValue } from '../../schema/answer.js';
import type { Screening } from '../../schema/screening.js';

/** One answer in the engine's form: a code or a score, the windows it names, and its evidence. */
export interface NormalizedAnswer {
  readonly value: AnswerValue;
  readonly code: AnswerCode | undefined;
  readonly score: number | undefined;
  readonly windows: readonly string[] | undefined;
  readonly evidence: string | undefined;
}

/** What the engine reads from a checked screening: answers by indicator position, age, attributes and context. */
export interface ScreeningFacts {
  readonly answers: readonly (NormalizedAnswer | undefined)[];
  readonly age: number | undefined;
  readonly attributes: ReadonlyMap<string, boolean>;
  readonly context: ReadonlyMap<string, boolean>;
}

/** A screening but for its answers: what the engine reads from the screening itself (its answers it reads from the facts). */
export type ScreeningBesideAnswers = Omit<Screening, 'answers'>;

/** A screening that passed every check, with the facts the engine reads from it (the answers among them). */
export interface ReadScreening {
  readonly screening: ScreeningBesideAnswers;
  readonly facts: ScreeningFacts;
}

/** A read screening that also keeps its answers as checked. */
export interface ReadWholeScreening extends ReadScreening {
  readonly screening: Screening;
}
