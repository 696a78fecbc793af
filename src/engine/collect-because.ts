import type { Because } from '../schema/result.js';
import type { CompiledCondition } from './compiled-ruleset.js';
import { countedItemTruth, evaluateCondition } from './evaluate-condition.js';
import type { EvaluationEnv } from './evaluation-env.js';
import { FALSE, TRUE } from './truth.js';

/** The answers and facts that made a true condition true, in the order the condition names them, each once. */
export function collectBecause(condition: CompiledCondition, env: EvaluationEnv): Because[] {
  const out: Because[] = [];
  const seen = new Set<string>();
  const add = (key: string, because: Because): void => {
    if (!seen.has(key)) { seen.add(key); out.push(because); }
  };
  // The positions whose answers are already listed (a set, not a typed array per call: allocating one cost more than the walk).
  const answered = new Set<number>();
  const walkedCounts = new Map<readonly number[], Set<string>>();
  const answerAt = (position: number): void => {
    const answer = env.facts.answers[position];
    const indicator = env.compiled.indicators[position];
    if (answer === undefined || indicator === undefined || answered.has(position)) return;
    answered.add(position);
    out.push(answer.windows === undefined
      ? { kind: 'answer', indicator: indicator.id, answer: answer.value }
      : { kind: 'answer', indicator: indicator.id, answer: answer.value, windows: [...answer.windows] });
  };
  const visit = (node: CompiledCondition, negated: boolean): void => {
    const wanted = negated ? FALSE : TRUE;
    switch (node.kind) {
      case 'all': case 'any': case 'at-least':
        for (const inner of node.of) if (evaluateCondition(inner, env) === wanted) visit(inner, negated);
        return;
      case 'not':
        visit(node.condition, !negated);
        return;
      case 'answer':
        answerAt(node.position);
        return;
      case 'count': {
        if (negated) return;
        // Counts that select and match alike add the same answers: walk each selection once per rule.
        const walked = walkedCounts.get(node.positions) ?? new Set<string>();
        if (walked.has(node.match.key)) return;
        walkedCounts.set(node.positions, walked.add(node.match.key));
        for (const position of matchedPositions(node, env)) answerAt(position);
        return;
      }
      case 'score': {
        const score = env.compiled.scores[node.position];
        const value = env.scores[node.position];
        if (score !== undefined && value !== undefined) add(`score:${score.source.id}`, { kind: 'score', score: score.source.id, value: value.value });
        return;
      }
      case 'age':
        if (env.facts.age !== undefined) add('age', { kind: 'age', years: env.facts.age });
        return;
      case 'attribute': {
        const value = env.facts.attributes.get(node.attribute) ?? null;
        add(`attribute:${node.attribute}`, { kind: 'attribute', attribute: node.attribute, value });
        return;
      }
      case 'context': {
        const value = env.facts.context.get(node.fact) ?? null;
        add(`context:${node.fact}`, { kind: 'context', fact: node.fact, value });
        return;
      }
      case 'level': {
        const level = env.finalRank === undefined ? undefined : env.compiled.levels[env.finalRank];
        if (level !== undefined) add('level', { kind: 'level', level: level.id });
        return;
      }
    }
  };
  visit(condition, false);
  return out;
}

/** The positions a count's selection matches (in selection order), worked out once a screening for counts that share a tally. */
function matchedPositions(node: Extract<CompiledCondition, { kind: 'count' }>, env: EvaluationEnv): readonly number[] {
  const at = env.counts.tallyAt[node.slot] ?? -1;
  const known = at < 0 ? undefined : env.matched.get(at);
  if (known !== undefined) return known;
  const matched = node.positions.filter((position) => countedItemTruth(node, position, env) === TRUE);
  if (at >= 0) env.matched.set(at, matched);
  return matched;
}
