import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './id.js';
import { SourcesSchema } from './source-ref.js';

/** How soon a step must be taken, most urgent first. */
export const UrgencySchema = z.enum(['immediate', 'same-day', 'within-days', 'planned']).check(z.meta({
  id: 'Urgency',
  description: 'immediate: now, before anything else; same-day: before the end of the working day; within-days: within the timescale given; planned: at the next planned point.',
}));

/** The fields of a pathway step, without its metadata, so that the result can derive its entries from them. */
export const PathwayStepFieldsSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  actor: TextSchema,
  urgency: UrgencySchema,
  timescale: z.optional(TextSchema),
  timescaleBasis: z.optional(SourcesSchema.check(z.meta({ description: 'Where the timescale comes from, when that differs from the step\'s own sources.' }))),
  strength: z.enum(['must', 'should', 'consider']),
  legalBasis: z._default(z.array(TextSchema), []),
  requires: z._default(z.array(IdSchema).check(z.maxLength(50)), []).check(z.meta({
    description: 'The steps this step presupposes (a warning notice needs the police to know): whenever this step is in a result, they are too, after any judgement.',
  })),
  sources: SourcesSchema,
});

/** One step of the local referral pathway. */
export const PathwayStepSchema = z.extend(PathwayStepFieldsSchema, {}).check(z.meta({
  id: 'PathwayStep',
  description: 'A next step: what to do, who acts, how urgently, whether it is required or to be considered, on what legal basis, and its source.',
}));

/** What {@link PathwayStepSchema} produces: the checked form, with defaults filled in. */
export type PathwayStep = z.output<typeof PathwayStepSchema>;
/** What {@link UrgencySchema} produces: the checked form, with defaults filled in. */
export type Urgency = z.output<typeof UrgencySchema>;
