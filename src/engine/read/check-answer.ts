import type { Issue } from '../../schema/issue.js';
import type { Answer } from '../../schema/answer.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';

/**
 * Checks one answer of valid shape against the ruleset: the indicator exists, the value is on its scale,
 * and each window is one of the ruleset's and one the indicator offers. Adds what it finds to `issues`
 * (paths are built only for an issue: the check runs on every answer of every screening). Returns the
 * indicator's position, or undefined for an id the ruleset does not have.
 */
export function checkAnswer(id: string, answer: Answer, compiled: CompiledRuleset, issues: Issue[]): number | undefined {
  const rules = compiled.answerRules.get(id);
  if (rules === undefined) {
    issues.push({ code: 'unknown_indicator', path: ['answers', id], message: 'is not an indicator of this ruleset' });
    return undefined;
  }
  const detail = typeof answer === 'object' ? answer : undefined;
  const value = detail === undefined ? answer : detail.value;
  if (rules.kind === 'presence' ? typeof value === 'number' : typeof value === 'number' ? !rules.scores.has(value) : value !== 'unknown') {
    issues.push(rules.kind === 'presence'
      ? { code: 'answer_not_in_scale', path: detail === undefined ? ['answers', id] : ['answers', id, 'value'], message: 'must be one of "yes", "no", "possible", "unknown" for this indicator' }
      : { code: 'answer_not_in_scale', path: detail === undefined ? ['answers', id] : ['answers', id, 'value'], message: `must be a score from 0 to ${rules.topScore}, or "unknown", for this indicator` });
  }
  const window = detail?.window;
  if (window === undefined) return rules.position;
  const single = typeof window === 'string';
  const count = single ? 1 : window.length;
  for (let w = 0; w < count; w++) {
    const name = single ? window : window[w] as string;
    if (rules.windows.has(name)) continue;
    if (!compiled.index.windows.has(name)) issues.push({ code: 'unknown_window', path: windowPathOf(id, single, w), message: 'is not a time window of this ruleset' });
    else issues.push({ code: 'window_not_allowed', path: windowPathOf(id, single, w), message: 'is not a time window this indicator offers' });
  }
  return rules.position;
}

function windowPathOf(id: string, single: boolean, w: number): (string | number)[] {
  return single ? ['answers', id, 'window'] : ['answers', id, 'window', w];
}
