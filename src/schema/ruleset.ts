import * as z from 'zod/mini';
import { CensusFactorsSchema } from './census-factors.js';
import { IndicatorSchema } from './indicator.js';
import { LevelSchema } from './level.js';
import { LinkPolicySchema } from './link-policy.js';
import { DomainSchema, FactSchema, WindowSchema } from './named-item.js';
import { PathwayStepSchema } from './pathway-step.js';
import { RuleSchema } from './rule.js';
import { RulesetMetaSchema } from './ruleset-meta.js';
import { RulesetPolicySchema } from './ruleset-policy.js';
import { RulesetScopeSchema } from './ruleset-scope.js';
import { ScoreSchema } from './score.js';
import { RULESET_FORMAT } from './ruleset-format.js';

export { RULESET_FORMAT } from './ruleset-format.js';

/** A complete ruleset: the checklist, its levels, scores, threshold rules and referral pathway, as data. */
export const RulesetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(RULESET_FORMAT),
  meta: RulesetMetaSchema,
  scope: RulesetScopeSchema,
  policy: RulesetPolicySchema,
  levels: z.array(LevelSchema).check(z.minLength(2), z.maxLength(20)),
  domains: z.array(DomainSchema).check(z.minLength(1)),
  windows: z._default(z.array(WindowSchema), []),
  attributes: z._default(z.array(FactSchema), []),
  contextFacts: z._default(z.array(FactSchema), []),
  indicators: z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(1000)),
  scores: z._default(z.array(ScoreSchema), []),
  rules: z.array(RuleSchema).check(z.maxLength(1000)),
  steps: z.array(PathwayStepSchema).check(z.minLength(1), z.maxLength(500)),
  links: z.optional(LinkPolicySchema),
  censusFactors: z.optional(CensusFactorsSchema),
}).check(z.meta({
  id: 'Ruleset',
  title: 'cse-screening ruleset',
  description: 'A CSE risk indicator checklist, its threshold rules and its referral pathway, as declarative data. Levels are listed lowest first.',
}));

/** What {@link RulesetSchema} produces: the checked form, with defaults filled in. */
export type Ruleset = z.output<typeof RulesetSchema>;
/** What {@link RulesetSchema} accepts: the form a caller writes, before defaults are filled in. */
export type RulesetInput = z.input<typeof RulesetSchema>;
