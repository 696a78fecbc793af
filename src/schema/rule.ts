import * as z from 'zod/mini';
import { ConditionSchema } from './condition.js';
import { IdSchema, TextSchema } from './id.js';
import { RuleEffectSchema } from './rule-effect.js';
import { CensusFactorListSchema } from './census-factors.js';
import { SourcesSchema } from './source-ref.js';

/** A threshold rule: when its condition holds, it fires its effect and brings in its pathway steps. */
export const RuleSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
  when: ConditionSchema,
  effect: RuleEffectSchema,
  steps: z._default(z.array(IdSchema), []),
  legalAgeLimit: z.optional(TextSchema.check(z.meta({
    description: 'Only for rules whose effect is actions: the statute that limits the steps to some ages (for example, a Child Abduction Act 1984 s.2 notice concerns children under 16). Steps of such a rule are exempt from the check that 16 and 17 year olds get no fewer steps than a 15 year old; the level never is.',
  }))),
  censusFactors: z.optional(CensusFactorListSchema),
  sources: SourcesSchema,
}).check(z.meta({
  id: 'Rule',
  description: 'A threshold rule: a condition, an effect on the level, the pathway steps it brings in, and its sources.',
}));

/** What {@link RuleSchema} produces: the checked form, with defaults filled in. */
export type Rule = z.output<typeof RuleSchema>;
