import * as z from 'zod/mini';
import { FactIdSchema, IdSchema, TextSchema } from './id.js';

/** A domain of the checklist: a heading that groups indicators. */
export const DomainSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  description: z.optional(TextSchema),
}).check(z.meta({ id: 'Domain', description: 'A heading that groups indicators.' }));

/** A time window an answer may name, such as "in the last 6 months". */
export const WindowSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  description: z.optional(TextSchema),
}).check(z.meta({ id: 'Window', description: 'A time window an answer may name, such as the last 6 months.' }));

/** A boolean fact about the child (subject attribute) or the case (context fact) that rules may use. */
export const FactSchema = z.strictObject({
  id: FactIdSchema,
  label: TextSchema,
  description: z.optional(TextSchema),
}).check(z.meta({ id: 'Fact', description: 'A yes/no fact about the child or the case, supplied by the screening.' }));

/** What {@link DomainSchema} produces: the checked form, with defaults filled in. */
export type Domain = z.output<typeof DomainSchema>;
/** What {@link WindowSchema} produces: the checked form, with defaults filled in. */
export type Window = z.output<typeof WindowSchema>;
/** What {@link FactSchema} produces: the checked form, with defaults filled in. */
export type Fact = z.output<typeof FactSchema>;
