import * as z from 'zod/mini';
import { AnswerValueSchema } from './answer.js';
import { CensusFactorCodeSchema } from './census-factors.js';
import { IdSchema, IsoDateSchema } from './id.js';
import { IssueCodeSchema } from './issue.js';
import { PreviousResultSchema } from './previous-result.js';
import { InsufficientInformationSchema, JUDGEMENT_OUTCOME_FIELDS, TrendSchema } from './result.js';
import { RulesetStampSchema } from './ruleset-stamp.js';

/** An answer as the engine read it: the value alone, or the value with its distinct windows. Evidence is never kept here. */
const ScreenedAnswerSchema = z.union([AnswerValueSchema, z.strictObject({ value: AnswerValueSchema, window: z.array(IdSchema) })]);

/**
 * What the engine read of the screening, with no free text and no associations: with the ruleset the result
 * names (by fingerprint), everything the ids result leaves out can be worked out again from it.
 */
export const ScreenedFactsSchema = z.strictObject({
  assessedOn: z.optional(IsoDateSchema),
  subject: z.strictObject({
    ageYears: z.optional(z.int()),
    ageFrom: z.optional(z.literal('dateOfBirth')).check(z.meta({ description: 'Present when the age was worked out from a date of birth, which is not kept.' })),
    attributes: z.optional(z.record(z.string(), z.boolean())),
  }),
  answers: z.record(z.string(), ScreenedAnswerSchema),
  context: z.optional(z.record(z.string(), z.boolean())),
  previous: z.optional(PreviousResultSchema),
}).check(z.meta({
  id: 'ScreenedFacts',
  description: 'The screening as the engine read it, without free text or associations: the answers with their windows (never evidence), the age in whole years (never a date of birth), the attributes and context facts given, the assessment date and the earlier result\'s ruleset, level and scores. Unanswered indicators are the ruleset\'s indicators that `answers` leaves out.',
}));

/**
 * The ids result: the decision as ids (levels, judgement, fired rules, steps, warning codes) and the facts the
 * engine read, nothing that the ruleset and those facts give again. `expandResult` and `explainResult` work the
 * reasons, undetermined rules, missing items, unanswered list and step origins out again from the ruleset.
 */
export const IdsResultSchema = z.strictObject({
  format: z.literal('cse-screening/result-ids@3'),
  ruleset: RulesetStampSchema,
  ref: z.optional(z.string()),
  inScope: z.boolean(),
  complete: z.boolean(),
  computedLevel: IdSchema,
  level: IdSchema,
  potentialLevel: IdSchema,
  insufficientInformation: InsufficientInformationSchema,
  judgement: z.optional(z.strictObject({ level: IdSchema, ...JUDGEMENT_OUTCOME_FIELDS })),
  firedRules: z.array(IdSchema),
  steps: z.array(IdSchema).check(z.meta({ description: 'The pathway\'s step ids in order; what brought each in is worked out again.' })),
  suggestedFactors: z.optional(z.array(CensusFactorCodeSchema)),
  completeness: z.strictObject({ answered: z.int(), total: z.int() }).check(z.meta({
    description: 'How many of the ruleset\'s indicators are answered (unknown is not an answer): total minus answered are open, never read as no.',
  })),
  reviewBy: z.optional(IsoDateSchema),
  trend: z.optional(TrendSchema),
  evidence: z.optional(z.array(z.strictObject({ indicator: IdSchema, evidence: z.string() }))),
  warnings: z.array(IssueCodeSchema),
  screened: ScreenedFactsSchema,
}).check(z.meta({
  id: 'IdsResult',
  title: 'cse-screening result (ids)',
  description: 'The result with ids in place of texts and the facts the engine read in place of the reasons: levels, judgement, fired rules, steps, completeness, review date, trend and warning codes kept; the reasons, undetermined rules and what they wait on, the answer lists and step origins worked out again with the ruleset by expandResult and explainResult. Format 3: format 2 wrote those out, about five times the size on a caseload.',
}));

/** What {@link IdsResultSchema} produces. */
export type IdsResult = z.output<typeof IdsResultSchema>;
/** What {@link ScreenedFactsSchema} produces. */
export type ScreenedFacts = z.output<typeof ScreenedFactsSchema>;
