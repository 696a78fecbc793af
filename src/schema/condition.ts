import * as z from 'zod/mini';
import { AnswerMatchSchema } from './answer-match.js';
import { FactIdSchema, IdSchema } from './id.js';
import { IndicatorFilterSchema } from './indicator-filter.js';

const CountSchema = z.int().check(z.minimum(0), z.maximum(10_000));

const AllConditionSchema = z.strictObject({
  kind: z.literal('all'),
  get of(): z.ZodMiniArray<typeof ConditionSchema> { return z.array(ConditionSchema).check(z.minLength(1), z.maxLength(200)); },
}); // True when every condition in `of` is true.

const AnyConditionSchema = z.strictObject({
  kind: z.literal('any'),
  get of(): z.ZodMiniArray<typeof ConditionSchema> { return z.array(ConditionSchema).check(z.minLength(1), z.maxLength(200)); },
}); // True when at least one condition in `of` is true.

const NotConditionSchema = z.strictObject({
  kind: z.literal('not'),
  get condition(): typeof ConditionSchema { return ConditionSchema; },
}); // True when `condition` is false.

const AtLeastConditionSchema = z.strictObject({
  kind: z.literal('at-least'),
  count: z.int().check(z.minimum(1), z.maximum(200)),
  get of(): z.ZodMiniArray<typeof ConditionSchema> { return z.array(ConditionSchema).check(z.minLength(1), z.maxLength(200)); },
}); // True when at least `count` of the conditions in `of` are true.

const AnswerConditionSchema = z.strictObject({
  kind: z.literal('answer'),
  indicator: IdSchema,
  match: z.optional(AnswerMatchSchema),
}).check(z.meta({ description: 'True when the indicator\'s answer counts as present under `match`.' }));

const CountConditionSchema = z.strictObject({
  kind: z.literal('count'),
  where: z._default(IndicatorFilterSchema, {}),
  match: z.optional(AnswerMatchSchema),
  min: z.optional(CountSchema),
  max: z.optional(CountSchema),
}).check(z.meta({
  description: 'True when the number of indicators selected by `where` whose answers count as present lies between `min` and `max` (both inclusive).',
}));

const ScoreConditionSchema = z.strictObject({
  kind: z.literal('score'),
  score: IdSchema,
  min: z.optional(z.int()),
  max: z.optional(z.int()),
}).check(z.meta({ description: 'True when the named score lies between `min` and `max` (both inclusive).' }));

const AgeConditionSchema = z.strictObject({
  kind: z.literal('age'),
  is: z.enum(['under', 'at-most', 'at-least', 'over']),
  years: z.int().check(z.minimum(0), z.maximum(30)),
  ifUnknown: z.optional(z.boolean()),
}).check(z.meta({
  description: 'Compares the child\'s age in whole years: "under 13" is true at 12 and false at 13; "at-most 13" is true at 13. With no age given it is undetermined, unless `ifUnknown` says how to read it here.',
}));

const AttributeConditionSchema = z.strictObject({
  kind: z.literal('attribute'),
  attribute: FactIdSchema,
  is: z.boolean(),
  ifUnknown: z.optional(z.boolean()),
}).check(z.meta({
  description: 'True when the subject attribute (declared in `attributes`) has the given value. When the screening does not give it, the condition is undetermined, unless `ifUnknown` says how to read it here (for example, route to a referral unless the case is known to be open).',
}));

const ContextConditionSchema = z.strictObject({
  kind: z.literal('context'),
  fact: FactIdSchema,
  is: z.boolean(),
  ifUnknown: z.optional(z.boolean()),
}).check(z.meta({
  description: 'True when the context fact (declared in `contextFacts`) has the given value. When the screening does not give it, the condition is undetermined, unless `ifUnknown` says how to read it here.',
}));

const LevelConditionSchema = z.strictObject({
  kind: z.literal('level'),
  atLeast: z.optional(IdSchema),
  atMost: z.optional(IdSchema),
}).check(z.meta({
  description: 'Compares the final level (after floors, overrides and judgement). Only for rules whose effect is actions or escalate.',
}));

/**
 * The closed condition grammar of threshold rules. There are no expressions, paths or patterns:
 * every condition is one of these objects, told apart by `kind`. Discriminated on `kind`, so that
 * validating a condition tries one branch only: a plain union tried every branch at every level of
 * nesting, and the work grew exponentially with depth.
 */
export const ConditionSchema = z.discriminatedUnion('kind', [
  AllConditionSchema, AnyConditionSchema, NotConditionSchema, AtLeastConditionSchema,
  AnswerConditionSchema, CountConditionSchema, ScoreConditionSchema,
  AgeConditionSchema, AttributeConditionSchema, ContextConditionSchema, LevelConditionSchema,
]).check(z.meta({ id: 'Condition', description: 'A condition of the closed rule grammar, told apart by kind.' }));

/** What {@link ConditionSchema} produces: the checked form, with defaults filled in. */
export type Condition = z.output<typeof ConditionSchema>;
export type ConditionKind = Condition['kind'];
