import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './id.js';
import { CensusFactorListSchema } from './census-factors.js';
import { SourcesSchema } from './source-ref.js';

/** What an indicator's answer looks like: yes/no/possible/unknown, optionally with time windows, or an ordinal score. */
export const AnswerScaleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('presence'),
    windows: z._default(z.array(IdSchema), []),
  }).check(z.meta({ description: 'Answered yes, no, possible or unknown; where windows are listed, a yes or possible may say when (one or several windows).' })),
  z.strictObject({
    kind: z.literal('ordinal'),
    scores: z.array(z.strictObject({
      score: z.int().check(z.minimum(0), z.maximum(100)),
      label: TextSchema,
    })).check(z.minLength(2), z.maxLength(101)),
  }).check(z.meta({ description: 'Answered with a score from 0 upwards, each score with a descriptor; "unknown" is also accepted.' })),
]).check(z.meta({ id: 'AnswerScale' }));

/** The kind of an indicator: a vulnerability gives context, a risk indicator is a warning sign, a significant one is strong evidence. */
export const IndicatorKindSchema = z.enum(['vulnerability', 'risk', 'significant']).check(z.meta({ id: 'IndicatorKind' }));

/** One item of the checklist. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  domain: IdSchema,
  text: TextSchema,
  guidance: TextSchema,
  kind: IndicatorKindSchema,
  suggestedLevel: IdSchema,
  tags: z._default(z.array(IdSchema), []),
  answer: AnswerScaleSchema,
  censusFactors: z.optional(CensusFactorListSchema),
  sources: SourcesSchema,
}).check(z.meta({
  id: 'Indicator',
  description: 'A checklist item: what the practitioner is asked, what counts, its suggested level and kind, its answer scale and its sources.',
}));

/** What {@link IndicatorSchema} produces: the checked form, with defaults filled in. */
export type Indicator = z.output<typeof IndicatorSchema>;
/** What {@link AnswerScaleSchema} produces: the checked form, with defaults filled in. */
export type AnswerScale = z.output<typeof AnswerScaleSchema>;
/** What {@link IndicatorKindSchema} produces: the checked form, with defaults filled in. */
export type IndicatorKind = z.output<typeof IndicatorKindSchema>;
