import * as z from 'zod/mini';
import { AnswerCodeSchema } from './answer-code.js';
import { IdSchema } from './id.js';

/** A score on an ordinal scale. */
const ScoreValueSchema = z.int().check(z.minimum(0), z.maximum(100));

/** The value of an answer: a code for presence indicators, a whole score (or "unknown") for ordinal ones. */
export const AnswerValueSchema = z.union([AnswerCodeSchema, ScoreValueSchema]).register(z.globalRegistry, { id: 'AnswerValue' });

/** An answer with its details: when it applies, the evidence, and whether it rests on evidence or on professional concern. */
export const AnswerDetailSchema = z.strictObject({
  value: AnswerValueSchema,
  window: z.optional(z.union([IdSchema, z.array(IdSchema).check(z.minLength(1), z.maxLength(20))])),
  evidence: z.optional(z.string().check(z.maxLength(20_000))),
  basis: z.optional(z.enum(['evidence', 'professional-concern'])),
}).register(z.globalRegistry, {
  id: 'AnswerDetail',
  description: 'An answer with its time window (one or several), evidence text, and basis. Evidence is never echoed in errors and reaches a result only on request.',
});

/**
 * One answer: a bare code, a value with details, or a bare score. (The forms are tried in that order,
 * the most common first, which keeps validating a screening fast.)
 */
export const AnswerSchema = z.union([AnswerCodeSchema, AnswerDetailSchema, ScoreValueSchema]).register(z.globalRegistry, { id: 'Answer' });

/** What {@link AnswerValueSchema} produces: the checked form, with defaults filled in. */
export type AnswerValue = z.output<typeof AnswerValueSchema>;
/** What {@link AnswerDetailSchema} produces: the checked form, with defaults filled in. */
export type AnswerDetail = z.output<typeof AnswerDetailSchema>;
/** What {@link AnswerSchema} produces: the checked form, with defaults filled in. */
export type Answer = z.output<typeof AnswerSchema>;
