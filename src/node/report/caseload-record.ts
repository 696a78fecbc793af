import * as z from 'zod/mini';
import { AssociationSchema, type Association } from '../../schema/association.js';
import { IdSchema, IsoDateSchema } from '../../schema/id.js';
import { RulesetStampSchema, type RulesetStamp } from '../../schema/ruleset-stamp.js';

const LevelSchema = z.looseObject({ id: IdSchema, label: z.string(), rank: z.int(), colour: z.string() });
const RankSchema = z.looseObject({ id: IdSchema, rank: z.int() });

/** A result's trend: where it moved from, and whether that earlier level came from the same ruleset (fingerprint). */
const TrendFromSchema = z.optional(z.looseObject({ from: RankSchema, to: RankSchema, sameRuleset: z.optional(z.boolean()) }));

/** A result's judgement: whether it was applied, its direction from the computed level, and why not. Free text is never read. */
const JudgementReadSchema = z.optional(z.looseObject({
  applied: z.boolean(), status: z.optional(z.enum(['applied', 'applied-in-part', 'not-applied'])), direction: z.enum(['raised', 'lowered', 'same']), notAppliedBecause: z.optional(z.string()),
}));

/** The census factors a result suggests: objects with a code (full and ids forms). Earlier results carry none. */
const SuggestedFactorsReadSchema = z.optional(z.array(z.looseObject({ code: z.string() })));

/** A result's warnings (or an assess --batch line's), by code: the report counts some of them. */
const WarningCodesSchema = z.optional(z.array(z.looseObject({ code: z.string() })));

/** The members of a full result that the caseload report reads; every other member is ignored. */
const ReportedFullResultSchema = z.looseObject({
  format: z.literal('cse-screening/result@1'),
  ruleset: RulesetStampSchema,
  ref: z.optional(z.string()),
  inScope: z.boolean(),
  complete: z.boolean(),
  level: LevelSchema,
  potentialLevel: RankSchema,
  computedLevel: z.optional(RankSchema),
  present: z.array(IdSchema),
  possible: z.array(IdSchema),
  reviewBy: z.optional(IsoDateSchema),
  trend: TrendFromSchema,
  warnings: WarningCodesSchema,
  judgement: JudgementReadSchema,
  suggestedFactors: SuggestedFactorsReadSchema,
});

/** The members the ids forms share (format 2 and 3): levels by id, read against the ruleset. */
const REPORTED_IDS_FIELDS = {
  ruleset: RulesetStampSchema,
  ref: z.optional(z.string()),
  inScope: z.boolean(),
  complete: z.boolean(),
  level: IdSchema,
  potentialLevel: IdSchema,
  reviewBy: z.optional(IsoDateSchema),
  trend: TrendFromSchema,
  judgement: JudgementReadSchema,
};

/** The same members of a result in the ids form of format 2 (what `assess --batch` wrote by default up to 0.2.0). */
const ReportedIdsResultSchema = z.looseObject({
  ...REPORTED_IDS_FIELDS,
  format: z.literal('cse-screening/result-ids@2'),
  computedLevel: z.optional(IdSchema),
  present: z.array(IdSchema),
  possible: z.array(IdSchema),
  warnings: WarningCodesSchema,
  suggestedFactors: SuggestedFactorsReadSchema,
});

/**
 * The same members of an ids result of format 3 (what `assess --batch` writes by default since 0.3.0): warnings and
 * census factors as codes, and what is present or possible read from the answers the engine read (`screened`).
 */
const ReportedIdsV3ResultSchema = z.looseObject({
  ...REPORTED_IDS_FIELDS,
  format: z.literal('cse-screening/result-ids@3'),
  computedLevel: IdSchema,
  warnings: z.array(z.string()),
  suggestedFactors: z.optional(z.array(z.string())),
  screened: z.looseObject({ answers: z.record(z.string(), z.unknown()) }),
});

/** The members of a result that the caseload report reads, in the full or the ids form (format 3, or 2 as earlier releases wrote it). */
export const ReportedResultSchema = z.union([ReportedFullResultSchema, ReportedIdsResultSchema, ReportedIdsV3ResultSchema]);

/** A line of `assess --batch` output: a result, or an error for a record that was not scored. */
export const BatchLineSchema = z.looseObject({
  line: z.optional(z.int().check(z.minimum(1))),
  ref: z.optional(z.string()),
  result: z.optional(ReportedResultSchema),
  error: z.optional(z.unknown()),
  warnings: WarningCodesSchema,
});

/** The members of a screening that the report and `links` read: the subject's age and the associations. */
export const ReportedScreeningSchema = z.looseObject({
  ref: z.optional(z.string()),
  assessedOn: z.optional(IsoDateSchema),
  subject: z.optional(z.looseObject({ ageYears: z.optional(z.int()), dateOfBirth: z.optional(IsoDateSchema) })),
  associations: z.optional(z.array(AssociationSchema).check(z.maxLength(200))),
});

/** One scored child, as much as the report keeps of it: counts and ids, never answers or free text. */
export interface CaseloadRecord {
  /** The child's key: the result's ref, or its line when it has none. */
  readonly key: string;
  readonly ref: string | undefined;
  readonly line: number;
  readonly ruleset: RulesetStamp;
  readonly level: { readonly id: string; readonly label: string; readonly rank: number; readonly colour: string };
  readonly potentialRank: number;
  /** The rank of the level the rules computed, before any judgement (undefined when the result does not give it). */
  readonly computedRank: number | undefined;
  readonly inScope: boolean;
  readonly complete: boolean;
  readonly reviewBy: string | undefined;
  readonly present: readonly string[];
  readonly possible: readonly string[];
  /**
   * The level this result moved from: its trend, or else the child's earlier result in the file. `sameRuleset` is
   * false when that level came from another ruleset or version (its rank is on another scale: not a move).
   */
  readonly movedFrom: { readonly id: string; readonly rank: number; readonly sameRuleset: boolean } | undefined;
  readonly ageBand: AgeBand;
  /** The practitioner's judgement on this result, as the engine settled it: never its level, rationale or names. */
  readonly judgement: { readonly applied: boolean; readonly inPart: boolean; readonly direction: 'raised' | 'lowered' | 'same'; readonly notAppliedBecause: string | undefined } | undefined;
  /** The census factor codes the result suggests (never recorded as findings). */
  readonly suggestedFactors: readonly string[];
}

/** The age bands of the report: 16 and 17 year olds are children, shown on their own. */
export type AgeBand = 'under-10' | '10-12' | '13-15' | '16-17' | '18-and-over' | 'unknown';

/** Every age band, youngest first. */
export const AGE_BANDS: readonly AgeBand[] = ['under-10', '10-12', '13-15', '16-17', '18-and-over', 'unknown'];

/** The band of an age in whole years, or `unknown`. */
export function ageBandOf(years: number | undefined): AgeBand {
  if (years === undefined) return 'unknown';
  if (years < 10) return 'under-10';
  if (years < 13) return '10-12';
  if (years < 16) return '13-15';
  if (years < 18) return '16-17';
  return '18-and-over';
}

/** What {@link ReportedScreeningSchema} produces. */
export type ReportedScreening = z.output<typeof ReportedScreeningSchema>;
/** What {@link ReportedResultSchema} produces. */
export type ReportedResult = z.output<typeof ReportedResultSchema>;
/** Re-exported for the readers. */
export type { Association };
