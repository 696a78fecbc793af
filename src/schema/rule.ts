import * as z from 'zod/mini';
import { ConditionSchema } from './condition.js';
import { IdSchema, TextSchema } from './id.js';
import { RuleEffectSchema } from './rule-effect.js';
import { SourcesSchema } from './source-ref.js';

/** A threshold rule: when its condition holds, it fires its effect and brings in its pathway steps. */
export const RuleSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
  when: ConditionSchema,
  effect: RuleEffectSchema,
  steps: z._default(z.array(IdSchema), []),
  sources: SourcesSchema,
}).check(z.meta({
  id: 'Rule',
  description: 'A threshold rule: a condition, an effect on the level, the pathway steps it brings in, and its sources.',
}));

/** What {@link RuleSchema} produces: the checked form, with defaults filled in. */
export type Rule = z.output<typeof RuleSchema>;
