import type { Condition } from '../schema/condition.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { RulesetIndex } from './ruleset-index.js';
import { maxScore } from './score-range.js';
import { selectIndicators } from './select-indicators.js';
import { walkCondition } from './walk-condition.js';

const MIGRATION = 'see "More concern never lowers" in docs/ruleset-format.md for how to write it';

/**
 * More concern never lowers: adding a yes or possible answer, or a subject attribute, never lowers the level
 * or removes a step. The format makes it hold: a rule may read answers, scores and attributes only in the
 * direction in which more concern makes it fire (at least so many, not at most; an attribute being true,
 * not false; nothing of the kind under `not`); a level condition may cap the level only in an escalation
 * to the level just above the cap; and every level keeps the steps of the level below it (a score's bands
 * may not fall as the score rises: checkBands). Age and context facts are not concerns and may be read either way.
 */
export function checkConcernNeverLowers(ruleset: Ruleset, index: RulesetIndex): Issue[] {
  const issues: Issue[] = [];
  const refuse = (path: readonly (string | number)[], what: string): void => {
    issues.push({ code: 'concern_could_lower', path: [...path], message: `${what}, so more concern could stop the rule firing; ${MIGRATION}` });
  };
  const scoreMax = new Map(ruleset.scores.map((score) => [score.id, maxScore(score, ruleset.indicators)]));
  ruleset.rules.forEach((rule, r) => {
    const escalateRank = rule.effect.kind === 'escalate' ? index.levelRank.get(rule.effect.level) : undefined;
    walkCondition(rule.when, ['rules', r, 'when'], (condition: Condition, where) => {
      const { negated, path } = where;
      switch (condition.kind) {
        case 'answer':
          if (negated) refuse(path, 'reads an answer under `not`');
          return;
        case 'count': {
          const selected = selectIndicators(ruleset.indicators, condition.where).length;
          if (!negated && condition.max !== undefined && condition.max < selected) refuse([...path, 'max'], 'caps how many answers may count');
          if (negated && (condition.min ?? 0) > 0) refuse(path, 'counts answers under `not`');
          return;
        }
        case 'score': {
          const top = scoreMax.get(condition.score) ?? Number.POSITIVE_INFINITY;
          if (!negated && condition.max !== undefined && condition.max < top) refuse([...path, 'max'], 'caps a score');
          if (negated && (condition.min ?? 0) > 0) refuse(path, 'reads a score under `not`');
          return;
        }
        case 'attribute':
          if (condition.is === negated) refuse(path, `fires only while the attribute ${condition.attribute} is ${negated ? 'not true' : 'false'}`);
          return;
        case 'level': {
          const capped = negated ? condition.atLeast !== undefined : condition.atMost !== undefined;
          if (!capped) return;
          const cap = negated ? (index.levelRank.get(condition.atLeast ?? '') ?? 0) - 1 : index.levelRank.get(condition.atMost ?? '') ?? 0;
          if (escalateRank === undefined || escalateRank !== cap + 1) refuse(path, 'caps the level other than in an escalation to the level just above the cap');
          return;
        }
        default:
          return;
      }
    });
  });
  ruleset.levels.forEach((level, l) => {
    const below = ruleset.levels[l - 1];
    if (below === undefined) return;
    const missing = below.steps.filter((id) => !level.steps.includes(id));
    if (missing.length > 0) {
      issues.push({
        code: 'concern_could_lower', path: ['levels', l, 'steps'],
        message: `leaves out ${missing.length} step(s) of the level below it, so more concern could remove a step; list them here too (${MIGRATION})`,
      });
    }
  });
  return issues;
}
