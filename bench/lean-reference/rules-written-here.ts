/**
 * What create-lean-reference.ts takes as given about brighton-hove-cse 1.2.0, checked against the parsed
 * ruleset at creation: its rules by id and effect, the rules a statute limits by age, how answers count,
 * which items the unknown-answer policy watches, the protections it declares and how judgements are agreed.
 * Any difference fails creation, so that the rules written by hand can never silently score another release.
 */
import type { Ruleset, RulesetStamp } from '../../src/index.js';

/** The rules written by hand, in the ruleset's order, with what each does: [id, effect, level]. */
const RULES = [
  ['tier-low', 'level', 'low'], ['tier-medium', 'level', 'medium'], ['tier-high', 'level', 'high'],
  ['several-low-indicators', 'level', 'medium'], ['several-medium-indicators', 'level', 'high'],
  ['significant-indicator-confirmed', 'floor', 'medium'], ['under-13-any-concern', 'floor', 'medium'], ['under-13-sexual-activity', 'floor', 'high'],
  ['learning-disability-floor', 'floor', 'medium'], ['disclosure-override', 'override', 'high'], ['model-inappropriate-relationship', 'level', 'medium'],
  ['inappropriate-relationship-sexual-activity', 'level', 'high'], ['sexual-activity-with-exploitation-sign', 'floor', 'medium'],
  ['sexual-activity-aged-13', 'floor', 'medium'], ['model-boyfriend', 'level', 'high'], ['model-organised-exploitation', 'level', 'high'],
  ['significant-harm-escalation', 'escalate', 'high'], ['immediate-danger', 'override', 'high'],
  ['movement-between-places', 'actions'], ['criminal-exploitation', 'actions'], ['missing-episodes', 'actions'], ['online-sexual-abuse', 'actions'],
  ['sexual-health-needs', 'actions'], ['identified-adult-disruption', 'actions'], ['abduction-notice-under-16', 'actions'],
  ['abduction-notice-looked-after', 'actions'], ['abduction-notice-accommodated-under-16', 'actions'], ['abduction-notice-16-17', 'actions'],
  ['abduction-notice-status-unknown', 'actions'], ['looked-after-child', 'actions'], ['care-leaver-support', 'actions'],
  ['sexual-activity-under-16', 'actions'], ['grooming-under-16', 'actions'], ['possible-sexual-assault', 'actions'],
  ['possible-exploitation-offence', 'actions'], ['possible-position-of-trust-offence', 'actions'], ['possible-familial-offence', 'actions'],
  ['siblings-and-household', 'actions'], ['possible-abduction-offence', 'actions'], ['route-open-to-csc', 'actions'], ['route-not-open-to-csc', 'actions'],
] as const;

/** The rule ids, in the ruleset's order. */
export const RULE_IDS: readonly string[] = RULES.map(([id]) => id);

/** The rules whose steps a statute limits by age: a 16 or 17 year old does not keep them from age 15. */
const AGE_LIMITED = ['abduction-notice-under-16', 'abduction-notice-accommodated-under-16', 'sexual-activity-under-16', 'grooming-under-16'];

/** What the decision reads from the checked ruleset. */
export interface CheckedRuleset {
  readonly levelRank: (id: string) => number;
  /** By rule: the rank of the level it gives (0 for a rule that adds actions). */
  readonly ruleRank: Int32Array;
  /** By rule: 1 for a floor or override, which a judgement may not go below. */
  readonly ruleBinds: Uint8Array;
  /** The rules that decide the level (level, floor, override), in order. */
  readonly levelRules: Int32Array;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Checks that the ruleset is brighton-hove-cse 1.2.0 as written by hand here; throws where it is not. */
export function checkRuleset(ruleset: Ruleset, stamp: RulesetStamp): CheckedRuleset {
  const differs = (what: string): never => {
    throw new Error(`bench/lean-reference implements brighton-hove-cse 1.2.0 by hand; this ruleset differs: ${what}`);
  };
  const { meta, policy, rules, levels } = ruleset;
  if (meta.id !== 'brighton-hove-cse' || meta.version !== '1.2.0') differs('id or version');
  if (stamp.id !== meta.id || stamp.version !== meta.version) differs('the stamp is not this ruleset\'s');
  if (rules.length !== RULES.length) differs('number of rules');
  rules.forEach((rule, r) => {
    const [id, kind, level] = RULES[r] ?? [];
    if (rule.id !== id || rule.effect.kind !== kind || (rule.effect.kind !== 'actions' && rule.effect.level !== level)) differs(`rule ${r}`);
    if ((rule.legalAgeLimit !== undefined) !== AGE_LIMITED.includes(rule.id)) differs(`statutory age limit of ${rule.id}`);
  });
  if (ruleset.scores.length > 0) differs('scores');
  if (!same(levels.map((entry) => entry.id), ['no-identified-concern', 'low', 'medium', 'high'])) differs('levels');
  if (!same(policy.presentAnswers, ['yes', 'possible'])) differs('present answers');
  const watched = policy.unknownAnswers?.where;
  if (watched === undefined || !same(Object.keys(watched).sort(), ['kinds', 'levels']) || !same(watched.levels, ['high']) || !same(watched.kinds, ['risk', 'significant'])) {
    differs('items the unknown-answer policy watches');
  }
  if (policy.judgement.agreementRequiredFor !== 'lowering') differs('judgement agreement');
  const { under13SexualActivity, learningDisabilityFloor } = policy.protections;
  if (!same(under13SexualActivity?.tags, ['sexual-activity'])) differs('sexual activity tags of the under-13 protection');
  if (learningDisabilityFloor?.attribute !== 'learningDisability' || learningDisabilityFloor.indicator !== 'learning-disability') differs('learning disability protection');

  const levelRank = (id: string): number => {
    const rank = levels.findIndex((entry) => entry.id === id);
    return rank < 0 ? differs(`level ${id}`) : rank;
  };
  const ruleRank = Int32Array.from(rules, (rule) => (rule.effect.kind === 'actions' ? 0 : levelRank(rule.effect.level)));
  const ruleBinds = Uint8Array.from(rules, (rule) => (rule.effect.kind === 'floor' || rule.effect.kind === 'override' ? 1 : 0));
  const levelRules = Int32Array.from(rules.flatMap((rule, r) => (rule.effect.kind === 'level' || rule.effect.kind === 'floor' || rule.effect.kind === 'override' ? [r] : [])));
  return { levelRank, ruleRank, ruleBinds, levelRules };
}
