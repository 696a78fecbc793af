import * as z from 'zod/mini';
import { AnswerSchema } from './answer.js';
import { AssociationSchema, MAX_ASSOCIATIONS } from './association.js';
import { IdSchema, IsoDateSchema } from './id.js';
import { JudgementSchema } from './judgement.js';
import { PreviousResultSchema } from './previous-result.js';

/** Who the screening is about: age in whole years or date of birth, and the boolean attributes the ruleset declares. */
export const SubjectSchema = z.strictObject({
  ageYears: z.optional(z.int().check(z.minimum(0), z.maximum(30))),
  dateOfBirth: z.optional(IsoDateSchema),
  attributes: z._default(z.record(z.string(), z.boolean()), {}),
}).register(z.globalRegistry, {
  id: 'Subject',
  description: 'The child: ageYears, or dateOfBirth with assessedOn, and attributes declared by the ruleset, such as { "learningDisability": true }. An attribute left out is unknown, not false.',
});

/** What a case system sends to be screened. Indicators absent from `answers` are unanswered. */
export const ScreeningSchema = z.strictObject({
  $schema: z.optional(z.string()),
  ref: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  ruleset: z.optional(z.strictObject({ id: IdSchema, version: z.optional(z.string()) })),
  assessedOn: z.optional(IsoDateSchema),
  subject: SubjectSchema,
  answers: z.record(z.string(), AnswerSchema),
  context: z._default(z.record(z.string(), z.boolean()), {}),
  judgement: z.optional(JudgementSchema),
  previous: z.optional(PreviousResultSchema),
  associations: z.optional(z.array(AssociationSchema).check(z.maxLength(MAX_ASSOCIATIONS))),
}).register(z.globalRegistry, {
  id: 'Screening',
  title: 'cse-screening screening',
  description: 'A completed (or partly completed) checklist for one child: answers keyed by indicator id, the subject, the assessment date, context facts, an optional judgement and an optional earlier result.',
});

/** What {@link SubjectSchema} produces: the checked form, with defaults filled in. */
export type Subject = z.output<typeof SubjectSchema>;
/** What {@link ScreeningSchema} produces: the checked form, with defaults filled in. */
export type Screening = z.output<typeof ScreeningSchema>;
/** What {@link ScreeningSchema} accepts: the form a caller writes, before defaults are filled in. */
export type ScreeningInput = z.input<typeof ScreeningSchema>;
