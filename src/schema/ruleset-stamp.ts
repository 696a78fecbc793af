import * as z from 'zod/mini';
import { IdSchema } from './id.js';

/** Which ruleset produced a result: its id, version and content fingerprint. */
export const RulesetStampSchema = z.strictObject({
  id: IdSchema,
  version: z.string(),
  fingerprint: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
}).register(z.globalRegistry, { id: 'RulesetStamp', description: 'The ruleset that produced a result: id, version, and the SHA-256 of its canonical JSON.' });

/** What {@link RulesetStampSchema} produces: the checked form, with defaults filled in. */
export type RulesetStamp = z.output<typeof RulesetStampSchema>;
