import * as z from 'zod/mini';
import { PresentAnswerCodeSchema } from './answer-code.js';
import { IdSchema, TextSchema } from './id.js';

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
}).check(z.meta({ id: 'RulesetPolicy', description: 'How answers count, what vulnerability factors do, and the steps every concern brings in.' }));

/** What {@link RulesetPolicySchema} produces: the checked form, with defaults filled in. */
export type RulesetPolicy = z.output<typeof RulesetPolicySchema>;
