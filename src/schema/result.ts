import * as z from 'zod/mini';
import { AnswerValueSchema } from './answer.js';
import { IdSchema, IsoDateSchema } from './id.js';
import { CensusFactorCodeSchema } from './census-factors.js';
import { IssueSchema } from './issue.js';
import { PathwayStepFieldsSchema } from './pathway-step.js';
import { RuleEffectSchema } from './rule-effect.js';
import { RulesetStampSchema } from './ruleset-stamp.js';

/** A level as it appears in a result: enough to show it without the ruleset. */
export const LevelRefSchema = z.strictObject({
  id: IdSchema,
  label: z.string(),
  rank: z.int().check(z.minimum(0)),
  colour: z.string(),
  rag: z.enum(['none', 'green', 'amber', 'red']),
}).check(z.meta({ id: 'LevelRef', description: 'A level with its label, rank (0 = lowest), colour and RAG rating.' }));

/** An answer a rule rests on: the indicator, the value, and its distinct windows (the fields of an `answer` reason). */
export const CITED_ANSWER_FIELDS = { indicator: IdSchema, answer: AnswerValueSchema, windows: z.optional(z.array(IdSchema)) };

/** One fact that made a rule fire. */
export const BecauseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('answer'), ...CITED_ANSWER_FIELDS }),
  z.strictObject({ kind: z.literal('age'), years: z.int() }),
  z.strictObject({ kind: z.literal('attribute'), attribute: z.string(), value: z.nullable(z.boolean()) }),
  z.strictObject({ kind: z.literal('context'), fact: z.string(), value: z.nullable(z.boolean()) }),
  z.strictObject({ kind: z.literal('score'), score: IdSchema, value: z.int() }),
  z.strictObject({ kind: z.literal('level'), level: IdSchema }),
]).check(z.meta({ id: 'Because', description: 'An answer, age, attribute, context fact (null: not given, read as the rule\'s ifUnknown says), score or level that a fired rule rests on.' }));

/** A rule that fired, with its effect and the facts it rests on. */
export const FiredRuleSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  effect: RuleEffectSchema,
  because: z.array(BecauseSchema),
}).check(z.meta({ id: 'FiredRule' }));

/** A rule that could fire once missing answers or facts are known: unknown is not no. */
export const UndeterminedRuleSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  effect: RuleEffectSchema,
  missing: z.array(z.string()),
}).check(z.meta({ id: 'UndeterminedRule', description: 'A rule whose outcome depends on unanswered items or unknown facts, listed as paths into the screening.' }));

/** A score and where it could go once unanswered items are known. */
/** A score's figures, as every form of result gives them (the full form adds its label). */
export const SCORE_FIGURE_FIELDS = { value: z.int(), potential: z.int(), level: z.optional(IdSchema) };

export const ScoreResultSchema = z.strictObject({
  id: IdSchema,
  label: z.string(),
  ...SCORE_FIGURE_FIELDS,
}).check(z.meta({ id: 'ScoreResult', description: 'value counts what is known; potential is the most it could reach if every unanswered or unknown item counted.' }));

/** What brought a pathway step in. */
export const StepOriginSchema = z.strictObject({
  kind: z.enum(['level', 'rule', 'concern', 'unknown', 'scope', 'protection', 'step']),
  id: z.string(),
}).check(z.meta({
  id: 'StepOrigin',
  description: 'level: a step of the final level (a judgement can change these); rule: brought in by a rule that fired (no judgement removes it); concern: any indicator answered yes or possible; unknown: an unknown answer on an item that matters, information too thin to rule out a higher level, or an earlier higher level not ruled out; scope: the child\'s age is outside the ruleset\'s scope; protection: a protection the engine applies to every screening whatever the ruleset (its id starts protection-); step: another step in the result presupposes it (its id).',
}));

/**
 * A pathway step in a result: the step as the ruleset defines it (without its long description, which
 * the ruleset and its rulebook hold), and what brought it in.
 */
export const PathwayEntrySchema = z.extend(z.omit(PathwayStepFieldsSchema, { description: true, timescaleBasis: true, requires: true }), {
  broughtInBy: z.array(StepOriginSchema).check(z.minLength(1)),
}).check(z.meta({ id: 'PathwayEntry' }));

/** Why a judgement was not applied as given. */
export const NotAppliedBecauseSchema = z.enum(['below-floor', 'contradicts-answers', 'needs-agreement']);

/** A judgement's outcome but for its level, which each form of result names its own way. */
export const JUDGEMENT_OUTCOME_FIELDS = {
  applied: z.boolean(),
  status: z.enum(['applied', 'applied-in-part', 'not-applied']).check(z.meta({
    description: 'applied: the level is the judged level; applied-in-part: the level moved towards the judged level but stopped at a floor (the final level is the level reached, notAppliedBecause says why it stopped); not-applied: the level is the computed level.',
  })),
  direction: z.enum(['raised', 'lowered', 'same']),
  notAppliedBecause: z.optional(NotAppliedBecauseSchema),
  agreedBy: z.optional(z.strictObject({ role: IdSchema, name: z.optional(z.string()) })),
  rationale: z.optional(z.string()),
  by: z.optional(z.string()),
};

