import * as z from 'zod/mini';
import { AssociationKindSchema } from './association.js';
import { IdSchema } from './id.js';

/** What a shared association reference brings in, for each child it links. */
export const LinkPolicySchema = z.strictObject({
  sharedReferenceSteps: z.array(IdSchema).check(z.minLength(1), z.maxLength(20)),
  patternKinds: z._default(z.array(AssociationKindSchema).check(z.minLength(1)), ['person', 'place', 'vehicle']),
}).check(z.meta({
  id: 'LinkPolicy',
  description: 'sharedReferenceSteps: the pathway steps listed for each child who shares a reference with another child (for example raising the group at the strategy meeting). patternKinds: the kinds of shared reference that flag a group as a possible organised exploitation pattern (default person, place, vehicle).',
}));

/** What {@link LinkPolicySchema} produces: the checked form, with defaults filled in. */
export type LinkPolicy = z.output<typeof LinkPolicySchema>;
