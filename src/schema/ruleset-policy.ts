import * as z from 'zod/mini';
import { PresentAnswerCodeSchema } from './answer-code.js';
import { FactIdSchema, IdSchema, TextSchema } from './id.js';
import { IndicatorFilterSchema } from './indicator-filter.js';

/** A role a ruleset accepts as the second person who agrees a judgement. */
const AgreementRoleSchema = z.strictObject({ id: IdSchema, label: TextSchema });

/** How judgements are agreed. Lowering a level always needs a second person; a ruleset may ask it for raising too. */
export const JudgementPolicySchema = z.strictObject({
  agreementRequiredFor: z._default(z.enum(['lowering', 'any-change']), 'lowering').check(z.meta({
    description: 'lowering: a judgement that lowers the level needs agreedBy (always, whatever this says); any-change: raising needs it too.',
  })),
  agreementRoles: z._default(z.array(AgreementRoleSchema).check(z.maxLength(50)), []).check(z.meta({
    description: 'The roles whose agreement counts, such as the designated safeguarding lead. Empty: any role named in agreedBy counts.',
  })),
}).check(z.meta({ id: 'JudgementPolicy', description: 'Who must agree a judgement before it is applied.' }));

/** What an "unknown" answer brings in: unknown is not no, for actions as well as for the level. */
export const UnknownAnswersPolicySchema = z.strictObject({
  where: z.optional(IndicatorFilterSchema).check(z.meta({
    description: 'The indicators whose "unknown" answer brings the steps in. Left out: every indicator that could raise the level.',
  })),
  steps: z.array(IdSchema).check(z.minLength(1)).check(z.meta({
    description: 'The steps an unknown answer on those indicators brings in, for example gathering the missing information and discussing it with the designated safeguarding lead.',
  })),
}).check(z.meta({ id: 'UnknownAnswersPolicy', description: 'The steps that an unknown answer on the indicators that matter brings in.' }));

/**
 * The floors a ruleset declares. The engine applies them to every screening, whatever the rules say (a rule
 * cannot switch them off); loading the ruleset also proves by evaluation that its own rules reach them, to
 * tell an author early.
 */
export const ProtectionsPolicySchema = z.strictObject({
  under13Floor: z.optional(IdSchema).check(z.meta({
    description: 'The level any concern (a risk or significant indicator answered yes or possible) gives a child under 13 at least. Left out: the lowest floor or override the rules write for under-13s, or else the lowest level above the first.',
  })),
  under13SexualActivity: z.optional(z.strictObject({
    tags: z._default(z.array(IdSchema).check(z.minLength(1), z.maxLength(20)), ['sexual-activity']),
    level: z.optional(IdSchema),
    steps: z._default(z.array(IdSchema).check(z.maxLength(20)), []),
  })).check(z.meta({
    description: 'For a child under 13, any risk or significant indicator with one of these tags answered yes or possible gives at least `level` (left out: the top level) and brings in `steps` (the police step): sexual activity under 13 is never consensual in law. Left out entirely: the tag sexual-activity, the top level and its steps.',
  })),
  learningDisabilityFloor: z.optional(z.strictObject({
    attribute: FactIdSchema,
    indicator: z.optional(IdSchema),
    level: IdSchema,
  })).check(z.meta({
    description: 'When given: with this subject attribute true (or `indicator` answered yes or possible), any concern gives at least this level, at every age in scope.',
  })),
}).check(z.meta({ id: 'ProtectionsPolicy', description: 'Declared floors the engine applies to every screening, and loading the ruleset proves its rules reach.' }));

/** Choices the ruleset makes where published tools differ; each is stated in the audit docs. */
export const RulesetPolicySchema = z.strictObject({
  presentAnswers: z.array(PresentAnswerCodeSchema).check(z.minLength(1)).check(z.meta({
    description: 'The answers that count as present when a rule does not say: for example ["yes"] or ["yes", "possible"]. "no" never counts.',
  })),
  possibleNote: TextSchema.check(z.meta({ description: 'What a "possible" answer does under this ruleset, in plain words.' })),
  vulnerabilityFactors: z.enum(['score', 'context-only']).check(z.meta({
    description: 'score: vulnerability factors may raise the level; context-only: no level rule or score may count them, they inform the practitioner only.',
  })),
  concernSteps: z.array(IdSchema).check(z.minLength(1)).check(z.meta({
    description: 'Steps brought in whenever any indicator is answered yes or possible, whatever the level: a concern always leads to an action.',
  })),
  judgement: z._default(JudgementPolicySchema, { agreementRequiredFor: 'lowering', agreementRoles: [] }),
  unknownAnswers: z.optional(UnknownAnswersPolicySchema),
  protections: z._default(ProtectionsPolicySchema, {}),
}).check(z.meta({ id: 'RulesetPolicy', description: 'How answers count, what vulnerability factors do, the steps every concern brings in, how judgements are agreed, what unknown answers bring in, and the declared floors.' }));

/** What {@link RulesetPolicySchema} produces: the checked form, with defaults filled in. */
export type RulesetPolicy = z.output<typeof RulesetPolicySchema>;
/** What {@link JudgementPolicySchema} produces: the checked form, with defaults filled in. */
export type JudgementPolicy = z.output<typeof JudgementPolicySchema>;
