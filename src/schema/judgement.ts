import * as z from 'zod/mini';
import { IdSchema } from './id.js';

/** A practitioner's professional judgement of the level, with the rationale that must go with it. */
export const JudgementSchema = z.strictObject({
  level: IdSchema,
  rationale: z.string().check(z.maxLength(20_000)),
  by: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
}).register(z.globalRegistry, {
  id: 'Judgement',
  description: 'The level the practitioner judges right and why. The rationale is required and must not be blank.',
});

/** What {@link JudgementSchema} produces: the checked form, with defaults filled in. */
export type Judgement = z.output<typeof JudgementSchema>;
