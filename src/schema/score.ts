import * as z from 'zod/mini';
import { AnswerMatchSchema } from './answer-match.js';
import { FactIdSchema, IdSchema, TextSchema } from './id.js';
import { IndicatorFilterSchema } from './indicator-filter.js';
import { SourcesSchema } from './source-ref.js';

const WeightSchema = z.int().check(z.minimum(0), z.maximum(1000));

/** One term of a weighted score. */
export const ScoreTermSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('answers'),
    where: z._default(IndicatorFilterSchema, {}),
    match: z.optional(AnswerMatchSchema),
    weight: WeightSchema,
    windowWeights: z.optional(z.record(IdSchema, WeightSchema)),
  }).check(z.meta({
    description: 'Adds `weight` for each selected indicator whose answer counts as present. Where `windowWeights` is given, an answer that names windows adds the weight of each window it names (so an item ticked in two windows scores both); an answer with no window adds `weight`.',
  })),
  z.strictObject({
    kind: z.literal('ordinal'),
    where: z._default(IndicatorFilterSchema, {}),
  }).check(z.meta({ description: 'Adds the score given to each selected ordinal indicator.' })),
  z.strictObject({
    kind: z.literal('attribute'),
    attribute: FactIdSchema,
    weight: WeightSchema,
  }).check(z.meta({ description: 'Adds `weight` when the subject has the attribute (an attribute bonus).' })),
]).check(z.meta({ id: 'ScoreTerm' }));

/** A band maps a closed range of a score to a level. */
export const ScoreBandSchema = z.strictObject({
  min: z.int().check(z.minimum(0)),
  max: z.optional(z.int().check(z.minimum(0))),
  level: IdSchema,
}).check(z.meta({ id: 'ScoreBand', description: 'A closed range of whole scores [min, max]; no max means "and above".' }));

/** A weighted sum over the answers, with optional bands that map it to a level. */
export const ScoreSchema = z.strictObject({
  id: IdSchema,
  label: TextSchema,
  description: z.optional(TextSchema),
  terms: z.array(ScoreTermSchema).check(z.minLength(1)),
  bands: z._default(z.array(ScoreBandSchema), []),
  sources: SourcesSchema,
}).check(z.meta({
  id: 'Score',
  description: 'A weighted sum of answers and attributes. Bands, when given, must cover every reachable score exactly once.',
}));

/** What {@link ScoreSchema} produces: the checked form, with defaults filled in. */
export type Score = z.output<typeof ScoreSchema>;
/** What {@link ScoreTermSchema} produces: the checked form, with defaults filled in. */
export type ScoreTerm = z.output<typeof ScoreTermSchema>;
/** What {@link ScoreBandSchema} produces: the checked form, with defaults filled in. */
export type ScoreBand = z.output<typeof ScoreBandSchema>;
