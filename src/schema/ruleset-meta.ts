import * as z from 'zod/mini';
import { FhirCanonicalBaseSchema } from './fhir-publication.js';
import { IdSchema, IsoDateSchema, TextSchema } from './id.js';
import { SourceSchema } from './source-ref.js';

/** Who publishes a ruleset, which version it is, where it comes from and whether it is signed off. */
export const RulesetMetaSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/), z.meta({ description: 'A semantic version, for example 1.2.0.' })),
  effectiveFrom: IsoDateSchema,
  publisher: TextSchema,
  provenance: TextSchema,
  status: z.enum(['draft', 'approved']),
  approval: TextSchema,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  canonicalBase: z.optional(FhirCanonicalBaseSchema),
  signOff: z.optional(z.strictObject({
    name: TextSchema,
    role: TextSchema,
    date: IsoDateSchema,
    decision: z.enum(['approved', 'approved-with-changes', 'not-approved']),
    note: z.optional(TextSchema),
  }).check(z.meta({ description: 'Who signed the ruleset off for live use, when, and what they decided. Left out while it is a draft.' }))),
}).check(z.meta({
  id: 'RulesetMeta',
  description: 'Identity, version, provenance and sign-off status of a ruleset, and the catalogue of sources it cites.',
}));

/** What {@link RulesetMetaSchema} produces: the checked form, with defaults filled in. */
export type RulesetMeta = z.output<typeof RulesetMetaSchema>;
