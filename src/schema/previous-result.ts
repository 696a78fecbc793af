import * as z from 'zod/mini';
import { IdSchema } from './id.js';
import { RulesetStampSchema } from './ruleset-stamp.js';

/**
 * The part of an earlier result that a trend needs. A whole earlier result of any form is accepted (full,
 * ids or decision, as `assess --batch` writes them): other members are ignored. The level is an object with
 * its id and rank (full) or its id alone (ids and decision), whose rank is read from the ruleset that
 * wrote it when that is this very ruleset.
 */
export const PreviousResultSchema = z.looseObject({
  ruleset: RulesetStampSchema,
  level: z.union([z.looseObject({ id: IdSchema, rank: z.int().check(z.minimum(0)) }), IdSchema]),
  scores: z.optional(z.array(z.looseObject({ id: IdSchema, value: z.int() }))),
}).register(z.globalRegistry, { id: 'PreviousResult', description: 'An earlier result (or its ruleset, level and scores), to compare against.' });

/** What {@link PreviousResultSchema} produces: the checked form, with defaults filled in. */
export type PreviousResult = z.output<typeof PreviousResultSchema>;
