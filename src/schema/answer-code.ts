import * as z from 'zod/mini';

/** The answer codes of a presence indicator. "unknown" is an answer, not an absence: it is never scored as "no". */
export const AnswerCodeSchema = z.enum(['yes', 'no', 'possible', 'unknown']).register(z.globalRegistry, {
    id: 'AnswerCode',
    description: 'yes: the indicator is present; no: it is not; possible: there is some concern but it is not established; unknown: the practitioner does not know.',
  });

/** What {@link AnswerCodeSchema} produces: the checked form, with defaults filled in. */
export type AnswerCode = z.output<typeof AnswerCodeSchema>;

/** The answer codes that may count as present in a rule: "no" never does. */
export const PresentAnswerCodeSchema = z.enum(['yes', 'possible', 'unknown']).register(z.globalRegistry, { id: 'PresentAnswerCode', description: 'An answer code a rule may count as present. "no" is never one.' });
