import { formatPath } from '../../issues/format-path.js';
import type { CompiledCondition } from '../compile/compiled-ruleset.js';
import { evaluateCondition, countedItemTruth } from '../evaluate/evaluate-condition.js';
import type { EvaluationEnv } from '../evaluate/evaluation-env.js';
import { UNKNOWN } from '../evaluate/truth.js';

/** The paths into the screening (answers, age, attributes, context) that an undetermined condition waits on, each once. */
export function collectMissing(condition: CompiledCondition, env: EvaluationEnv): string[] {
  const out = new Set<string>();
  const walkedCounts = new Map<readonly number[], Set<string>>();
  const indicatorPath = (position: number): string => env.compiled.answerPaths[position] ?? '';
  const visit = (node: CompiledCondition): void => {
    switch (node.kind) {
      case 'all': case 'any': case 'at-least':
        for (const inner of node.of) if (evaluateCondition(inner, env) === UNKNOWN) visit(inner);
        return;
      case 'not':
        visit(node.condition);
        return;
      case 'answer':
        out.add(indicatorPath(node.position));
        return;
      case 'count': {
        // Counts that select and match alike wait on the same items: walk each selection once.
        const walked = walkedCounts.get(node.positions) ?? new Set<string>();
        if (walked.has(node.match.key)) return;
        walkedCounts.set(node.positions, walked.add(node.match.key));
        for (const position of node.positions) {
          if (countedItemTruth(node, position, env) === UNKNOWN) out.add(indicatorPath(position));
        }
        return;
      }
      case 'score':
        for (const path of env.scores[node.position]?.open ?? []) out.add(path);
        return;
      case 'age':
        out.add('subject.ageYears');
        return;
      case 'attribute':
        out.add(formatPath(['subject', 'attributes', node.attribute]));
        return;
      case 'context':
        out.add(formatPath(['context', node.fact]));
        return;
      case 'level':
        return;
    }
  };
  visit(condition);
  return [...out];
}
