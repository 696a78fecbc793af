import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import { answerClass } from '../evaluate/answer-classes.js';
import { computeScores, type ScoreValue } from '../evaluate/compute-scores.js';
import { evaluateCondition } from '../evaluate/evaluate-condition.js';
import { evaluateLevelRules } from '../evaluate/evaluate-level-rules.js';
import { matchAnswer } from '../evaluate/match-answer.js';
import type { EvaluationEnv } from '../evaluate/evaluation-env.js';
import { TRUE, UNKNOWN, type Truth } from '../evaluate/truth.js';
import type { NormalizedAnswer, ScreeningFacts } from '../read/screening-facts.js';
import { syntheticAnswer, type SyntheticAnswer } from './synthetic-screening.js';

/** The levels the rules give one made-up screening: what they compute, and the most still within reach. */
export interface VariantRanks {
  readonly computedRank: number;
  readonly potentialRank: number;
}

/**
 * Evaluates the rules that decide the level on made-up screenings that differ from one baseline (every
 * indicator answered alike, at one age, with the same facts) in a few answers. The baseline is evaluated
 * once; a variant evaluates again only the rules that read a changed answer (and the scores, when a changed
 * answer is scored), and takes every other rule's truth from the baseline. So the proofs' work grows with
 * the rules each indicator touches, not with the whole ruleset for every indicator, and loading a large
 * ruleset stays linear. It gives what evaluateLevelRules gives on the same facts (a test checks it).
 */
export interface VariantEvaluator {
  ranks(overrides: readonly (readonly [number, SyntheticAnswer])[]): VariantRanks;
  /** The truth of each of `rules` (any rule, level or actions) with the overrides, with no final level known. */
  truths(overrides: readonly (readonly [number, SyntheticAnswer])[], rules: readonly number[]): Truth[];
}

/** What a ruleset's rules read, worked out once: by indicator, the rules and counts that read it; by rule, its memo places. */
interface ReadMap {
  /** By indicator position: the rules whose condition reads its answer (directly, in a count, or through a score). */
  readonly readers: readonly (readonly number[])[];
  /** By indicator position: whether any score adds up its answer. */
  readonly scored: readonly boolean[];
  /** By indicator position: the tally places (CountPlan) of the counts that select it, once each. */
  readonly tallies: readonly (readonly number[])[];
  /** By tally place: a count that keeps it (counts sharing a tally select and match alike). */
  readonly countAt: ReadonlyMap<number, Extract<CompiledCondition, { kind: 'count' }>>;
  /** By rule: the memo places its condition uses, slots then tallies. */
  readonly slots: readonly (readonly number[])[];
  readonly tallyPlaces: readonly (readonly number[])[];
}

const READ_MAPS = new WeakMap<CompiledRuleset, ReadMap>();

function readMap(compiled: CompiledRuleset, env: EvaluationEnv): ReadMap {
  const known = READ_MAPS.get(compiled);
  if (known !== undefined) return known;
  const readerSets = compiled.indicators.map(() => new Set<number>());
  const tallySets = compiled.indicators.map(() => new Set<number>());
  const countAt = new Map<number, Extract<CompiledCondition, { kind: 'count' }>>();
  const scored = compiled.indicators.map(() => false);
  for (const score of compiled.scores) {
    for (const term of score.terms) if (term.kind !== 'attribute') for (const position of term.positions) scored[position] = true;
  }
  const slots: number[][] = [];
  const tallyPlaces: number[][] = [];
  compiled.rules.forEach((rule, r) => {
    const ownSlots: number[] = [];
    const ownTallies: number[] = [];
    const visit = (node: CompiledCondition): void => {
      ownSlots.push(node.slot);
      switch (node.kind) {
        case 'all': case 'any': case 'at-least': for (const inner of node.of) visit(inner); return;
        case 'not': visit(node.condition); return;
        case 'answer': readerSets[node.position]?.add(r); return;
        case 'count': {
          const tally = env.counts.tallyAt[node.slot] ?? -1;
          if (tally >= 0) {
            ownTallies.push(tally);
            if (!countAt.has(tally)) {
              countAt.set(tally, node);
              for (const position of node.positions) tallySets[position]?.add(tally);
            }
          }
          for (const position of node.positions) readerSets[position]?.add(r);
          return;
        }
        case 'score':
          // A rule on a score reads every answer the score adds up.
          for (const term of compiled.scores[node.position]?.terms ?? []) {
            if (term.kind !== 'attribute') for (const position of term.positions) readerSets[position]?.add(r);
          }
          return;
        default: return;
      }
    };
    visit(rule.when);
    slots.push(ownSlots);
    tallyPlaces.push(ownTallies);
  });
  const map: ReadMap = {
    readers: readerSets.map((set) => [...set].sort((a, b) => a - b)), scored, tallies: tallySets.map((set) => [...set]), countAt, slots, tallyPlaces,
  };
  READ_MAPS.set(compiled, map);
  return map;
}

