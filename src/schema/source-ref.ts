import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './id.js';

/** A document that the ruleset draws on, cited by indicators, rules and pathway steps. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  publisher: z.optional(TextSchema),
  year: z.optional(z.int().check(z.minimum(1900), z.maximum(2100))),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  kind: z.optional(z.enum(['procedure', 'legislation', 'national-guidance', 'published-tool', 'research', 'project-choice']).check(z.meta({
    description: 'What kind of basis it is. project-choice: a choice this ruleset makes that no source makes for it; every citation of it is listed in the rulebook\'s sign-off checklist for the safeguarding lead to confirm or change.',
  }))),
}).check(z.meta({ id: 'Source', description: 'A document cited by the ruleset.' }));

/** A citation of one source, optionally narrowed to a section. */
export const SourceRefSchema = z.strictObject({
  source: IdSchema,
  section: z.optional(TextSchema),
  note: z.optional(TextSchema),
}).check(z.meta({ id: 'SourceRef', description: 'A citation: the id of a source in meta.sources and, where it helps, the section.' }));

/** At least one citation: every indicator, rule and pathway step says where it comes from. */
export const SourcesSchema = z.array(SourceRefSchema).check(z.minLength(1));

/** What {@link SourceSchema} produces: the checked form, with defaults filled in. */
export type Source = z.output<typeof SourceSchema>;
/** What {@link SourceRefSchema} produces: the checked form, with defaults filled in. */
export type SourceRef = z.output<typeof SourceRefSchema>;
