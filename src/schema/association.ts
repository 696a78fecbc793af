import * as z from 'zod/mini';

/** What an association points at. */
export const AssociationKindSchema = z.enum(['person', 'vehicle', 'place', 'phone', 'online-account']).check(z.meta({
  id: 'AssociationKind',
  description: 'person: an adult or young person; vehicle; place: an address or venue; phone: a phone number; online-account: a handle on a platform.',
}));

/** The prefix of a pseudonymous reference of each kind, so that a token says what it stands for and kinds never collide. */
export const ASSOCIATION_PREFIXES = {
  person: 'per',
  vehicle: 'veh',
  place: 'pla',
  phone: 'tel',
  'online-account': 'acc',
} as const satisfies Record<z.output<typeof AssociationKindSchema>, string>;

/** A pseudonymous reference: a kind prefix and 16 to 64 lower-case hex digits. A name, number plate or phone number cannot match. */
export const AssociationRefSchema = z.string().check(z.regex(/^(?:per|veh|pla|tel|acc)-[0-9a-f]{16,64}$/)).check(z.meta({
  id: 'AssociationRef',
  description: 'An opaque pseudonymous token such as "veh-5d41402abc4b2a76b9719d911017c592", made with a keyed hash the local authority holds; never a name or a raw identifier.',
}));

/** How the person, vehicle, place, number or account is connected with the concern, from a fixed list: never free text. */
export const AssociationRoleSchema = z.enum(['suspected-exploiter', 'associate', 'young-person', 'location', 'transport', 'contact']).check(z.meta({
  id: 'AssociationRole',
  description: 'suspected-exploiter: an adult believed to exploit; associate: an adult connected with the child; young-person: a peer; location: where the child was found or taken; transport: used to move the child; contact: used to contact the child.',
}));

/** One reference connected with the concern for this child: the strategy meeting's record of associations, pseudonymised. */
export const AssociationSchema = z.strictObject({
  kind: AssociationKindSchema,
  ref: AssociationRefSchema,
  role: z.optional(AssociationRoleSchema),
}).check(z.meta({
  id: 'Association',
  description: 'A person, vehicle, place, phone number or online account connected with the concern, as a pseudonymous reference. Scoring ignores it; `cse-screen links` and the caseload report use it to find children who share references.',
}));

/** The most associations one screening may carry. */
export const MAX_ASSOCIATIONS = 200;

/** What {@link AssociationKindSchema} produces. */
export type AssociationKind = z.output<typeof AssociationKindSchema>;
/** What {@link AssociationRoleSchema} produces. */
export type AssociationRole = z.output<typeof AssociationRoleSchema>;
/** What {@link AssociationSchema} produces. */
export type Association = z.output<typeof AssociationSchema>;
