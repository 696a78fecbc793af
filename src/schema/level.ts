import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './id.js';
import { SourcesSchema } from './source-ref.js';

/** One level of risk. A ruleset declares its levels in order, lowest first; the engine knows no level names. */
export const LevelSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  colour: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/), z.meta({ description: 'A display colour, #rrggbb.' })),
  rag: z.enum(['none', 'green', 'amber', 'red']),
  meaning: TextSchema,
  reviewAfterDays: z.optional(z.int().check(z.minimum(1), z.maximum(730))),
  sources: z.optional(SourcesSchema.check(z.meta({ description: 'The basis of the level: its meaning, its threshold and its review interval.' }))),
  steps: z._default(z.array(IdSchema), []),
}).check(z.meta({
  id: 'Level',
  description: 'A risk level: its label and colour, what it means in practice, when to review, and the pathway steps it brings in.',
}));

/** What {@link LevelSchema} produces: the checked form, with defaults filled in. */
export type Level = z.output<typeof LevelSchema>;
