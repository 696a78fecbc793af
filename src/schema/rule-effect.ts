import * as z from 'zod/mini';
import { IdSchema } from './id.js';

/**
 * What a rule does when its condition holds. Rules only ever raise a level: the computed level is
 * the highest of every level, floor and override that fired, never lower than the ruleset's first level.
 */
export const RuleEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), level: IdSchema })
    .check(z.meta({ description: 'The level is at least `level`. A practitioner\'s judgement may move it.' })),
  z.strictObject({ kind: z.literal('floor'), level: IdSchema })
    .check(z.meta({ description: 'The level is at least `level`, and a judgement may not take it lower.' })),
  z.strictObject({ kind: z.literal('override'), level: IdSchema })
    .check(z.meta({ description: 'A decisive indicator or fact (such as a disclosure): the level is at least `level` and a judgement may not take it lower. The engine treats it as a floor; the name tells the reader it stands on one item alone.' })),
  z.strictObject({ kind: z.literal('escalate'), level: IdSchema })
    .check(z.meta({ description: 'The level stays as it is, but the pathway steps of `level` are added (procedural escalation).' })),
  z.strictObject({ kind: z.literal('actions') })
    .check(z.meta({ description: 'The level stays as it is; the rule only brings in its pathway steps, whatever the level.' })),
]).check(z.meta({ id: 'RuleEffect', description: 'What a rule does when it fires.' }));

/** What {@link RuleEffectSchema} produces: the checked form, with defaults filled in. */
export type RuleEffect = z.output<typeof RuleEffectSchema>;
export type RuleEffectKind = RuleEffect['kind'];
