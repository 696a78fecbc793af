import * as z from 'zod/mini';
import { IdSchema } from './id.js';

/** Who agreed a judgement that needs a second person: the role they hold, and optionally their name. */
export const JudgementAgreementSchema = z.strictObject({
  role: IdSchema.check(z.meta({ description: 'The role of the person who agreed it, for example "designated-safeguarding-lead" or "team-manager". Where the ruleset names the roles it accepts (policy.judgement.agreementRoles), it must be one of them.' })),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
}).register(z.globalRegistry, {
  id: 'JudgementAgreement',
  description: 'The second person who agreed a judgement: lowering a level is a two-person decision. The name is free text and reaches a result only on request.',
});

/** A practitioner's professional judgement of the level, with the rationale that must go with it. */
export const JudgementSchema = z.strictObject({
  level: IdSchema,
  rationale: z.string().check(z.maxLength(20_000)),
  by: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  agreedBy: z.optional(JudgementAgreementSchema),
}).register(z.globalRegistry, {
  id: 'Judgement',
  description: 'The level the practitioner judges right and why. The rationale is required and must not be blank. A judgement that lowers the level is applied only with agreedBy (a second person\'s role).',
});

/** What {@link JudgementSchema} produces: the checked form, with defaults filled in. */
export type Judgement = z.output<typeof JudgementSchema>;
/** What {@link JudgementAgreementSchema} produces: the checked form, with defaults filled in. */
export type JudgementAgreement = z.output<typeof JudgementAgreementSchema>;
