import type { Issue } from '../schema/issue.js';
import type { Answer } from '../schema/answer.js';
import type { CompiledRuleset } from './compiled-ruleset.js';

/**
 * Checks one answer of valid shape against the ruleset: the indicator exists, the value is on its scale,
 * and each window is one of the ruleset's and one the indicator offers. Adds what it finds to `issues`
 * (paths are built only for an issue: the check runs on every answer of every screening). Returns the
 * indicator's position, or undefined for an id the ruleset does not have.
 */
export function checkAnswer(id: string, answer: Answer, compiled: CompiledRuleset, issues: Issue[]): number | undefined {
  const position = compiled.positions.get(id);
  const indicator = position === undefined ? undefined : compiled.indicators[position];
  if (indicator === undefined) {
    issues.push({ code: 'unknown_indicator', path: ['answers', id], message: 'is not an indicator of this ruleset' });
    return undefined;
  }
  const detail = typeof answer === 'object' ? answer : undefined;
  const value = detail === undefined ? answer : detail.value;
  const scale = indicator.answer;
  if (scale.kind === 'presence' && typeof value === 'number') {
    issues.push({ code: 'answer_not_in_scale', path: detail === undefined ? ['answers', id] : ['answers', id, 'value'], message: 'must be one of "yes", "no", "possible", "unknown" for this indicator' });
  }
  if (scale.kind === 'ordinal' && (typeof value === 'number' ? !scale.scores.some((entry) => entry.score === value) : value !== 'unknown')) {
    issues.push({ code: 'answer_not_in_scale', path: detail === undefined ? ['answers', id] : ['answers', id, 'value'], message: `must be a score from 0 to ${scale.scores.length - 1}, or "unknown", for this indicator` });
  }
  const window = detail?.window;
  if (window === undefined) return position;
  const single = typeof window === 'string';
  const count = single ? 1 : window.length;
  for (let w = 0; w < count; w++) {
    const name = single ? window : window[w] as string;
    if (!compiled.index.windows.has(name)) issues.push({ code: 'unknown_window', path: windowPathOf(id, single, w), message: 'is not a time window of this ruleset' });
    else if (scale.kind !== 'presence' || !scale.windows.includes(name)) {
      issues.push({ code: 'window_not_allowed', path: windowPathOf(id, single, w), message: 'is not a time window this indicator offers' });
    }
  }
  return position;
}

function windowPathOf(id: string, single: boolean, w: number): (string | number)[] {
  return single ? ['answers', id, 'window'] : ['answers', id, 'window', w];
}
