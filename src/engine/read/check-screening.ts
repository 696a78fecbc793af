import type { Issue } from '../../schema/issue.js';
import type { Screening } from '../../schema/screening.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { ageInYears } from '../../screening/age-in-years.js';
import { checkAnswer } from './check-answer.js';
import { hasVisibleText } from '../../schema/visible-text.js';

/** Checks a screening of valid shape against the ruleset: ids, answer scales, windows, facts, judgement and dates. */
export function checkScreening(screening: Screening, compiled: CompiledRuleset): Issue[] {
  const issues = checkRulesetNamed(screening, compiled);
  for (const [id, answer] of Object.entries(screening.answers)) checkAnswer(id, answer, compiled, issues);
  issues.push(...checkFactsJudgementAndDates(screening, compiled));
  return issues;
}

/** The checks of {@link checkScreening} other than the answers' (for a reader that checks each answer as it reads it). */
export function checkBesideAnswers(screening: Omit<Screening, 'answers'>, compiled: CompiledRuleset): Issue[] {
  return [...checkRulesetNamed(screening, compiled), ...checkFactsJudgementAndDates(screening, compiled)];
}

function checkRulesetNamed(screening: Omit<Screening, 'answers'>, compiled: CompiledRuleset): Issue[] {
  if (screening.ruleset === undefined) return [];
  if (screening.ruleset.id !== compiled.stamp.id) {
    return [{ code: 'ruleset_mismatch', path: ['ruleset', 'id'], message: 'names a different ruleset from the one screening it' }];
  }
  if (screening.ruleset.version !== undefined && screening.ruleset.version !== compiled.stamp.version) {
    return [{ code: 'ruleset_mismatch', path: ['ruleset', 'version'], message: `names a different version from the ruleset's ${compiled.stamp.version}` }];
  }
  return [];
}

function checkFactsJudgementAndDates(screening: Omit<Screening, 'answers'>, compiled: CompiledRuleset): Issue[] {
  const issues: Issue[] = [];
  const { index } = compiled;
  for (const key of Object.keys(screening.subject.attributes)) {
    if (!index.attributes.has(key)) {
      issues.push({ code: 'unknown_attribute', path: ['subject', 'attributes', key], message: 'is not a subject attribute of this ruleset' });
    }
  }
  for (const key of Object.keys(screening.context)) {
    if (!index.contextFacts.has(key)) issues.push({ code: 'unknown_context_fact', path: ['context', key], message: 'is not a context fact of this ruleset' });
  }
  if (screening.judgement !== undefined) {
    if (!index.levelRank.has(screening.judgement.level)) {
      issues.push({ code: 'unknown_level', path: ['judgement', 'level'], message: 'is not a level of this ruleset' });
    }
    if (!hasVisibleText(screening.judgement.rationale)) {
      issues.push({ code: 'missing_rationale', path: ['judgement', 'rationale'], message: 'is required: a judgement must say why' });
    }
  }
  issues.push(...checkDates(screening));
  return issues;
}

function checkDates(screening: Omit<Screening, 'answers'>): Issue[] {
  const { dateOfBirth, ageYears } = screening.subject;
  if (dateOfBirth === undefined) return [];
  if (screening.assessedOn === undefined) {
    return [{ code: 'date_of_birth_needs_assessment_date', path: ['assessedOn'], message: 'is required when the subject has a date of birth: the engine reads no clock' }];
  }
  if (dateOfBirth > screening.assessedOn) {
    return [{ code: 'date_of_birth_after_assessment', path: ['subject', 'dateOfBirth'], message: 'is after the assessment date' }];
  }
  if (ageYears !== undefined && ageYears !== ageInYears(dateOfBirth, screening.assessedOn)) {
    return [{ code: 'age_mismatch', path: ['subject', 'ageYears'], message: 'does not agree with the date of birth on the assessment date' }];
  }
  return [];
}
