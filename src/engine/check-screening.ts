import type { Issue } from '../schema/issue.js';
import type { Screening } from '../schema/screening.js';
import type { CompiledRuleset } from './compiled-ruleset.js';
import { ageInYears } from '../screening/age-in-years.js';

/** Checks a screening of valid shape against the ruleset: ids, answer scales, windows, facts, judgement and dates. */
export function checkScreening(screening: Screening, compiled: CompiledRuleset): Issue[] {
  const issues: Issue[] = [];
  const { index } = compiled;
  if (screening.ruleset !== undefined) {
    if (screening.ruleset.id !== compiled.stamp.id) {
      issues.push({ code: 'ruleset_mismatch', path: ['ruleset', 'id'], message: 'names a different ruleset from the one screening it' });
    } else if (screening.ruleset.version !== undefined && screening.ruleset.version !== compiled.stamp.version) {
      issues.push({ code: 'ruleset_mismatch', path: ['ruleset', 'version'], message: `names a different version from the ruleset's ${compiled.stamp.version}` });
    }
  }
  for (const [id, answer] of Object.entries(screening.answers)) {
    const indicator = index.indicators.get(id);
    const path = ['answers', id];
    if (indicator === undefined) {
      issues.push({ code: 'unknown_indicator', path, message: 'is not an indicator of this ruleset' });
      continue;
    }
    const detail = typeof answer === 'object' ? answer : undefined;
    const value = typeof answer === 'object' ? answer.value : answer;
    const valuePath = detail === undefined ? path : [...path, 'value'];
    const scale = indicator.answer;
    if (scale.kind === 'presence' && typeof value === 'number') {
      issues.push({ code: 'answer_not_in_scale', path: valuePath, message: 'must be one of "yes", "no", "possible", "unknown" for this indicator' });
    }
    if (scale.kind === 'ordinal' && (typeof value === 'number' ? !scale.scores.some((entry) => entry.score === value) : value !== 'unknown')) {
      issues.push({ code: 'answer_not_in_scale', path: valuePath, message: `must be a score from 0 to ${scale.scores.length - 1}, or "unknown", for this indicator` });
    }
    const windows = detail?.window === undefined ? [] : typeof detail.window === 'string' ? [detail.window] : detail.window;
    windows.forEach((window, w) => {
      const windowPath = typeof detail?.window === 'string' ? [...path, 'window'] : [...path, 'window', w];
      if (!index.windows.has(window)) issues.push({ code: 'unknown_window', path: windowPath, message: 'is not a time window of this ruleset' });
      else if (scale.kind !== 'presence' || !scale.windows.includes(window)) {
        issues.push({ code: 'window_not_allowed', path: windowPath, message: 'is not a time window this indicator offers' });
      }
    });
  }
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
    if (screening.judgement.rationale.trim() === '') {
      issues.push({ code: 'missing_rationale', path: ['judgement', 'rationale'], message: 'is required: a judgement must say why' });
    }
  }
  issues.push(...checkDates(screening));
  return issues;
}

function checkDates(screening: Screening): Issue[] {
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
