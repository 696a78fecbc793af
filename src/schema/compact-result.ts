import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema } from './id.js';
import { CensusFactorCodeSchema } from './census-factors.js';
import { IssueCodeSchema } from './issue.js';
import {
  BecauseSchema, CITED_ANSWER_FIELDS, SUGGESTED_FACTOR_FIELDS, InsufficientInformationSchema, JUDGEMENT_OUTCOME_FIELDS, NotAppliedBecauseSchema, RESULT_TAIL_FIELDS, SCORE_FIGURE_FIELDS, StepOriginSchema,
} from './result.js';
import { RulesetStampSchema } from './ruleset-stamp.js';

/** The fields both compact forms open with: the ruleset, the reference, and the levels by id. */
const COMPACT_HEAD_FIELDS = {
  ruleset: RulesetStampSchema,
  ref: z.optional(z.string()),
  inScope: z.boolean(),
  complete: z.boolean(),
  computedLevel: IdSchema,
  level: IdSchema,
  potentialLevel: IdSchema,
  insufficientInformation: InsufficientInformationSchema,
};

/**
 * The decision alone, for high-volume use (batch, dashboards): the levels, the rules that fired or
 * could still fire, the steps and the warning codes, all as ids of the ruleset that holds their text.
 */
export const DecisionResultSchema = z.strictObject({
  format: z.literal('cse-screening/decision@1'),
  ...COMPACT_HEAD_FIELDS,
  judgement: z.optional(z.strictObject({
    level: IdSchema,
    applied: JUDGEMENT_OUTCOME_FIELDS.applied,
    status: JUDGEMENT_OUTCOME_FIELDS.status,
    notAppliedBecause: z.optional(NotAppliedBecauseSchema),
  })),
  firedRules: z.array(IdSchema),
  undeterminedRules: z.array(IdSchema),
  steps: z.array(IdSchema),
  suggestedFactors: z.optional(z.array(CensusFactorCodeSchema)),
  reviewBy: z.optional(IsoDateSchema),
  warnings: z.array(IssueCodeSchema),
}).check(z.meta({
  id: 'DecisionResult',
  title: 'cse-screening decision',
  description: 'A screening\'s decision with ids only: levels, fired and undetermined rule ids, step ids in pathway order and warning codes. The ruleset (by its stamp) holds every text. No reasons: ask for detail "ids" or "full" to keep why.',
}));

/**
 * The ids result of earlier releases (format 2, written by 0.2.0): the reasons, paths and warnings written out, the
 * labels and step texts left to the ruleset. Still read wherever a result is read; `screen` now writes format 3 (IdsResultSchema).
 */
export const IdsResultV2Schema = z.strictObject({
  format: z.literal('cse-screening/result-ids@2'),
  ...COMPACT_HEAD_FIELDS,
  judgement: z.optional(z.strictObject({ level: IdSchema, ...JUDGEMENT_OUTCOME_FIELDS })),
  firedRules: z.array(z.strictObject({
    id: IdSchema,
    because: z.array(z.union([IdSchema, BecauseSchema])).check(z.meta({
      description: 'What the rule rests on: an indicator id stands for that indicator\'s answer as its `citedAnswers` entry gives it (each answer is written once, however many rules rest on it); other facts are written out.',
    })),
  })),
  citedAnswers: z.array(z.strictObject(CITED_ANSWER_FIELDS)).check(z.meta({
    description: 'The answers the fired rules rest on, each once, in the order first cited: the indicator, the value and its distinct windows, as the full result\'s `because` entries give them.',
  })),
  undeterminedRules: z.array(z.strictObject({ id: IdSchema, missing: z.array(z.string()) })),
  scores: z.array(z.strictObject({ id: IdSchema, ...SCORE_FIGURE_FIELDS })),
  pathway: z.array(z.strictObject({ id: IdSchema, broughtInBy: z.array(StepOriginSchema).check(z.minLength(1)) })),
  suggestedFactors: z.optional(z.array(z.strictObject(SUGGESTED_FACTOR_FIELDS))),
  ...RESULT_TAIL_FIELDS,
}).check(z.meta({
  id: 'IdsResultV2',
  title: 'cse-screening result (ids, format 2)',
  description: 'Written by releases up to 0.2.0 and still read. The full result with ids in place of the texts the ruleset holds (level labels, rule titles and effects, step titles, actors and sources), and each answer a rule rests on written once (citedAnswers). explainResult turns it back into plain English with the ruleset. Format 2: format 1 repeated each answer in every rule that rests on it.',
}));

/** What {@link DecisionResultSchema} produces. */
export type DecisionResult = z.output<typeof DecisionResultSchema>;
/** What {@link IdsResultV2Schema} produces. */
export type IdsResultV2 = z.output<typeof IdsResultV2Schema>;
/** How much a screening's result carries: the decision only, ids with the reasons, or everything (the default). */
export type ResultDetail = 'decision' | 'ids' | 'full';
