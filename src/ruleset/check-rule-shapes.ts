import type { AnswerMatch } from '../schema/answer-match.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { RulesetIndex } from './ruleset-index.js';
import { maxScore } from './score-range.js';
import { selectIndicators } from './select-indicators.js';
import { walkCondition } from './walk-condition.js';

/** Rules that are well formed but cannot work: empty ranges, level conditions where the level is being decided, counts that can never be met. */
export function checkRuleShapes(ruleset: Ruleset, index: RulesetIndex): Issue[] {
  const issues: Issue[] = [];
  ruleset.indicators.forEach((indicator, i) => {
    if (indicator.answer.kind !== 'ordinal') return;
    const scores = indicator.answer.scores.map((entry) => entry.score);
    if (scores.some((score, position) => score !== position)) {
      issues.push({ code: 'ordinal_scale_gap', path: ['indicators', i, 'answer', 'scores'], message: 'must list scores 0, 1, 2 … in order with none missing' });
    }
  });
  ruleset.rules.forEach((rule, r) => {
    const decidesLevel = rule.effect.kind === 'level' || rule.effect.kind === 'floor' || rule.effect.kind === 'override';
    if (rule.effect.kind === 'actions' && rule.steps.length === 0) {
      issues.push({ code: 'actions_rule_without_steps', path: ['rules', r, 'steps'], message: 'must list at least one step: an actions rule does nothing else' });
    }
    walkCondition(rule.when, ['rules', r, 'when'], (condition, where) => {
      switch (condition.kind) {
        case 'level': {
          if (decidesLevel) {
            issues.push({ code: 'level_condition_in_level_rule', path: [...where.path], message: 'compares the level inside a rule that decides the level; use it only in actions or escalate rules' });
          }
          const low = condition.atLeast === undefined ? 0 : index.levelRank.get(condition.atLeast);
          const high = condition.atMost === undefined ? ruleset.levels.length - 1 : index.levelRank.get(condition.atMost);
          if (condition.atLeast === undefined && condition.atMost === undefined) {
            issues.push({ code: 'invalid_range', path: [...where.path], message: 'must give atLeast, atMost or both' });
          } else if (!where.negated && low !== undefined && high !== undefined && low > high) {
            issues.push({ code: 'rule_never_fires', path: [...where.path], message: 'asks for a level above atMost and below atLeast at once' });
          }
          break;
        }
        case 'answer':
          if (decidesLevel) checkMatchCountsYes(condition.match, where.path, issues);
          break;
        case 'count': {
          if (decidesLevel) checkMatchCountsYes(condition.match, where.path, issues);
          if (condition.min === undefined && condition.max === undefined) {
            issues.push({ code: 'invalid_range', path: [...where.path], message: 'must give min, max or both' });
          } else if (condition.min !== undefined && condition.max !== undefined && condition.min > condition.max) {
            issues.push({ code: 'invalid_range', path: [...where.path], message: 'has min greater than max' });
          }
          const selectable = selectIndicators(ruleset.indicators, condition.where).length;
          if (!where.negated && condition.min !== undefined && condition.min > selectable) {
            issues.push({ code: 'rule_never_fires', path: [...where.path, 'min'], message: `asks for more indicators than the ${selectable} its filter selects` });
          }
          break;
        }
        case 'score': {
          const score = index.scores.get(condition.score);
          if (condition.min === undefined && condition.max === undefined) {
            issues.push({ code: 'invalid_range', path: [...where.path], message: 'must give min, max or both' });
          } else if (condition.min !== undefined && condition.max !== undefined && condition.min > condition.max) {
            issues.push({ code: 'invalid_range', path: [...where.path], message: 'has min greater than max' });
          } else if (score !== undefined && !where.negated && condition.min !== undefined && condition.min > maxScore(score, ruleset.indicators)) {
            issues.push({ code: 'rule_never_fires', path: [...where.path, 'min'], message: 'asks for more than the score can ever reach' });
          }
          break;
        }
        case 'at-least':
          if (!where.negated && condition.count > condition.of.length) {
            issues.push({ code: 'rule_never_fires', path: [...where.path, 'count'], message: 'asks for more conditions than it lists' });
          }
          break;
        default:
          break;
      }
    });
  });
  return issues;
}

/**
 * In a rule that sets a level, a match that counts "possible" or "unknown" must count "yes" too:
 * otherwise turning a possible into a yes could lower the level.
 */
function checkMatchCountsYes(match: AnswerMatch | undefined, path: readonly (string | number)[], issues: Issue[]): void {
  if (match?.answers !== undefined && !match.answers.includes('yes')) {
    issues.push({ code: 'match_excludes_yes', path: [...path, 'match', 'answers'], message: 'counts answers other than yes but not yes, so a firmer answer could lower the level' });
  }
}
