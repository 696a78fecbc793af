import * as z from 'zod/mini';

/**
 * Where a ruleset's FHIR resources are published: the base of their canonical URLs. The Questionnaire
 * is `<base>/Questionnaire/<ruleset id>` and the answers CodeSystem `<base>/CodeSystem/<ruleset id>-answers`.
 */
export const FhirCanonicalBaseSchema = z.string().check(
  z.maxLength(400),
  z.regex(/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*$/),
  z.meta({
    description: 'The https base of the canonical URLs of the ruleset\'s FHIR Questionnaire and CodeSystem, with no trailing slash, query or fragment, for example "https://fhir.example.org/safeguarding". Left out: a stable placeholder base under cse-screening.example.',
  }),
);

/** What {@link FhirCanonicalBaseSchema} produces: the checked form. */
export type FhirCanonicalBase = z.output<typeof FhirCanonicalBaseSchema>;
