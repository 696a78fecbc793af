import * as z from 'zod/mini';
import { TextSchema } from './id.js';
import { SourcesSchema } from './source-ref.js';

/** A factor code of the Children in Need census (for example 11A, child sexual exploitation; 21, no factors). */
export const CensusFactorCodeSchema = z.string().check(z.regex(/^[0-9]{1,2}[A-Z]?$/u), z.meta({
  id: 'CensusFactorCode',
  description: 'A code from the Department for Education\'s list of factors identified at the end of assessment, such as 10A, 11A or 24A.',
}));

/**
 * The census factor codes a ruleset maps its indicators and rules to, with their labels and where the list
 * comes from. A result lists the factors its answers and fired rules suggest, for the assessing social
 * worker to consider: a suggestion, never a factor recorded.
 */
export const CensusFactorsSchema = z.strictObject({
  codes: z.array(z.strictObject({ code: CensusFactorCodeSchema, label: TextSchema })).check(z.minLength(1), z.maxLength(100)),
  note: z.optional(TextSchema),
  sources: SourcesSchema,
}).check(z.meta({
  id: 'CensusFactors',
  description: 'The Children in Need census factor codes the indicators and rules map to (their `censusFactors`), with labels and the list they come from. Results suggest them for the social worker to consider; they are never recorded as findings.',
}));

/** A list of the census factor codes an indicator or a rule suggests. */
export const CensusFactorListSchema = z.array(CensusFactorCodeSchema).check(z.minLength(1), z.maxLength(20), z.meta({
  description: 'The census factor codes (declared in the ruleset\'s censusFactors) that this suggests for the assessing social worker to consider.',
}));

/** What {@link CensusFactorsSchema} produces. */
export type CensusFactors = z.output<typeof CensusFactorsSchema>;
