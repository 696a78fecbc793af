import * as z from 'zod/mini';
import { PresentAnswerCodeSchema } from './answer-code.js';
import { IdSchema } from './id.js';

/**
 * When an answer counts as present for a rule. Presence indicators match on the answer code
 * (the ruleset's policy.presentAnswers when not given) and, optionally, the time window;
 * ordinal indicators match on a minimum score or on their highest score.
 */
export const AnswerMatchSchema = z.strictObject({
  answers: z.optional(z.array(PresentAnswerCodeSchema).check(z.minLength(1))),
  windows: z.optional(z.array(IdSchema).check(z.minLength(1))),
  minScore: z.optional(z.int().check(z.minimum(1))),
  atMax: z.optional(z.literal(true)),
}).check(z.meta({
  id: 'AnswerMatch',
  description: 'Which answers count as present: answer codes (default: the ruleset policy), time windows, and for ordinal items a minimum score or the top score.',
}));

/** What {@link AnswerMatchSchema} produces: the checked form, with defaults filled in. */
export type AnswerMatch = z.output<typeof AnswerMatchSchema>;
