import type { AnswerCode } from '../schema/answer-code.js';
import type { AnswerValue } from '../schema/answer.js';

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