/** A variant evaluator around the baseline: every indicator answered `base`, at `age`, with the attributes and context given. */
export function variantEvaluator(
  compiled: CompiledRuleset, base: SyntheticAnswer, age: number | undefined,
  attributes: ReadonlyMap<string, boolean> = new Map(), context: ReadonlyMap<string, boolean> = new Map(),
): VariantEvaluator {
  const baseAnswers = compiled.indicators.map((_indicator, position) => syntheticAnswer(compiled, position, base));
  const answers: (NormalizedAnswer | undefined)[] = [...baseAnswers];
  const facts: ScreeningFacts = { answers, age, attributes, context };
  const baseline = evaluateLevelRules(compiled, facts);
  const baseClasses = baseline.env.classes;
  const classes = [...baseClasses];
  const memo = baseline.env.memo;
  const map = readMap(compiled, baseline.env);
  const { rules } = compiled;
  const dirty = new Uint8Array(rules.length);
  // Every count's tally on the baseline, worked out once: a variant adjusts it for the answers it changes
  // rather than counting again, so that a count over many indicators costs the same as one over few.
  const itemTruth = (count: Extract<CompiledCondition, { kind: 'count' }>, position: number, cls: number, answer: NormalizedAnswer | undefined): Truth =>
    baseline.env.counts.truthsBySlot[count.slot]?.[cls] ?? matchAnswer(answer, count.match, compiled.ordinalMax[position]);
  const baseTally = new Map<number, readonly [number, number]>();
  for (const [place, count] of map.countAt) {
    let knownCount = 0;
    let open = 0;
    for (const position of count.positions) {
      const truth = itemTruth(count, position, baseClasses[position] ?? 0, baseAnswers[position]);
      if (truth === TRUE) knownCount++;
      else if (truth === UNKNOWN) open++;
    }
    baseTally.set(place, [knownCount + 1, open]);
  }
  // Forgets what a rule worked out for an earlier variant: its conditions unevaluated, its counts back to the baseline.
  const forget = (r: number): void => {
    for (const slot of map.slots[r] ?? []) memo[slot] = 0;
    for (const place of map.tallyPlaces[r] ?? []) {
      const [knownCount, open] = baseTally.get(place) ?? [0, 0];
      memo[place] = knownCount;
      memo[place + 1] = open;
    }
  };

  // Changes the shared facts to the variant's answers, marks the rules that read them, sets their counts for the variant.
  const apply = (overrides: readonly (readonly [number, SyntheticAnswer])[]): { changed: number[]; scores: readonly ScoreValue[] } => {
    const changed: number[] = [];
    let rescore = false;
    for (const [position, answer] of overrides) {
      answers[position] = syntheticAnswer(compiled, position, answer);
      classes[position] = answerClass(compiled, position, answers[position]);
      if (map.scored[position] === true) rescore = true;
      for (const r of map.readers[position] ?? []) {
        if (dirty[r] === 1) continue;
        dirty[r] = 1;
        changed.push(r);
        forget(r);
      }
    }
    for (const [position] of overrides) {
      for (const place of map.tallies[position] ?? []) {
        const count = map.countAt.get(place);
        if (count === undefined) continue;
        const before = itemTruth(count, position, baseClasses[position] ?? 0, baseAnswers[position]);
        const after = itemTruth(count, position, classes[position] ?? 0, answers[position]);
        memo[place] = (memo[place] ?? 0) + (after === TRUE ? 1 : 0) - (before === TRUE ? 1 : 0);
        memo[place + 1] = (memo[place + 1] ?? 0) + (after === UNKNOWN ? 1 : 0) - (before === UNKNOWN ? 1 : 0);
      }
    }
    return { changed, scores: rescore ? computeScores(compiled, facts) : baseline.scores };
  };
  const restore = (overrides: readonly (readonly [number, SyntheticAnswer])[], changed: readonly number[]): void => {
    for (const [position] of overrides) {
      answers[position] = baseAnswers[position];
      classes[position] = baseClasses[position] ?? 0;
    }
    for (const r of changed) dirty[r] = 0;
  };
  const envWith = (scores: readonly ScoreValue[]): EvaluationEnv => ({ ...baseline.env, facts, scores, classes, memo });

  return {
    ranks(overrides) {
      const { changed, scores } = apply(overrides);
      const env = envWith(scores);
      let computedRank = 0;
      let potentialRank = 0;
      for (const score of scores) {
        computedRank = Math.max(computedRank, score.bandRank ?? 0);
        potentialRank = Math.max(potentialRank, score.potentialBandRank ?? 0);
      }
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r];
        if (rule === undefined || !rule.decidesLevel) continue;
        const truth = dirty[r] === 1 ? evaluateCondition(rule.when, env) : baseline.truths[r];
        if (truth === TRUE) computedRank = Math.max(computedRank, rule.rank);
        else if (truth === UNKNOWN) potentialRank = Math.max(potentialRank, rule.rank);
      }
      restore(overrides, changed);
      return { computedRank, potentialRank };
    },
    truths(overrides, wanted) {
      const { changed, scores } = apply(overrides);
      // The wanted rules are worked out afresh: an actions rule has no truth in the baseline.
      for (const r of wanted) if (dirty[r] !== 1) forget(r);
      const env = envWith(scores);
      const result = wanted.map((r) => {
        const rule = rules[r];
        return rule === undefined ? UNKNOWN : evaluateCondition(rule.when, env);
      });
      restore(overrides, changed);
      return result;
    },
  };
}
