import * as z from 'zod/mini';
import { AssociationKindSchema } from './association.js';
import { IdSchema, IsoDateSchema } from './id.js';
import { RulesetStampSchema } from './ruleset-stamp.js';

/** A count, or `<N` where a count below N is suppressed so that a report can leave the team. */
export const CountSchema = z.union([z.int().check(z.minimum(0)), z.string().check(z.regex(/^<[0-9]+$/))]).check(z.meta({
  id: 'Count',
  description: 'A whole number, or "<N" when the count is from 1 to N-1 and small counts are suppressed. Zero is never suppressed.',
}));

const LevelCountSchema = z.strictObject({ level: IdSchema, label: z.string(), rank: z.int(), colour: z.string(), count: CountSchema });
const IndicatorCountSchema = z.strictObject({ indicator: IdSchema, label: z.string(), count: CountSchema });
const LevelPairSchema = z.strictObject({ from: IdSchema, to: IdSchema, direction: z.enum(['escalated', 'de-escalated', 'unchanged']), count: CountSchema });

/** The figures of the children whose latest result came from one ruleset version. */
export const RulesetFiguresSchema = z.strictObject({
  ruleset: RulesetStampSchema,
  main: z.boolean(),
  children: CountSchema,
  byLevel: z.array(LevelCountSchema),
  byAgeBand: z.array(z.strictObject({ band: z.enum(['under-10', '10-12', '13-15', '16-17', '18-and-over', 'unknown']), count: CountSchema })),
  present: z.array(IndicatorCountSchema),
  possible: z.array(IndicatorCountSchema),
  movement: z.strictObject({
    escalated: CountSchema,
    deEscalated: CountSchema,
    unchanged: CountSchema,
    notCompared: CountSchema,
    otherRuleset: CountSchema,
    pairs: z.array(LevelPairSchema),
  }),
  reviews: z.strictObject({
    overdue: CountSchema,
    dueSoon: CountSchema,
    later: CountSchema,
    noDate: CountSchema,
    overdueRefs: z.optional(z.array(z.string())),
  }),
  gaps: z.strictObject({
    informationGaps: CountSchema,
    incomplete: CountSchema,
    outOfScope: CountSchema,
  }),
  judgements: z.strictObject({
    applied: z.strictObject({ raised: CountSchema, lowered: CountSchema, same: CountSchema }),
    appliedInPart: CountSchema,
    notApplied: z.array(z.strictObject({ because: z.string(), count: CountSchema })),
    finalBelowComputed: CountSchema,
    finalAboveComputed: CountSchema,
  }),
  suggestedFactors: z.array(z.strictObject({ code: z.string(), count: CountSchema })),
}).check(z.meta({
  id: 'RulesetFigures',
  description: 'movement.otherRuleset counts the children whose earlier level came from another ruleset or ruleset version (trend.sameRuleset false): levels on different scales are not a move, so they are in neither escalated, de-escalated, unchanged nor pairs. judgements counts the practitioners\' judgements on the children\'s latest results: applied (raising, lowering or keeping the computed level), applied in part (a lowering that moved the level only as far as a floor), and not applied by notAppliedBecause (every reason the engine knows, 0 included); finalBelowComputed and finalAboveComputed count the children whose final level is below or above the level the rules computed, whatever brought it there. suggestedFactors counts the children whose result suggests each Children in Need census factor, for social workers to consider: never factors recorded.',
}));

/** A reference that links children in a group, by its short label in the group. */
export const LinkReferenceSchema = z.strictObject({
  label: z.string(),
  kind: AssociationKindSchema,
  token: z.optional(z.string()),
  children: z.array(z.string()),
}).check(z.meta({ id: 'LinkReference', description: 'A shared reference: its label in the group (P1 person, V1 vehicle, L1 place, T1 phone, A1 account), its pseudonymous token unless suppressed, and the labels of the children who share it.' }));

/** A child in a link group. */
export const LinkedChildSchema = z.strictObject({
  label: z.string(),
  ref: z.optional(z.string()),
  level: z.optional(z.strictObject({ id: IdSchema, label: z.string(), rank: z.int(), colour: z.string() })),
  steps: z.array(IdSchema),
}).check(z.meta({ id: 'LinkedChild', description: 'A child by label (C1, C2, ...), case ref unless suppressed, level when scored, and the pathway steps the ruleset\'s link policy brings in.' }));

/** Children connected through shared references. */
export const LinkGroupSchema = z.strictObject({
  id: z.string(),
  size: CountSchema,
  organisedPattern: z.boolean(),
  children: z.array(LinkedChildSchema),
  references: z.array(LinkReferenceSchema),
}).check(z.meta({ id: 'LinkGroup', description: 'A group of two or more children connected, directly or through a chain, by shared references. organisedPattern: they share a person, place or vehicle (the link policy\'s kinds), a possible organised exploitation pattern for the strategy meeting.' }));

/** The association links of a caseload. */
export const LinksSummarySchema = z.strictObject({
  childrenWithAssociations: CountSchema,
  references: CountSchema,
  sharedReferences: CountSchema,
  groups: z.array(LinkGroupSchema),
  steps: z.array(z.strictObject({ id: IdSchema, title: z.string() })),
  detailSuppressed: z.boolean(),
}).check(z.meta({ id: 'LinksSummary', description: 'How many children carry associations, how many distinct and shared references there are, the groups of linked children, and the steps the link policy lists for each linked child.' }));

/** The figures of a caseload report: what the HTML, Markdown and CSV show. */
export const CaseloadSummarySchema = z.strictObject({
  format: z.literal('cse-screening/caseload-summary@1'),
  asOf: IsoDateSchema,
  dueWithinDays: z.int(),
  suppressBelow: z.optional(z.int().check(z.minimum(2))),
  input: z.strictObject({
    lines: z.int(),
    results: z.int(),
    notScored: z.int(),
    keyGivenTwice: z.int().check(z.meta({
      description: 'Results whose screening gave a key twice (assess --batch warned duplicate_key, or the screenings file shows it): each was scored with the last value given.',
    })),
  }),
  rulesets: z.array(RulesetFiguresSchema),
  links: z.optional(LinksSummarySchema),
}).check(z.meta({
  id: 'CaseloadSummary',
  title: 'cse-screening caseload summary',
  description: 'The figures of a caseload report, by ruleset version (the main one first, others apart): children by level and age band, frequent indicators, movement, reviews, information gaps, and the association links. Each child counts once, by their latest result in the file. Holds no answers, evidence or free text.',
}));

/** What {@link CountSchema} produces. */
export type Count = z.output<typeof CountSchema>;
/** What {@link RulesetFiguresSchema} produces. */
export type RulesetFigures = z.output<typeof RulesetFiguresSchema>;
/** What {@link LinkGroupSchema} produces. */
export type LinkGroup = z.output<typeof LinkGroupSchema>;
/** What {@link LinksSummarySchema} produces. */
export type LinksSummary = z.output<typeof LinksSummarySchema>;
/** What {@link CaseloadSummarySchema} produces. */
export type CaseloadSummary = z.output<typeof CaseloadSummarySchema>;