/** The practitioner's judgement as applied to the result. */
export const JudgementOutcomeSchema = z.strictObject({
  level: LevelRefSchema,
  ...JUDGEMENT_OUTCOME_FIELDS,
}).check(z.meta({
  id: 'JudgementOutcome',
  description: 'The judged level; `applied` says whether it was used as given, `status` whether it was applied, applied in part (up to a floor) or not applied, and `notAppliedBecause` why not in full: below-floor (the level goes only as low as the floor or override that fired), contradicts-answers (the no-concern level while an indicator is answered yes or possible), needs-agreement (a lowering judgement without a second person\'s agreement: the computed level stands). The agreeing role is always kept; the rationale and names appear only when free text was asked for.',
}));

/** How the result compares with an earlier one. */
export const TrendSchema = z.strictObject({
  direction: z.enum(['raised', 'lowered', 'unchanged']),
  from: z.strictObject({ id: IdSchema, rank: z.int() }),
  to: z.strictObject({ id: IdSchema, rank: z.int() }),
  sameRuleset: z.boolean(),
  scores: z.array(z.strictObject({ id: IdSchema, from: z.int(), to: z.int() })),
}).check(z.meta({ id: 'Trend' }));

/** A census factor a result suggests, with what suggests it: the indicators answered yes or possible and the rules that fired. */
export const SUGGESTED_FACTOR_FIELDS = { code: CensusFactorCodeSchema, suggestedBy: z.array(IdSchema).check(z.minLength(1)) };

/** A census factor suggested for the assessing social worker to consider. */
export const SuggestedFactorSchema = z.strictObject({ ...SUGGESTED_FACTOR_FIELDS, label: z.string() }).check(z.meta({
  id: 'SuggestedFactor',
  description: 'A Children in Need census factor the answers suggest, for the assessing social worker to consider at the end of assessment: a suggestion, never a factor recorded.',
}));

/** Marks a result whose lowest level is not a finding of no concern. */
export const InsufficientInformationSchema = z.optional(z.literal(true)).check(z.meta({
  description: 'Present when unknown or unanswered items could raise the level above the final level, at any level: the result does not rule the higher level out, the review comes on the higher level\'s timescale, and the unknown-answer steps apply.',
}));

/** The fields a full result and an ids result share after their reasons: what was answered, when to review, the trend, evidence and warnings. */
export const RESULT_TAIL_FIELDS = {
  present: z.array(IdSchema),
  possible: z.array(IdSchema),
  unknown: z.array(IdSchema),
  unanswered: z.array(IdSchema),
  completeness: z.strictObject({ answered: z.int(), total: z.int() }),
  reviewBy: z.optional(IsoDateSchema),
  trend: z.optional(TrendSchema),
  evidence: z.optional(z.array(z.strictObject({ indicator: IdSchema, evidence: z.string() }))),
  warnings: z.array(IssueSchema),
};

/** The result of a screening: JSON, deterministic, with no timestamps. */
export const ResultSchema = z.strictObject({
  format: z.literal('cse-screening/result@1'),
  engine: z.strictObject({ name: z.literal('cse-screening'), version: z.string() }),
  ruleset: RulesetStampSchema,
  ref: z.optional(z.string()),
  inScope: z.boolean(),
  complete: z.boolean(),
  computedLevel: LevelRefSchema,
  level: LevelRefSchema,
  potentialLevel: LevelRefSchema,
  insufficientInformation: InsufficientInformationSchema,
  judgement: z.optional(JudgementOutcomeSchema),
  firedRules: z.array(FiredRuleSchema),
  undeterminedRules: z.array(UndeterminedRuleSchema),
  scores: z.array(ScoreResultSchema),
  pathway: z.array(PathwayEntrySchema),
  suggestedFactors: z.optional(z.array(SuggestedFactorSchema)),
  ...RESULT_TAIL_FIELDS,
}).check(z.meta({
  id: 'Result',
  title: 'cse-screening result',
  description: 'The outcome of a screening: the computed and final level, the rules that fired and could fire, scores, the pathway, what is unanswered, and warnings. Store it with its ruleset stamp.',
}));

/** What {@link LevelRefSchema} produces: the checked form, with defaults filled in. */
export type LevelRef = z.output<typeof LevelRefSchema>;
/** What {@link BecauseSchema} produces: the checked form, with defaults filled in. */
export type Because = z.output<typeof BecauseSchema>;
/** What {@link FiredRuleSchema} produces: the checked form, with defaults filled in. */
export type FiredRule = z.output<typeof FiredRuleSchema>;
/** What {@link UndeterminedRuleSchema} produces: the checked form, with defaults filled in. */
export type UndeterminedRule = z.output<typeof UndeterminedRuleSchema>;
/** What {@link ScoreResultSchema} produces: the checked form, with defaults filled in. */
export type ScoreResult = z.output<typeof ScoreResultSchema>;
/** What {@link PathwayEntrySchema} produces: the checked form, with defaults filled in. */
export type PathwayEntry = z.output<typeof PathwayEntrySchema>;
/** What {@link StepOriginSchema} produces: the checked form, with defaults filled in. */
export type StepOrigin = z.output<typeof StepOriginSchema>;
/** What {@link JudgementOutcomeSchema} produces: the checked form, with defaults filled in. */
export type JudgementOutcome = z.output<typeof JudgementOutcomeSchema>;
/** What {@link TrendSchema} produces: the checked form, with defaults filled in. */
export type Trend = z.output<typeof TrendSchema>;
/** What {@link ResultSchema} produces: the checked form, with defaults filled in. */
export type Result = z.output<typeof ResultSchema>;
