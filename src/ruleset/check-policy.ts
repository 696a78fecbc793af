import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { SourceRef } from '../schema/source-ref.js';
import type { RulesetIndex } from './ruleset-index.js';

type Path = readonly (string | number)[];

/**
 * Checks the parts of a ruleset that state its policies and their basis: the judgement roles, the
 * unknown-answer steps, the declared floors, statutory age limits (actions rules only), and the
 * sources cited for levels and timescales.
 */
export function checkPolicy(ruleset: Ruleset, index: RulesetIndex): Issue[] {
  const issues: Issue[] = [];
  const unknownReference = (path: Path, what: string): void => {
    issues.push({ code: 'unknown_reference', path: [...path], message: `refers to ${what} that the ruleset does not declare` });
  };
  const sources = (refs: readonly SourceRef[] | undefined, path: Path): void => {
    refs?.forEach((ref, i) => {
      if (!index.sources.has(ref.source)) unknownReference([...path, i, 'source'], 'a source');
    });
  };
  const { policy } = ruleset;

  const roles = new Set<string>();
  policy.judgement.agreementRoles.forEach((role, i) => {
    if (roles.has(role.id)) issues.push({ code: 'duplicate_id', path: ['policy', 'judgement', 'agreementRoles', i, 'id'], message: 'is used by an earlier role' });
    roles.add(role.id);
  });
  policy.unknownAnswers?.steps.forEach((id, i) => {
    if (!index.steps.has(id)) unknownReference(['policy', 'unknownAnswers', 'steps', i], 'a pathway step');
  });
  const { under13Floor, learningDisabilityFloor } = policy.protections;
  if (under13Floor !== undefined && !index.levelRank.has(under13Floor)) unknownReference(['policy', 'protections', 'under13Floor'], 'a level');
  if (learningDisabilityFloor !== undefined) {
    if (!index.levelRank.has(learningDisabilityFloor.level)) unknownReference(['policy', 'protections', 'learningDisabilityFloor', 'level'], 'a level');
    if (!index.attributes.has(learningDisabilityFloor.attribute)) unknownReference(['policy', 'protections', 'learningDisabilityFloor', 'attribute'], 'a subject attribute');
  }
  const sexualActivity = policy.protections.under13SexualActivity;
  if (sexualActivity !== undefined) {
    if (sexualActivity.level !== undefined && !index.levelRank.has(sexualActivity.level)) unknownReference(['policy', 'protections', 'under13SexualActivity', 'level'], 'a level');
    sexualActivity.steps.forEach((id, i) => {
      if (!index.steps.has(id)) unknownReference(['policy', 'protections', 'under13SexualActivity', 'steps', i], 'a pathway step');
    });
    // Declared tags that select no risk or significant indicator would leave the protection with nothing to apply to.
    const tags = new Set(sexualActivity.tags);
    if (!ruleset.indicators.some((indicator) => indicator.kind !== 'vulnerability' && indicator.tags.some((tag) => tags.has(tag)))) {
      issues.push({ code: 'unknown_reference', path: ['policy', 'protections', 'under13SexualActivity', 'tags'], message: 'select no risk or significant indicator: the under-13 sexual-activity protection would apply to nothing' });
    }
    if (sexualActivity.level !== undefined && (index.levelRank.get(sexualActivity.level) ?? 1) === 0) {
      issues.push({ code: 'under_13_floor_too_low', path: ['policy', 'protections', 'under13SexualActivity', 'level'], message: 'must be above the lowest level: sexual activity of a child under 13 is never consensual in law' });
    }
  }
  if (learningDisabilityFloor?.indicator !== undefined && !ruleset.indicators.some((indicator) => indicator.id === learningDisabilityFloor.indicator)) {
    unknownReference(['policy', 'protections', 'learningDisabilityFloor', 'indicator'], 'an indicator');
  }
  if (under13Floor !== undefined && index.levelRank.get(under13Floor) === 0) {
    issues.push({ code: 'under_13_floor_too_low', path: ['policy', 'protections', 'under13Floor'], message: 'must be above the lowest level: any concern about a child under 13 is at least a concern' });
  }

  ruleset.rules.forEach((rule, r) => {
    if (rule.legalAgeLimit !== undefined && rule.effect.kind !== 'actions') {
      issues.push({ code: 'age_limit_on_level_rule', path: ['rules', r, 'legalAgeLimit'], message: 'is allowed only on rules whose effect is actions: no statute lets a level fall with age' });
    }
  });
  ruleset.levels.forEach((level, i) => sources(level.sources, ['levels', i, 'sources']));
  ruleset.steps.forEach((step, i) => sources(step.timescaleBasis, ['steps', i, 'timescaleBasis']));
  return issues;
}
