import type { Because } from '../../schema/result.js';
import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import { countPlan } from '../evaluate/count-plan.js';
import { countedItemTruth, evaluateCondition } from '../evaluate/evaluate-condition.js';
import type { EvaluationEnv } from '../evaluate/evaluation-env.js';
import type { NormalizedAnswer } from '../read/screening-facts.js';
import { FALSE, TRUE } from '../evaluate/truth.js';

/** A reason that is not an answer: an age, attribute, context fact, score or level. */
export type OtherBecause = Exclude<Because, { kind: 'answer' }>;

/** The answers and facts that made a true condition true, in the order the condition names them, each once. */
export function collectBecause(condition: CompiledCondition, env: EvaluationEnv, walker: ReasonWalker = createReasonWalker(env.compiled)): Because[] {
  return walker.collect<Because>(condition, env, (position, answer) => {
    const indicator = env.compiled.indicators[position]?.id ?? '';
    return answer.windows === undefined
      ? { kind: 'answer', indicator, answer: answer.value }
      : { kind: 'answer', indicator, answer: answer.value, windows: [...answer.windows] };
  });
}

/**
 * Collects the reasons of one rule after another in a screening (see {@link createReasonWalker}): the
 * answers and facts that made a true condition true, in the order the condition names them, each once,
 * each answer written by `cite` from its position and answer (the full result writes the answer out,
 * the ids result its indicator's id).
 */
export interface ReasonWalker {
  collect<A>(condition: CompiledCondition, env: EvaluationEnv, cite: (position: number, answer: NormalizedAnswer) => A): (A | OtherBecause)[];
}

/**
 * A reason walker for the screenings of a ruleset, to be used for one screening: what each rule has
 * already listed is marked with the rule's own stamp in arrays allocated once, rather than in sets and
 * maps allocated for every fired rule.
 */
export function createReasonWalker(compiled: CompiledRuleset): ReasonWalker {
  const plan = countPlan(compiled);
  // By position: the stamp of the last rule that listed this answer. By tally place: of the last rule that walked this count.
  const listed = new Array<number>(compiled.indicators.length).fill(0);
  const walked = new Array<number>(plan.memoSize).fill(0);
  let stamp = 0;
  return {
    collect<A>(condition: CompiledCondition, env: EvaluationEnv, cite: (position: number, answer: NormalizedAnswer) => A): (A | OtherBecause)[] {
      const rule = ++stamp;
      const out: (A | OtherBecause)[] = [];
      const { answers } = env.facts;
      const answerAt = (position: number): void => {
        const answer = answers[position];
        if (answer === undefined || listed[position] === rule) return;
        listed[position] = rule;
        out.push(cite(position, answer));
      };
      const add = (because: OtherBecause): void => {
        if (!out.some((known) => sameOther(known, because))) out.push(because);
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
            // Counts that select and match alike (one tally) add the same answers: walk each once per rule.
            const at = plan.tallyAt[node.slot] ?? -1;
            if (at >= 0) {
              if (walked[at] === rule) return;
              walked[at] = rule;
            }
            const matched = matchedPositions(node, env, at);
            for (let i = 0; i < matched.length; i++) answerAt(matched[i] as number);
            return;
          }
          case 'score': {
            const score = env.compiled.scores[node.position];
            const value = env.scores[node.position];
            if (score !== undefined && value !== undefined) add({ kind: 'score', score: score.source.id, value: value.value });
            return;
          }
          case 'age':
            if (env.facts.age !== undefined) add({ kind: 'age', years: env.facts.age });
            return;
          case 'attribute':
            add({ kind: 'attribute', attribute: node.attribute, value: env.facts.attributes.get(node.attribute) ?? null });
            return;
          case 'context':
            add({ kind: 'context', fact: node.fact, value: env.facts.context.get(node.fact) ?? null });
            return;
          case 'level': {
            const level = env.finalRank === undefined ? undefined : env.compiled.levels[env.finalRank];
            if (level !== undefined) add({ kind: 'level', level: level.id });
            return;
          }
        }
      };
      visit(condition, false);
      return out;
    },
  };
}

/** Whether a listed reason is this fact already (the same age, attribute, context fact, score or level), so that each is listed once. */
function sameOther(known: unknown, because: OtherBecause): boolean {
  if (typeof known !== 'object' || known === null || (known as { kind?: unknown }).kind !== because.kind) return false;
  const other = known as OtherBecause;
  switch (because.kind) {
    case 'score': return other.kind === 'score' && other.score === because.score;
    case 'attribute': return other.kind === 'attribute' && other.attribute === because.attribute;
    case 'context': return other.kind === 'context' && other.fact === because.fact;
    case 'age': case 'level': return true;
  }
}

/** The positions a count's selection matches (in selection order), worked out once a screening for counts that share a tally. */
function matchedPositions(node: Extract<CompiledCondition, { kind: 'count' }>, env: EvaluationEnv, at: number): readonly number[] {
  const known = at < 0 ? undefined : env.matched.get(at);
  if (known !== undefined) return known;
  const matched: number[] = [];
  const { positions } = node;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if (countedItemTruth(node, position, env) === TRUE) matched.push(position);
  }
  if (at >= 0) env.matched.set(at, matched);
  return matched;
}
