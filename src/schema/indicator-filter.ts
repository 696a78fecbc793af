import * as z from 'zod/mini';
import { IdSchema } from './id.js';
import { IndicatorKindSchema } from './indicator.js';

/**
 * Which indicators a count or a score looks at. Every listed field must hold (and);
 * within a field, any listed value will do (or). An empty filter selects every indicator.
 */
export const IndicatorFilterSchema = z.strictObject({
  indicators: z.optional(z.array(IdSchema).check(z.minLength(1))),
  domains: z.optional(z.array(IdSchema).check(z.minLength(1))),
  kinds: z.optional(z.array(IndicatorKindSchema).check(z.minLength(1))),
  levels: z.optional(z.array(IdSchema).check(z.minLength(1))),
  tags: z.optional(z.array(IdSchema).check(z.minLength(1))),
}).check(z.meta({
  id: 'IndicatorFilter',
  description: 'Selects indicators by id, domain, kind, suggested level and tag. Fields combine with and; values within a field with or.',
}));

/** What {@link IndicatorFilterSchema} produces: the checked form, with defaults filled in. */
export type IndicatorFilter = z.output<typeof IndicatorFilterSchema>;
