import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './id.js';

/** The ages a ruleset is made for, and where a child outside them is routed. */
export const RulesetScopeSchema = z.strictObject({
  ages: z.strictObject({
    from: z.int().check(z.minimum(0), z.maximum(30)),
    below: z.int().check(z.minimum(1), z.maximum(31)),
  }).check(z.meta({ description: 'In scope when from <= age < below, in whole years. It must include 16 and 17: they are children.' })),
  outOfScope: z.strictObject({
    note: TextSchema,
    steps: z.array(IdSchema).check(z.minLength(1)),
  }),
}).check(z.meta({
  id: 'RulesetScope',
  description: 'Applicability by age: a screening outside it is still scored, marked out of scope, and routed to the steps given.',
}));

/** What {@link RulesetScopeSchema} produces: the checked form, with defaults filled in. */
export type RulesetScope = z.output<typeof RulesetScopeSchema>;
