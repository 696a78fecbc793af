import * as z from 'zod/mini';
import { IdSchema } from './id.js';
import { RulesetStampSchema } from './ruleset-stamp.js';

/** The part of an earlier result that a trend needs. A whole earlier result is accepted: other members are ignored. */
export const PreviousResultSchema = z.looseObject({
  ruleset: RulesetStampSchema,
  level: z.looseObject({ id: IdSchema, rank: z.int().check(z.minimum(0)) }),
  scores: z.optional(z.array(z.looseObject({ id: IdSchema, value: z.int() }))),
}).register(z.globalRegistry, { id: 'PreviousResult', description: 'An earlier result (or its ruleset, level and scores), to compare against.' });

/** What {@link PreviousResultSchema} produces: the checked form, with defaults filled in. */
export type PreviousResult = z.output<typeof PreviousResultSchema>;
